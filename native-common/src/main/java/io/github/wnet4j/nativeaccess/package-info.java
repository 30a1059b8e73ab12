/**
 * What every native backend shares, and no user calls: which mpr library to load and where that
 * choice came from ({@link io.github.wnet4j.nativeaccess.MprLibrary}), the once-per-JVM load attempt
 * ({@link io.github.wnet4j.nativeaccess.LibraryLoader}) and the provider built on it
 * ({@link io.github.wnet4j.nativeaccess.NativeProvider}), the UTF-16 marshalling that is the same
 * whatever the foreign-function library ({@link io.github.wnet4j.nativeaccess.Utf16}), and the read
 * side: the NETRESOURCEW / UNIVERSAL_NAME_INFOW / REMOTE_NAME_INFOW layouts per pointer size and
 * their decoding within the caller's buffer ({@link io.github.wnet4j.nativeaccess.Structs} over a
 * backend's {@link io.github.wnet4j.nativeaccess.NativeBuffer}), the retry on ERROR_MORE_DATA
 * ({@link io.github.wnet4j.nativeaccess.BufferRetry}), and the bounded enumeration loop that always
 * closes its handle ({@link io.github.wnet4j.nativeaccess.EnumerationReader}); and the connect
 * functions' one block of inputs, the password in it zeroed after the call
 * ({@link io.github.wnet4j.nativeaccess.ConnectImage}, {@link io.github.wnet4j.nativeaccess.ConnectCalls}). An answer that breaks
 * the buffer contract is a {@link io.github.wnet4j.nativeaccess.ProviderContractException}. A backend
 * keeps only the binding of the functions and the moving of bytes in and out of native memory.
 */
package io.github.wnet4j.nativeaccess;
