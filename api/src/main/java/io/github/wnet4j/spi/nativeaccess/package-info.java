/**
 * What every native backend shares, and only native backends see (the api module exports this
 * package to the backend modules alone): which mpr library to load and where that choice came from
 * ({@link io.github.wnet4j.spi.nativeaccess.MprLibrary}), the once-per-JVM memo of the load attempt
 * ({@link io.github.wnet4j.spi.nativeaccess.LoadOnce}), the UTF-16 marshalling that is the same
 * whatever the foreign-function library ({@link io.github.wnet4j.spi.nativeaccess.Utf16}), and the read
 * side's structures and buffer dance: the NETRESOURCEW / UNIVERSAL_NAME_INFOW / REMOTE_NAME_INFOW
 * layouts per pointer size and their decoding ({@link io.github.wnet4j.spi.nativeaccess.Structs} over a
 * backend's {@link io.github.wnet4j.spi.nativeaccess.NativeBuffer}), the retry on ERROR_MORE_DATA and the
 * enumeration's open-read-always-close shape ({@link io.github.wnet4j.spi.nativeaccess.BufferDance}), and the
 * connect functions' one block of inputs, the password in it zeroed after the call
 * ({@link io.github.wnet4j.spi.nativeaccess.ConnectImage}, {@link io.github.wnet4j.spi.nativeaccess.ConnectCalls}). A
 * backend keeps only the binding of the functions and the moving of bytes in and out of native memory.
 */
package io.github.wnet4j.spi.nativeaccess;
