package io.github.wnet4j.spi.nativeaccess;

/**
 * A caller-allocated buffer a read function filled, as the shared decoding ({@link Structs}) sees
 * it: a backend implements these four reads over its own foreign-function library, and nothing
 * else about the structures.
 */
public interface NativeBuffer {
    /**
     * Where the buffer starts.
     *
     * @return its native address
     */
    long address();

    /**
     * How many bytes it holds.
     *
     * @return its size in bytes
     */
    long size();

    /**
     * A 32-bit value in the buffer.
     *
     * @param offset bytes from the buffer's start
     * @return the value, in the platform's byte order
     */
    int int32(long offset);

    /**
     * A pointer stored in the buffer, pointer-sized for this platform.
     *
     * @param offset bytes from the buffer's start
     * @return the address it holds, 0 for NULL
     */
    long pointer(long offset);

    /**
     * Copies UTF-16 units from native memory (anywhere: Windows places strings inside the buffer,
     * but the decoding does not assume it).
     *
     * @param address where the units start
     * @param into where they go
     * @param offset the index in {@code into} of the first unit
     * @param count how many
     */
    void units(long address, short[] into, int offset, int count);
}
