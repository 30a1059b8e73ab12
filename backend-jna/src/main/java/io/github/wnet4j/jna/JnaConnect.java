package io.github.wnet4j.jna;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.wnet4j.nativeaccess.ConnectCalls;
import io.github.wnet4j.nativeaccess.NativeBuffer;

/**
 * The connect functions through JNA: the shared {@link ConnectCalls} over {@link Memory} blocks (one
 * allocation each, zeroed with {@code clear()} and freed with {@code close()}), and the four downcalls
 * with {@code hwndOwner} NULL.
 */
class JnaConnect extends ConnectCalls<Memory, Pointer> {
    private final MprFunctions mpr;

    JnaConnect(MprFunctions mpr) {
        super(JnaBackend.STRUCTS);
        this.mpr = mpr;
    }

    @Override
    protected Memory allocate(long bytes) {
        return new Memory(bytes);
    }

    @Override
    protected NativeBuffer buffer(Memory block, long declared) {
        return new JnaBuffer(block, declared);
    }

    @Override
    protected void free(Memory block) {
        block.close();
    }

    @Override
    protected void write(Memory block, byte[] bytes) {
        block.write(0, bytes, 0, bytes.length);
    }

    @Override
    protected void zero(Memory block) {
        block.clear();
    }

    @Override
    protected void putInt(Memory block, long offset, int value) {
        block.setInt(offset, value);
    }

    @Override
    protected Pointer pointer(Memory block, long offset) {
        if (offset <= 0) { // the NETRESOURCEW, at the start, needs no view of its own
            return offset < 0 ? null : block;
        }
        return block.share(offset);
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
