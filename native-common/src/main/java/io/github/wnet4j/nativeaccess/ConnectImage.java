package io.github.wnet4j.nativeaccess;

import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UseConnectionAnswer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * The connect functions' inputs as one block of native memory, the same for every native backend:
 * a {@code NETRESOURCEW} (laid out by {@link Structs}) at the block's start, then every string it
 * and the call point at, NUL-terminated UTF-16, the password last. A backend allocates
 * {@link #size()} bytes, has {@link #writeTo} fill them, passes pointers at the offsets given here,
 * and zeroes the whole block when the call returns or throws, before freeing it: the password is in
 * it. The password is copied from the caller's char array unit by unit (never through a String),
 * either into a heap image that {@link #writeTo(long, Sink)} zeroes as soon as the backend has copied
 * it in one go (a backend whose every write is a native call), or straight into the zeroed block with
 * {@link #writeTo(long, Fields)} (a backend whose writes are plain stores).
 *
 * <p>Names are checked again here with {@link Names#check}, as {@link Utf16#nulTerminated} checks a
 * cancel's name, so that no path to native code passes what the api refuses; a password holding
 * U+0000 or longer than {@value Names#MAX_LENGTH} units is refused without naming its characters.
 */
public final class ConnectImage {
    private final Structs structs;
    private final NetResource resource; // null for WNetAddConnectionW, which has no NETRESOURCEW
    // The strings, each null for NULL, and where their units start, in this order after the structure
    // (-1: NULL). Fields rather than arrays: one object per call, and no loop over absent strings.
    private final String localName;
    private final String remoteName;
    private final String comment;
    private final String provider;
    private final String userName;
    private final char[] password; // the caller's array: read by writeTo, never kept past the call
    private final long localAt;
    private final long remoteAt;
    private final long commentAt;
    private final long providerAt;
    private final long userAt;
    private final long passwordAt;
    private final long size;

    private ConnectImage(Structs structs, NetResource resource, String localName, String remoteName, String comment,
                         String provider, String userName, char[] password) {
        this.structs = structs;
        this.resource = resource;
        this.localName = localName;
        this.remoteName = remoteName;
        this.comment = comment;
        this.provider = provider;
        this.userName = userName;
        this.password = password;
        long at = resource == null ? 0 : structs.netResourceSize();
        localAt = localName == null ? -1 : at;
        at += bytes(localName);
        remoteAt = at;
        at += bytes(remoteName);
        commentAt = comment == null ? -1 : at;
        at += bytes(comment);
        providerAt = provider == null ? -1 : at;
        at += bytes(provider);
        userAt = userName == null ? -1 : at;
        at += bytes(userName);
        passwordAt = password == null ? -1 : at;
        at += password == null ? 0 : 2L * (password.length + 1);
        this.size = Math.max(at, 2); // never an empty allocation
    }

    /** {@return the bytes a string's units and its NUL take, none for NULL} */
    private static long bytes(String string) {
        return string == null ? 0 : 2L * (string.length() + 1);
    }

    /**
     * The inputs of {@code WNetAddConnection2W}, {@code WNetAddConnection3W} or {@code WNetUseConnectionW}.
     *
     * @param structs the platform's layout
     * @param resource the resource, every field passed as given
     * @param password the password, or {@code null} for NULL; read, not kept
     * @param userName the user name, or {@code null} for NULL
     * @return the image
     * @throws IllegalArgumentException if a name fails {@link Names#check} or the password holds U+0000
     */
    public static ConnectImage of(Structs structs, NetResource resource, char[] password, String userName) {
        Objects.requireNonNull(structs, "structs");
        Objects.requireNonNull(resource, "resource must not be null: pass the connection's NETRESOURCEW");
        String remoteName = Names.check(resource.remoteName());
        return new ConnectImage(structs, resource, checkedOrNull(resource.localName()), remoteName,
                checkedOrNull(resource.comment()), checkedOrNull(resource.provider()), checkedOrNull(userName),
                Names.checkPassword(password));
    }

    /**
     * The inputs of {@code WNetAddConnectionW(lpRemoteName, lpPassword, lpLocalName)}: no structure.
     *
     * @param remoteName the remote name
     * @param password the password, or {@code null} for NULL; read, not kept
     * @param localName the device, or {@code null} for a connection with no device (row C18, "The legacy WNetAddConnection")
     * @return the image
     * @throws IllegalArgumentException as {@link #of}
     */
    public static ConnectImage legacy(String remoteName, char[] password, String localName) {
        return new ConnectImage(null, null, checkedOrNull(localName), Names.check(remoteName), null, null, null,
                Names.checkPassword(password));
    }

    private static String checkedOrNull(String name) {
        return name == null ? null : Names.check(name);
    }

    /** {@return the bytes the block needs} */
    public long size() {
        return size;
    }

    /** {@return where the {@code NETRESOURCEW} starts: 0, or -1 for {@code WNetAddConnectionW}} */
    public long resourceOffset() {
        return resource == null ? -1 : 0;
    }

    /** {@return where {@code lpLocalName}'s units start, or -1 for NULL (a deviceless connection)} */
    public long localNameOffset() {
        return localAt;
    }

    /** {@return where {@code lpRemoteName}'s units start} */
    public long remoteNameOffset() {
        return remoteAt;
    }

    /** {@return where the user name's units start, or -1 for NULL} */
    public long userNameOffset() {
        return userAt;
    }

    /** {@return where the password's units start, or -1 for NULL} */
    public long passwordOffset() {
        return passwordAt;
    }

    /**
     * Where the bytes go: the backend copies the image into its block at offset 0.
     */
    @FunctionalInterface
    public interface Sink {
        /**
         * Copies the image into native memory.
         *
         * @param image {@link #size()} bytes in the platform's byte order; zeroed once this returns or throws
         */
        void copy(byte[] image);
    }

    /**
     * A block written field by field, for a backend whose writes into native memory are plain stores
     * (FFM's segments), so that no heap image of the password is made: offsets from the block's start,
     * values in the platform's byte order.
     */
    public interface Fields {
        /**
         * Writes a DWORD.
         *
         * @param offset where
         * @param value the value
         */
        void putInt(long offset, int value);

        /**
         * Writes a pointer of the layout's size.
         *
         * @param offset where
         * @param pointerSize 4 or 8
         * @param address the address, 0 for NULL
         */
        void putPointer(long offset, int pointerSize, long address);

        /**
         * Writes a UTF-16 unit.
         *
         * @param offset where
         * @param unit the unit
         */
        void putChar(long offset, char unit);
    }

    /**
     * Lays the block out for a block at {@code base} (the structure's pointers are absolute) and hands
     * the image to {@code sink}; the image, which holds the password, is zeroed afterwards, also when
     * the sink throws.
     *
     * @param base the native address of the backend's block of {@link #size()} bytes
     * @param sink copies the image there
     */
    public void writeTo(long base, Sink sink) {
        byte[] image = new byte[Math.toIntExact(size)];
        try {
            ByteBuffer bytes = ByteBuffer.wrap(image).order(ByteOrder.nativeOrder());
            writeTo(base, new Fields() {
                @Override
                public void putInt(long offset, int value) {
                    bytes.putInt((int) offset, value);
                }

                @Override
                public void putPointer(long offset, int pointerSize, long address) {
                    if (pointerSize == 8) {
                        bytes.putLong((int) offset, address);
                    } else {
                        bytes.putInt((int) offset, (int) address);
                    }
                }

                @Override
                public void putChar(long offset, char unit) {
                    bytes.putChar((int) offset, unit);
                }
            });
            sink.copy(image);
        } finally {
            Arrays.fill(image, (byte) 0);
        }
    }

    /**
     * Writes the block, laid out for a block at {@code base}, field by field into a block that reads as
     * zero: the NUL units and the structure's unused fields are not written.
     *
     * @param base the native address of the backend's block of {@link #size()} bytes, zeroed
     * @param fields where the fields go
     */
    public void writeTo(long base, Fields fields) {
        if (resource != null) {
            fields.putInt(0, resource.scope());
            fields.putInt(4, resource.type());
            fields.putInt(8, resource.displayType());
            fields.putInt(12, resource.usage());
            pointer(fields, 0, base, localAt);
            pointer(fields, 1, base, remoteAt);
            pointer(fields, 2, base, commentAt);
            pointer(fields, 3, base, providerAt);
        }
        units(fields, localAt, localName);
        units(fields, remoteAt, remoteName);
        units(fields, commentAt, comment);
        units(fields, providerAt, provider);
        units(fields, userAt, userName);
        if (password != null) {
            for (int u = 0; u < password.length; u++) {
                fields.putChar(passwordAt + 2L * u, password[u]);
            }
        }
    }

    /** One of NETRESOURCEW's four string pointers: absolute, or NULL. */
    private void pointer(Fields fields, int index, long base, long at) {
        fields.putPointer(structs.netResourceStringOffset(index), structs.pointerSize(), at < 0 ? 0 : base + at);
    }

    /** A string's units (its NUL is already zero), unless it is NULL. */
    private static void units(Fields fields, long at, String string) {
        if (string != null) {
            for (int u = 0; u < string.length(); u++) {
                fields.putChar(at + 2L * u, string.charAt(u));
            }
        }
    }

    /**
     * What {@code WNetUseConnectionW} answered, read from its access-name buffer: the name on
     * {@code NO_ERROR} (the caller sets the buffer's first unit to NUL before the call), no name
     * otherwise; {@code *lpResult} as the function left it.
     *
     * @param code the function's code (not {@code ERROR_MORE_DATA})
     * @param accessName the {@code lpAccessName} buffer, as declared to the function
     * @param result {@code *lpResult} after the call
     * @return the answer
     */
    public static UseConnectionAnswer useAnswer(int code, NativeBuffer accessName, int result) {
        return new UseConnectionAnswer(code, code == 0 ? Structs.stringAt(accessName, 0, "WNetUseConnectionW", "lpAccessName") : null, result);
    }

    /**
     * Where {@code lpBufferSize} goes in a block of one {@code WNetUseConnectionW} attempt: the access-name
     * buffer at the block's start (the double checks its declared size against the block), then
     * {@code lpBufferSize}, 4-aligned, then {@code lpResult}.
     *
     * @param units the access-name buffer's size in UTF-16 units
     * @return the offset of {@code lpBufferSize}; {@code lpResult} is 4 bytes after it, and the block 8
     */
    public static long accessSizeOffset(int units) {
        return (2L * units + 3) & ~3L;
    }

    /** {@return what a backend answers when Windows still asks for a larger access-name buffer after every retry} */
    public static UseConnectionAnswer accessNameTooLong() {
        return new UseConnectionAnswer(BufferRetry.ERROR_MORE_DATA, null, 0);
    }
}
