package io.github.wnet4j.ffm;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;
import io.github.wnet4j.spi.nativeaccess.BufferDance;
import io.github.wnet4j.spi.nativeaccess.BufferDance.Step;
import io.github.wnet4j.spi.nativeaccess.Structs;
import io.github.wnet4j.spi.nativeaccess.Utf16;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

import static io.github.wnet4j.spi.nativeaccess.BufferDance.ERROR_MORE_DATA;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.CONNECTION_UNITS;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.ERROR_TEXT_UNITS;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.MAX_BUFFER_BYTES;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.PROVIDER_NAME_UNITS;
import static io.github.wnet4j.spi.nativeaccess.MprLibrary.UNIVERSAL_NAME_BYTES;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The calls through {@code java.lang.foreign}. Thread-safe and holding no native memory between
 * calls: every call opens a confined arena for what it passes (the name's units; on the extended-error
 * path the three out-parameters, about 10 KiB; for a read function each attempt's buffer, its own
 * block, the buffer dance being the shared {@link BufferDance}) and closes it on return, so native
 * memory stays bounded whatever the number of threads, and nothing is kept per thread.
 *
 * <p>Names are checked with {@link Names#check} first (as {@link Utf16#nulTerminated} does for the
 * other native backends), then go in as their own UTF-16 units, written straight into the arena,
 * never through a charset encoder: an encoder would turn an unpaired surrogate into {@code ?}, a
 * different name. {@code JAVA_CHAR} and {@code JAVA_SHORT} are in native byte order, which is what
 * {@code LPCWSTR} means.
 *
 * <p>The downcalls are not linked {@code Linker.Option.critical}: a critical function must be short
 * and must not call back into Java, and mpr.dll's functions may wait on the network for seconds
 * (holding off every garbage collection meanwhile), and the test double calls back into its model.
 * The per-call arena is confined (no handshake when it closes; opening, allocating and closing one
 * measured about 40 ns): memory kept per thread would grow with the number of (virtual) threads.
 */
final class FfmBackend implements WNetBackend {
    private final MprDowncalls mpr;

    FfmBackend(MprDowncalls mpr) {
        this.mpr = Objects.requireNonNull(mpr, "mpr");
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        Names.check(name);
        try (Arena arena = Arena.ofConfined()) {
            return mpr.cancelConnection2(nulTerminated(arena, name), flags, bool(force));
        }
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        Names.check(name);
        try (Arena arena = Arena.ofConfined()) {
            return mpr.cancelConnection(nulTerminated(arena, name), bool(force));
        }
    }

    /**
     * A checked name's UTF-16 units, one for one, then a NUL unit, written straight into the call's
     * arena: the same units as {@link Utf16#nulTerminated}, without its array in between.
     */
    private static MemorySegment nulTerminated(Arena arena, String name) {
        int length = name.length();
        MemorySegment units = arena.allocate(JAVA_CHAR, length + 1L); // zeroed: the last unit is the NUL
        for (int i = 0; i < length; i++) {
            units.setAtIndex(JAVA_CHAR, i, name.charAt(i));
        }
        return units;
    }

    @Override
    public ExtendedError lastExtendedError() {
        try (Arena arena = Arena.ofConfined()) {
            // One block for the three out-parameters. allocate() zeroes it, so a buffer the function
            // leaves unwritten reads as empty text, not as old memory.
            MemorySegment block = arena.allocate(4 + 2L * (ERROR_TEXT_UNITS + PROVIDER_NAME_UNITS), 4);
            MemorySegment text = block.asSlice(4, 2L * ERROR_TEXT_UNITS);
            MemorySegment provider = block.asSlice(4 + 2L * ERROR_TEXT_UNITS, 2L * PROVIDER_NAME_UNITS);
            int result = mpr.getLastError(block, text, ERROR_TEXT_UNITS, provider, PROVIDER_NAME_UNITS);
            if (result != 0) {
                return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(result), "");
            }
            return new ExtendedError(block.get(JAVA_INT, 0), Utf16.text(unitsToNul(text), ERROR_TEXT_UNITS),
                    Utf16.text(unitsToNul(provider), PROVIDER_NAME_UNITS));
        }
    }

    /** The structures' layout for this JVM's pointer size. */
    static final Structs STRUCTS = new Structs((int) ADDRESS.byteSize());

    @Override
    public ConnectionAnswer getConnection(String localName) {
        Names.check(localName);
        try (Arena call = Arena.ofConfined()) {
            MemorySegment lpLocalName = nulTerminated(call, localName);
            return BufferDance.untilItFits(CONNECTION_UNITS, MAX_BUFFER_BYTES / 2, units -> {
                // One block: the name buffer (the double checks its declared size against the block),
                // then lpnLength, 4-aligned, after it.
                long lengthAt = (2L * units + 3) & ~3L;
                try (Arena attempt = Arena.ofConfined()) {
                    MemorySegment block = attempt.allocate(lengthAt + 4, 8); // zeroed: unwritten reads as no name
                    block.set(JAVA_INT, lengthAt, units);
                    int code = mpr.getConnection(lpLocalName, block, block.asSlice(lengthAt, 4));
                    if (code == ERROR_MORE_DATA) {
                        return Step.moreData(Integer.toUnsignedLong(block.get(JAVA_INT, lengthAt)));
                    }
                    return Step.done(BufferDance.connectionAnswer(code, new FfmBuffer(block, 2L * units)));
                }
            }, new ConnectionAnswer(ERROR_MORE_DATA, null));
        }
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        try (FfmEnumeration enumeration = new FfmEnumeration(mpr, scope, type, usage)) {
            return BufferDance.enumerate(enumeration);
        }
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        Names.check(localPath);
        try (Arena call = Arena.ofConfined()) {
            MemorySegment lpLocalPath = nulTerminated(call, localPath);
            return BufferDance.untilItFits(UNIVERSAL_NAME_BYTES, MAX_BUFFER_BYTES, bytes -> {
                long sizeAt = ((long) bytes + 3) & ~3L;
                try (Arena attempt = Arena.ofConfined()) {
                    MemorySegment block = attempt.allocate(sizeAt + 4, 8);
                    block.set(JAVA_INT, sizeAt, bytes);
                    int code = mpr.getUniversalName(lpLocalPath, infoLevel, block, block.asSlice(sizeAt, 4));
                    if (code == ERROR_MORE_DATA) {
                        return Step.moreData(Integer.toUnsignedLong(block.get(JAVA_INT, sizeAt)));
                    }
                    return Step.done(BufferDance.universalNameAnswer(code, infoLevel, STRUCTS, new FfmBuffer(block, bytes)));
                }
            }, new UniversalNameAnswer(ERROR_MORE_DATA, null, null, null));
        }
    }

    /** BOOL: exactly 0 or 1. */
    private static int bool(boolean value) {
        return value ? 1 : 0;
    }

    /** A buffer's units up to and including its first NUL, or all of them if it has none. */
    private static short[] unitsToNul(MemorySegment buffer) {
        long units = buffer.byteSize() / 2;
        for (long i = 0; i < units; i++) {
            if (buffer.getAtIndex(JAVA_SHORT, i) == 0) {
                return buffer.asSlice(0, 2 * (i + 1)).toArray(JAVA_SHORT);
            }
        }
        return buffer.toArray(JAVA_SHORT);
    }
}
