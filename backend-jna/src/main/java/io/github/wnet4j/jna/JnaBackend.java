package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.Native;
import io.github.wnet4j.ErrorCode;
import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.nativeaccess.ConnectingBackend;
import io.github.wnet4j.nativeaccess.BufferRetry;
import io.github.wnet4j.nativeaccess.BufferRetry.Step;
import io.github.wnet4j.nativeaccess.EnumerationReader;
import io.github.wnet4j.nativeaccess.Structs;
import io.github.wnet4j.nativeaccess.Utf16;

import java.util.Objects;

import static io.github.wnet4j.nativeaccess.BufferRetry.ERROR_MORE_DATA;
import static io.github.wnet4j.nativeaccess.MprLibrary.CONNECTION_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.ERROR_TEXT_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.MAX_BUFFER_BYTES;
import static io.github.wnet4j.nativeaccess.MprLibrary.PROVIDER_NAME_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.UNIVERSAL_NAME_BYTES;

/**
 * The calls through JNA. Thread-safe and holding no native memory between calls: a name is
 * copied into its own native buffer per call, {@code WNetGetLastErrorW}'s buffers (about 10 KiB,
 * one allocation) are allocated per extended error, the rare path, and freed right after, and every
 * read function's buffer is allocated per call (per attempt of the buffer retry) and freed before it
 * returns, so native memory stays bounded whatever the number of threads.
 *
 * <p>Native memory is written and read with {@code Memory.write(short[])} and {@code read(short[])},
 * never through {@code getByteBuffer} views: JNA records every view in a global weak map, which
 * cost more than the call itself (measured in the benchmarks module).
 */
final class JnaBackend extends ConnectingBackend {

    private final MprFunctions mpr;

    JnaBackend(MprFunctions mpr) {
        this(mpr, new JnaConnect(mpr));
    }

    /** A backend whose connect calls are these (a test's, which watches their memory). */
    JnaBackend(MprFunctions mpr, JnaConnect connect) {
        super(connect);
        this.mpr = Objects.requireNonNull(mpr, "mpr");
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        try (Memory lpName = utf16z(name)) {
            return mpr.WNetCancelConnection2W(lpName, flags, bool(force));
        }
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        try (Memory lpName = utf16z(name)) {
            return mpr.WNetCancelConnectionW(lpName, bool(force));
        }
    }

    @Override
    public ExtendedError lastExtendedError() {
        // One allocation for the three out-parameters, freed on return.
        try (Memory block = new Memory(4 + 2L * (ERROR_TEXT_UNITS + PROVIDER_NAME_UNITS))) {
            Pointer text = block.share(4);
            Pointer provider = block.share(4 + 2L * ERROR_TEXT_UNITS);
            // A buffer the function leaves unwritten then reads as empty text, not as old memory.
            block.setInt(0, 0);
            text.setShort(0, (short) 0);
            provider.setShort(0, (short) 0);
            int result = mpr.WNetGetLastErrorW(block, text, ERROR_TEXT_UNITS, provider, PROVIDER_NAME_UNITS);
            if (result != ErrorCode.NO_ERROR.value()) {
                return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(result), "");
            }
            return new ExtendedError(block.getInt(0), Utf16.text(unitsToNul(text, ERROR_TEXT_UNITS), ERROR_TEXT_UNITS),
                    Utf16.text(unitsToNul(provider, PROVIDER_NAME_UNITS), PROVIDER_NAME_UNITS));
        }
    }

    /** The structures' layout for this JVM's pointer size. */
    static final Structs STRUCTS = new Structs(Native.POINTER_SIZE);

    @Override
    public ConnectionAnswer getConnection(String localName) {
        try (Memory lpLocalName = utf16z(localName)) {
            return BufferRetry.untilItFits(CONNECTION_UNITS, MAX_BUFFER_BYTES / 2, units -> {
                // One block: the name buffer (the double checks its declared size against the block),
                // then lpnLength, 4-aligned, after it.
                long lengthAt = (2L * units + 3) & ~3L;
                try (Memory block = new Memory(lengthAt + 4)) {
                    block.setShort(0, (short) 0); // a buffer left unwritten reads as no name
                    block.setInt(lengthAt, units);
                    int code = mpr.WNetGetConnectionW(lpLocalName, block, block.share(lengthAt, 4));
                    if (code == ERROR_MORE_DATA) {
                        return Step.moreData(Integer.toUnsignedLong(block.getInt(lengthAt)));
                    }
                    return Step.done(BufferRetry.connectionAnswer(code, new JnaBuffer(block, 2L * units)));
                }
            }, new ConnectionAnswer(ERROR_MORE_DATA, null));
        }
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        try (JnaEnumeration enumeration = new JnaEnumeration(mpr, scope, type, usage)) {
            return EnumerationReader.enumerate(enumeration, STRUCTS);
        }
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        try (Memory lpLocalPath = utf16z(localPath)) {
            return BufferRetry.untilItFits(UNIVERSAL_NAME_BYTES, MAX_BUFFER_BYTES, bytes -> {
                long sizeAt = ((long) bytes + 3) & ~3L;
                try (Memory block = new Memory(sizeAt + 4)) {
                    block.setInt(sizeAt, bytes);
                    int code = mpr.WNetGetUniversalNameW(lpLocalPath, infoLevel, block, block.share(sizeAt, 4));
                    if (code == ERROR_MORE_DATA) {
                        return Step.moreData(Integer.toUnsignedLong(block.getInt(sizeAt)));
                    }
                    return Step.done(BufferRetry.universalNameAnswer(code, infoLevel, STRUCTS, new JnaBuffer(block, bytes)));
                }
            }, new UniversalNameAnswer(ERROR_MORE_DATA, null, null, null));
        }
    }

    /** BOOL: exactly 0 or 1. */
    private static int bool(boolean value) {
        return value ? 1 : 0;
    }

    /** The name's UTF-16 code units in native memory, checked and copied by {@link Utf16#nulTerminated}. */
    static Memory utf16z(String name) {
        short[] units = Utf16.nulTerminated(name);
        Memory memory = new Memory(2L * units.length);
        memory.write(0, units, 0, units.length);
        return memory;
    }

    /** Units copied per read: providers' texts are short, so one read is the rule. */
    private static final int CHUNK_UNITS = 128;

    /** A buffer's units up to and including its first NUL (or all of them), read a chunk at a time. */
    private static short[] unitsToNul(Pointer buffer, int capacity) {
        short[] units = new short[Math.min(CHUNK_UNITS, capacity)];
        int read = 0;
        while (true) {
            int n = Math.min(CHUNK_UNITS, capacity - read);
            if (read + n > units.length) {
                units = java.util.Arrays.copyOf(units, Math.min(capacity, Math.max(units.length * 2, read + n)));
            }
            buffer.read(2L * read, units, read, n);
            for (int i = read; i < read + n; i++) {
                if (units[i] == 0) {
                    return java.util.Arrays.copyOf(units, i + 1);
                }
            }
            read += n;
            if (read == capacity) {
                return units;
            }
        }
    }

}
