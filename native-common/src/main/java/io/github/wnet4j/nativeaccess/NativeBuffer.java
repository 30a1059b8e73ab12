package io.github.wnet4j.nativeaccess;

/**
 * A caller-allocated buffer a read function filled, as the shared decoding ({@link Structs}) sees
 * it: a backend implements these reads over its own foreign-function library, and nothing else
 * about the structures. Every read is at an offset inside the buffer: the decoding checks each
 * pointer the function wrote against {@link #address()} and {@link #size()} before it reads, so
 * a backend never reads memory it did not allocate.
 */
public interface NativeBuffer {
    /**
     * Where the buffer starts, to turn the pointers the function wrote into offsets.
     *
     * @return its native address
     */
    long address();

    /**
     * How many bytes were declared to the function (the block allocated may be larger).
     *
     * @return its size in bytes
     */
    long size();

    /**
     * A 32-bit value in the buffer.
     *
     * @param offset bytes from the buffer's start; the value lies inside the buffer
     * @return the value, in the platform's byte order
     */
    int int32(long offset);

    /**
     * A pointer stored in the buffer, pointer-sized for this platform.
     *
     * @param offset bytes from the buffer's start; the pointer lies inside the buffer
     * @return the address it holds, 0 for NULL
     */
    long pointer(long offset);

    /**
     * Copies UTF-16 units out of the buffer.
     *
     * @param offset bytes from the buffer's start of the first unit; all {@code count} units lie
     *     inside the buffer
     * @param into where they go
     * @param index the index in {@code into} of the first unit
     * @param count how many
     */
    void units(long offset, short[] into, int index, int count);
}
