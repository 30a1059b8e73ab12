package io.github.wnet4j.spi;

/**
 * What {@code WNetGetConnectionW} answered, after the library's retry on {@code ERROR_MORE_DATA}.
 *
 * @param code the Win32 code of the last call; {@code ERROR_MORE_DATA} only if Windows still asked for
 *     more after the backend's retries at the sizes it wrote back (native backends give up after
 *     {@code BufferRetry.MAX_ATTEMPTS} calls or past {@code MprLibrary.MAX_BUFFER_BYTES}, both in wnet4j-native-common)
 * @param remoteName the remote name Windows wrote into the buffer: set for {@code NO_ERROR}, and for
 *     {@code ERROR_CONNECTION_UNAVAIL} (1201) when Windows filled the buffer with the remembered remote
 *     name; otherwise {@code null}
 */
public record ConnectionAnswer(int code, String remoteName) {
}
