package io.github.wnet4j.jnr;

import io.github.wnet4j.jnr.functions.MprFunctions;
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
import jnr.ffi.Runtime;

import java.util.Objects;

import static io.github.wnet4j.nativeaccess.BufferRetry.ERROR_MORE_DATA;
import static io.github.wnet4j.nativeaccess.MprLibrary.CONNECTION_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.ERROR_TEXT_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.MAX_BUFFER_BYTES;
import static io.github.wnet4j.nativeaccess.MprLibrary.PROVIDER_NAME_UNITS;
import static io.github.wnet4j.nativeaccess.MprLibrary.UNIVERSAL_NAME_BYTES;

/**
 * The raw calls into mpr.dll through jnr-ffi. Thread-safe: a name's units are copied per call,
 * WNetGetLastErrorW's buffers are one zeroed {@link NativeBlock} per extended error, and each read function's buffer is a {@link NativeBlock}
 * allocated per attempt and freed before the call returns, so no native memory outlives a call.
 */
final class JnrBackend extends ConnectingBackend {
    private final MprFunctions mpr;
    private final Runtime runtime;
    private final Structs structs;

    JnrBackend(MprFunctions mpr) {
        this(mpr, new JnrConnect(mpr, Runtime.getSystemRuntime()));
    }

    /** A backend whose connect calls are these (a test's, which watches their memory). */
    JnrBackend(MprFunctions mpr, JnrConnect connect) {
        super(connect);
        this.mpr = Objects.requireNonNull(mpr, "mpr");
        this.runtime = Runtime.getSystemRuntime(); // the one jnr-ffi's loader binds with
        this.structs = new Structs(runtime.addressSize());
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        return mpr.WNetCancelConnection2W(Utf16.nulTerminated(name), flags, bool(force));
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        return mpr.WNetCancelConnectionW(Utf16.nulTerminated(name), bool(force));
    }

    @Override
    public ExtendedError lastExtendedError() {
        // One zeroed block for the three out-parameters: code, text, provider name.
        long textAt = 4;
        long providerAt = textAt + 2L * ERROR_TEXT_UNITS;
        try (NativeBlock block = NativeBlock.zeroed(providerAt + 2L * PROVIDER_NAME_UNITS)) {
            int code = mpr.WNetGetLastErrorW(block.pointer(runtime), block.pointer(runtime, textAt), ERROR_TEXT_UNITS,
                    block.pointer(runtime, providerAt), PROVIDER_NAME_UNITS);
            if (code != 0) {
                return new ExtendedError(0, "WNetGetLastErrorW failed with code " + Integer.toUnsignedString(code), "");
            }
            return new ExtendedError(block.int32(0), Utf16.text(block.unitsToNul(textAt, ERROR_TEXT_UNITS), ERROR_TEXT_UNITS),
                    Utf16.text(block.unitsToNul(providerAt, PROVIDER_NAME_UNITS), PROVIDER_NAME_UNITS));
        }
    }

    @Override
    public ConnectionAnswer getConnection(String localName) {
        short[] lpLocalName = Utf16.nulTerminated(localName);
        return BufferRetry.untilItFits(CONNECTION_UNITS, MAX_BUFFER_BYTES / 2, units -> {
            // One block: the name buffer (the double checks its declared size against the block),
            // then lpnLength, 4-aligned, after it.
            long lengthAt = (2L * units + 3) & ~3L;
            try (NativeBlock block = new NativeBlock(lengthAt + 4)) {
                block.putShort(0, (short) 0); // a buffer left unwritten reads as no name
                block.putInt(lengthAt, units);
                int code = mpr.WNetGetConnectionW(lpLocalName, block.pointer(runtime), block.pointer(runtime, lengthAt));
                if (code == ERROR_MORE_DATA) {
                    return Step.moreData(Integer.toUnsignedLong(block.int32(lengthAt)));
                }
                return Step.done(BufferRetry.connectionAnswer(code, new Declared(block, 2L * units)));
            }
        }, new ConnectionAnswer(ERROR_MORE_DATA, null));
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        try (JnrEnumeration enumeration = new JnrEnumeration(mpr, runtime, structs, scope, type, usage)) {
            return EnumerationReader.enumerate(enumeration, structs);
        }
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        short[] lpLocalPath = Utf16.nulTerminated(localPath);
        return BufferRetry.untilItFits(UNIVERSAL_NAME_BYTES, MAX_BUFFER_BYTES, bytes -> {
            long sizeAt = ((long) bytes + 3) & ~3L;
            try (NativeBlock block = new NativeBlock(sizeAt + 4)) {
                block.putInt(sizeAt, bytes);
                int code = mpr.WNetGetUniversalNameW(lpLocalPath, infoLevel, block.pointer(runtime),
                        block.pointer(runtime, sizeAt));
                if (code == ERROR_MORE_DATA) {
                    return Step.moreData(Integer.toUnsignedLong(block.int32(sizeAt)));
                }
                return Step.done(BufferRetry.universalNameAnswer(code, infoLevel, structs, new Declared(block, bytes)));
            }
        }, new UniversalNameAnswer(ERROR_MORE_DATA, null, null, null));
    }

    /** A block seen as only the bytes declared to the function (the DWORD after them is not the buffer's). */
    record Declared(NativeBlock block, long size) implements io.github.wnet4j.nativeaccess.NativeBuffer {
        @Override
        public long address() {
            return block.address();
        }

        @Override
        public int int32(long offset) {
            return block.int32(offset);
        }

        @Override
        public long pointer(long offset) {
            return block.pointer(offset);
        }

        @Override
        public void units(long offset, short[] into, int index, int count) {
            block.units(offset, into, index, count);
        }
    }

    private static int bool(boolean value) {
        return value ? 1 : 0;
    }

}
