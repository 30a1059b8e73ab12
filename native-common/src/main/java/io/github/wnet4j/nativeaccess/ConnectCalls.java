package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.nativeaccess.BufferRetry.Step;

import java.util.function.Function;

/**
 * The four connect functions as every native backend makes them: the inputs in one block per call
 * laid out by {@link ConnectImage} (the password in it), the block zeroed when the call returns or
 * throws and then freed; {@code hwndOwner} NULL; {@code WNetUseConnectionW}'s access-name buffer one
 * block per attempt of the shared retry ({@link BufferRetry#untilItFits}), starting at
 * {@link MprLibrary#CONNECTION_UNITS} units and retried at the size written back with
 * {@code ERROR_MORE_DATA} (on which Windows makes no connection), up to {@link MprLibrary#MAX_BUFFER_BYTES}.
 * A backend supplies its blocks of native memory and the four downcalls.
 *
 * @param <B> the backend's block of native memory
 * @param <P> the backend's pointer argument
 */
public abstract class ConnectCalls<B, P> {
    private final Structs structs;

    /**
     * Calls for this platform's layout.
     *
     * @param structs the platform's structures
     */
    protected ConnectCalls(Structs structs) {
        this.structs = structs;
    }

    /**
     * A block of native memory, its own allocation (the double checks a buffer's declared size against it).
     *
     * @param bytes its size
     * @return the block
     */
    protected abstract B allocate(long bytes);

    /**
     * A block as the shared decoding reads it.
     *
     * @param block the block
     * @param declared the bytes from its start to read as the buffer (a string in it ends there at the latest)
     * @return the buffer
     */
    protected abstract NativeBuffer buffer(B block, long declared);

    /**
     * Frees a block, which this class has already zeroed ({@link #zero}).
     *
     * @param block the block
     */
    protected abstract void free(B block);

    /**
     * Copies bytes into a block.
     *
     * @param block the block
     * @param bytes the bytes, to offset 0
     */
    protected abstract void write(B block, byte[] bytes);

    /**
     * Fills a freshly allocated block with a call's inputs. By default the image is laid out on the heap
     * and copied in with one {@link #write(Object, byte[])}, its heap copy zeroed afterwards; a backend
     * whose stores into native memory cost no call each writes the fields straight into the block
     * instead ({@link ConnectImage#writeTo(long, ConnectImage.Fields)}), so the password has no heap copy.
     *
     * @param block the block, {@link ConnectImage#size()} bytes, as {@link #allocate} made it
     * @param image the inputs
     */
    protected void write(B block, ConnectImage image) {
        image.writeTo(buffer(block, image.size()).address(), bytes -> write(block, bytes));
    }

    /**
     * Sets every byte of a block to zero.
     *
     * @param block the block
     */
    protected abstract void zero(B block);

    /**
     * Writes a DWORD into a block.
     *
     * @param block the block
     * @param offset where
     * @param value the value
     */
    protected abstract void putInt(B block, long offset, int value);

    /**
     * A pointer argument into a block.
     *
     * @param block the block
     * @param offset bytes from its start; -1 for NULL
     * @return the argument
     */
    protected abstract P pointer(B block, long offset);

    /**
     * {@code WNetAddConnection2W}.
     *
     * @param resource {@code lpNetResource}
     * @param password {@code lpPassword}
     * @param userName {@code lpUserName}
     * @param flags {@code dwFlags}
     * @return the code
     */
    protected abstract int callAddConnection2(P resource, P password, P userName, int flags);

    /**
     * {@code WNetAddConnection3W} with {@code hwndOwner} NULL.
     *
     * @param resource {@code lpNetResource}
     * @param password {@code lpPassword}
     * @param userName {@code lpUserName}
     * @param flags {@code dwFlags}
     * @return the code
     */
    protected abstract int callAddConnection3(P resource, P password, P userName, int flags);

    /**
     * {@code WNetUseConnectionW} with {@code hwndOwner} NULL.
     *
     * @param resource {@code lpNetResource}
     * @param password {@code lpPassword}
     * @param userName {@code lpUserId}
     * @param flags {@code dwFlags}
     * @param accessName {@code lpAccessName}
     * @param bufferSize {@code lpBufferSize}
     * @param result {@code lpResult}
     * @return the code
     */
    protected abstract int callUseConnection(P resource, P password, P userName, int flags, P accessName, P bufferSize,
                                             P result);

    /**
     * {@code WNetAddConnectionW}.
     *
     * @param remoteName {@code lpRemoteName}
     * @param password {@code lpPassword}
     * @param localName {@code lpLocalName}
     * @return the code
     */
    protected abstract int callAddConnection(P remoteName, P password, P localName);

