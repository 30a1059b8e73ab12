package io.github.wnet4j.ffm;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.nativeaccess.ConnectingBackend;
import io.github.wnet4j.nativeaccess.BufferRetry;
import io.github.wnet4j.nativeaccess.BufferRetry.Step;
import io.github.wnet4j.nativeaccess.EnumerationReader;
import io.github.wnet4j.nativeaccess.Structs;
import io.github.wnet4j.nativeaccess.Utf16;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

import static io.github.wnet4j.nativeaccess.BufferRetry.ERROR_MORE_DATA;
import static io.github.wnet4j.nativeaccess.MprLibrary.CONNECTION_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.ERROR_TEXT_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.MAX_BUFFER_BYTES;
import static io.github.wnet4j.nativeaccess.MprLibrary.PROVIDER_NAME_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.UNIVERSAL_NAME_BYTES;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_CHAR;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * The calls through {@code java.lang.foreign}. Thread-safe, and its native memory is bounded and never
 * kept per thread. A cancel's name, WNetGetLastErrorW's three out-parameters (about 10 KiB) and a
 * connect's inputs ({@link FfmConnect}) go in a block lent by {@link CallBlocks} for the one downcall,
 * cleared and given back when it returns; when no block is free, or the name or inputs are larger than
 * a block, the call opens a confined arena instead and closes it on return. A read function opens a confined arena per call and per attempt (each
 * attempt's buffer its own block, the retry being the shared {@link BufferRetry}).
 *
 * <p>Names are checked with {@link Names#check} first (as {@link Utf16#nulTerminated} does for the
 * other native backends), then go in as their own UTF-16 units, written straight into native memory,
 * never through a charset encoder: an encoder would turn an unpaired surrogate into {@code ?}, a
 * different name. {@code JAVA_CHAR} and {@code JAVA_SHORT} are in native byte order, which is what
 * {@code LPCWSTR} means.
 *
 * <p>The downcalls are not linked {@code Linker.Option.critical}: a critical function must be short
 * and must not call back into Java, and mpr.dll's functions may wait on the network for seconds
 * (holding off every garbage collection meanwhile), and the test double calls back into its model.
 * Memory kept per thread would grow with the number of (virtual) threads, hence blocks lent per call
 * from a fixed few rather than a buffer per thread.
 */
final class FfmBackend extends ConnectingBackend {
    private final MprDowncalls mpr;
    private final CallBlocks blocks;

    FfmBackend(MprDowncalls mpr) {
        this(mpr, new CallBlocks());
    }

    private FfmBackend(MprDowncalls mpr, CallBlocks blocks) {
        this(mpr, blocks, new FfmConnect(mpr, blocks));
    }

    /** A backend lending from {@code blocks}, whose connect calls are these (a test's, which watches their memory). */
    FfmBackend(MprDowncalls mpr, CallBlocks blocks, FfmConnect connect) {
        super(connect);
        this.mpr = Objects.requireNonNull(mpr, "mpr");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        Names.check(name);
        MemorySegment block = name.length() <= CallBlocks.NAME_UNITS ? blocks.take() : null;
        if (block == null) {
            try (Arena arena = Arena.ofConfined()) {
                return mpr.cancelConnection2(nulTerminated(arena, name), flags, bool(force));
            }
        }
        try {
            return mpr.cancelConnection2(nameIn(block, name), flags, bool(force));
        } finally {
            blocks.give(cleared(block, name));
        }
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        Names.check(name);
        MemorySegment block = name.length() <= CallBlocks.NAME_UNITS ? blocks.take() : null;
        if (block == null) {
            try (Arena arena = Arena.ofConfined()) {
                return mpr.cancelConnection(nulTerminated(arena, name), bool(force));
            }
        }
        try {
            return mpr.cancelConnection(nameIn(block, name), bool(force));
        } finally {
            blocks.give(cleared(block, name));
        }
    }

    /** A lent block with the name's units and their NUL zeroed again, as the next borrower expects. */
    private static MemorySegment cleared(MemorySegment block, String name) {
        block.asSlice(0, 2L * (name.length() + 1)).fill((byte) 0);
        return block;
    }

    /** The name's units and a NUL at the start of a lent block (which holds at least that many units). */
    private static MemorySegment nameIn(MemorySegment block, String name) {
        int length = name.length();
        for (int i = 0; i < length; i++) {
            block.setAtIndex(JAVA_CHAR, i, name.charAt(i));
        }
        block.setAtIndex(JAVA_CHAR, length, '\0');
        return block;
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
        MemorySegment block = blocks.take();
        if (block == null) {
            try (Arena arena = Arena.ofConfined()) {
                // allocate() zeroes the block, so a buffer the function leaves unwritten reads as empty text.
                return lastExtendedError(arena.allocate(LAST_ERROR_BYTES, 4));
            }
        }
        boolean cleared = false;
        try {
            // A lent block is zero where a function wrote only NUL-terminated text; these three make
            // sure that whatever a function leaves unwritten reads as no code and empty text.
            block.set(JAVA_INT, 0, 0);
            block.set(JAVA_SHORT, TEXT_AT, (short) 0);
            block.set(JAVA_SHORT, PROVIDER_AT, (short) 0);
            ExtendedError error = lastExtendedError(block);
            cleared = true;
            return error;
        } finally {
            if (!cleared) {
                block.fill((byte) 0); // a throw midway: what was written is not known
            }
            blocks.give(block);
        }
    }

    /** WNetGetLastErrorW's code, text and provider name, one after the other in one block. */
    private static final long TEXT_AT = 4;
    private static final long PROVIDER_AT = TEXT_AT + 2L * ERROR_TEXT_UNITS;
    private static final long LAST_ERROR_BYTES = PROVIDER_AT + 2L * PROVIDER_NAME_UNITS;

    /** Asks, reads, and clears what it read: the code, and each text up to and including its NUL. */
    private ExtendedError lastExtendedError(MemorySegment block) {
        MemorySegment text = block.asSlice(TEXT_AT, 2L * ERROR_TEXT_UNITS);
        MemorySegment provider = block.asSlice(PROVIDER_AT, 2L * PROVIDER_NAME_UNITS);
        int result = mpr.getLastError(block, text, ERROR_TEXT_UNITS, provider, PROVIDER_NAME_UNITS);
        if (result != 0) {
            block.asSlice(0, LAST_ERROR_BYTES).fill((byte) 0); // rare: what a failing function wrote is not known
            return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(result), "");
        }
        int code = block.get(JAVA_INT, 0);
        block.set(JAVA_INT, 0, 0);
        return new ExtendedError(code, textAndClear(text, ERROR_TEXT_UNITS), textAndClear(provider, PROVIDER_NAME_UNITS));
    }

    /** The text a function wrote into a buffer ({@link Utf16#text(char[], int)}), then those units and their NUL zeroed. */
    private static String textAndClear(MemorySegment buffer, int capacity) {
        long before = unitsBeforeNul(buffer);
        char[] units = buffer.asSlice(0, 2 * before).toArray(JAVA_CHAR);
        buffer.asSlice(0, Math.min(buffer.byteSize(), 2 * (before + 1))).fill((byte) 0);
        return Utf16.text(units, capacity);
    }

    /** The structures' layout for this JVM's pointer size. */
    static final Structs STRUCTS = new Structs((int) ADDRESS.byteSize());

    @Override
    public ConnectionAnswer getConnection(String localName) {
        Names.check(localName);
        try (Arena call = Arena.ofConfined()) {
            MemorySegment lpLocalName = nulTerminated(call, localName);
            return BufferRetry.untilItFits(CONNECTION_UNITS, MAX_BUFFER_BYTES / 2, units -> {
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
                    return Step.done(BufferRetry.connectionAnswer(code, new FfmBuffer(block, 2L * units)));
                }
            }, new ConnectionAnswer(ERROR_MORE_DATA, null));
        }
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        try (FfmEnumeration enumeration = new FfmEnumeration(mpr, scope, type, usage)) {
            return EnumerationReader.enumerate(enumeration, STRUCTS);
        }
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        Names.check(localPath);
        try (Arena call = Arena.ofConfined()) {
            MemorySegment lpLocalPath = nulTerminated(call, localPath);
            return BufferRetry.untilItFits(UNIVERSAL_NAME_BYTES, MAX_BUFFER_BYTES, bytes -> {
                long sizeAt = ((long) bytes + 3) & ~3L;
                try (Arena attempt = Arena.ofConfined()) {
                    MemorySegment block = attempt.allocate(sizeAt + 4, 8);
                    block.set(JAVA_INT, sizeAt, bytes);
                    int code = mpr.getUniversalName(lpLocalPath, infoLevel, block, block.asSlice(sizeAt, 4));
                    if (code == ERROR_MORE_DATA) {
                        return Step.moreData(Integer.toUnsignedLong(block.get(JAVA_INT, sizeAt)));
                    }
                    return Step.done(BufferRetry.universalNameAnswer(code, infoLevel, STRUCTS, new FfmBuffer(block, bytes)));
                }
            }, new UniversalNameAnswer(ERROR_MORE_DATA, null, null, null));
        }
    }

    /** BOOL: exactly 0 or 1. */
    private static int bool(boolean value) {
        return value ? 1 : 0;
    }

    /** The units before a buffer's first NUL: all of them if it has none. */
    private static long unitsBeforeNul(MemorySegment buffer) {
        long units = buffer.byteSize() / 2;
        for (long i = 0; i < units; i++) {
            if (buffer.getAtIndex(JAVA_SHORT, i) == 0) {
                return i;
            }
        }
        return units;
    }

}
