package io.github.wnet4j.jnr;

import io.github.wnet4j.jnr.functions.MprFunctions;
import io.github.wnet4j.nativeaccess.ConnectCalls;
import io.github.wnet4j.nativeaccess.NativeBuffer;
import io.github.wnet4j.nativeaccess.Structs;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * The connect functions through jnr-ffi: the shared {@link ConnectCalls} over {@link NativeBlock}s
 * (malloc'd by jffi, zeroed, freed), and the four downcalls with {@code hwndOwner} NULL.
 */
class JnrConnect extends ConnectCalls<NativeBlock, Pointer> {
    private final MprFunctions mpr;
    private final Runtime runtime;

    JnrConnect(MprFunctions mpr, Runtime runtime) {
        super(new Structs(runtime.addressSize()));
        this.mpr = mpr;
        this.runtime = runtime;
    }

    @Override
    protected NativeBlock allocate(long bytes) {
        return new NativeBlock(bytes);
    }

    @Override
    protected NativeBuffer buffer(NativeBlock block, long declared) {
        return new JnrBackend.Declared(block, declared);
    }

    @Override
    protected void free(NativeBlock block) {
        block.close();
    }

    @Override
    protected void write(NativeBlock block, byte[] bytes) {
        block.putBytes(0, bytes);
    }

    @Override
    protected void zero(NativeBlock block) {
        block.zero();
    }

    @Override
    protected void putInt(NativeBlock block, long offset, int value) {
        block.putInt(offset, value);
    }

    @Override
    protected Pointer pointer(NativeBlock block, long offset) {
        return offset < 0 ? null : block.pointer(runtime, offset);
    }

    @Override
    protected int callAddConnection2(Pointer resource, Pointer password, Pointer userName, int flags) {
        return mpr.WNetAddConnection2W(resource, password, userName, flags);
    }

    @Override
    protected int callAddConnection3(Pointer resource, Pointer password, Pointer userName, int flags) {
        return mpr.WNetAddConnection3W(null, resource, password, userName, flags);
    }

    @Override
    protected int callUseConnection(Pointer resource, Pointer password, Pointer userName, int flags, Pointer accessName,
                                    Pointer bufferSize, Pointer result) {
        return mpr.WNetUseConnectionW(null, resource, password, userName, flags, accessName, bufferSize, result);
    }

    @Override
    protected int callAddConnection(Pointer remoteName, Pointer password, Pointer localName) {
        return mpr.WNetAddConnectionW(remoteName, password, localName);
    }
}