    /** The pointers of one call's block. */
    private final class Inputs {
        private final B block;
        private final ConnectImage image;

        Inputs(B block, ConnectImage image) {
            this.block = block;
            this.image = image;
        }

        P at(long offset) {
            return pointer(block, offset);
        }
    }

    /** A block of the image's size holding the image. */
    private B filled(ConnectImage image) {
        B block = allocate(image.size());
        try {
            write(block, image);
        } catch (RuntimeException | Error e) {
            release(block);
            throw e;
        }
        return block;
    }

    /** Zeroes a block, also when zeroing throws frees it. */
    private void release(B block) {
        try {
            zero(block);
        } finally {
            free(block);
        }
    }

    /** Calls with the image in native memory, then zeroes that memory, also when the call throws, and frees it. */
    private <R> R withImage(ConnectImage image, Function<Inputs, R> call) {
        B block = filled(image);
        try {
            return call.apply(new Inputs(block, image));
        } finally {
            release(block);
        }
    }

    /**
     * WNetAddConnection2W or, with {@code third}, WNetAddConnection3W: written out rather than through
     * {@link #withImage}, as the connect every caller makes (no lambda, no holder per call).
     */
    private int add(boolean third, NetResource resource, char[] password, String userName, int flags) {
        ConnectImage image = ConnectImage.of(structs, resource, password, userName);
        B block = filled(image);
        try {
            P lpNetResource = pointer(block, image.resourceOffset());
            P lpPassword = pointer(block, image.passwordOffset());
            P lpUserName = pointer(block, image.userNameOffset());
            return third ? callAddConnection3(lpNetResource, lpPassword, lpUserName, flags)
                    : callAddConnection2(lpNetResource, lpPassword, lpUserName, flags);
        } finally {
            release(block);
        }
    }

    /**
     * As {@code WNetBackend.addConnection2}.
     *
     * @param resource the resource
     * @param password the password, or {@code null}
     * @param userName the user name, or {@code null}
     * @param flags the flags
     * @return the code
     */
    public final int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        return add(false, resource, password, userName, flags);
    }

    /**
     * As {@code WNetBackend.addConnection3}.
     *
     * @param resource the resource
     * @param password the password, or {@code null}
     * @param userName the user name, or {@code null}
     * @param flags the flags
     * @return the code
     */
    public final int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        return add(true, resource, password, userName, flags);
    }

    /**
     * As {@code WNetBackend.addConnection}.
     *
     * @param remoteName the remote name
     * @param password the password, or {@code null}
     * @param localName the device, or {@code null} for none
     * @return the code
     */
    public final int addConnection(String remoteName, char[] password, String localName) {
        return withImage(ConnectImage.legacy(remoteName, password, localName),
                in -> callAddConnection(in.at(in.image.remoteNameOffset()), in.at(in.image.passwordOffset()),
                        in.at(in.image.localNameOffset())));
    }

    /**
     * As {@code WNetBackend.useConnection}.
     *
     * @param resource the resource
     * @param password the password, or {@code null}
     * @param userName the user name, or {@code null}
     * @param flags the flags
     * @return the code, the access name and {@code *lpResult}
     */
    public final UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        return withImage(ConnectImage.of(structs, resource, password, userName), in -> BufferRetry.untilItFits(
                MprLibrary.CONNECTION_UNITS, MprLibrary.MAX_BUFFER_BYTES / 2, units -> attempt(in, flags, units),
                ConnectImage.accessNameTooLong()));
    }

    /** One call with an access-name buffer of {@code units}: the buffer, then lpBufferSize and lpResult, in one block. */
    private Step<UseConnectionAnswer> attempt(Inputs in, int flags, int units) {
        long sizeAt = ConnectImage.accessSizeOffset(units);
        B block = allocate(sizeAt + 8);
        try {
            putInt(block, 0, 0); // a buffer left unwritten reads as no name
            putInt(block, sizeAt, units);
            putInt(block, sizeAt + 4, 0);
            int code = callUseConnection(in.at(in.image.resourceOffset()), in.at(in.image.passwordOffset()),
                    in.at(in.image.userNameOffset()), flags, pointer(block, 0), pointer(block, sizeAt),
                    pointer(block, sizeAt + 4));
            NativeBuffer words = buffer(block, sizeAt + 8);
            if (code == BufferRetry.ERROR_MORE_DATA) {
                return Step.moreData(Integer.toUnsignedLong(words.int32(sizeAt)));
            }
            return Step.done(ConnectImage.useAnswer(code, buffer(block, 2L * units), words.int32(sizeAt + 4)));
        } finally {
            release(block); // zeroed like every other block: a lent one goes back as it was lent
        }
    }
}
