/**
 * What wnet4j's native backends (JNA, JNR, FFM) share: which mpr library to load, the load memo,
 * UTF-16 marshalling, the read side's structures decoded within the caller's buffer, the
 * ERROR_MORE_DATA retry and the bounded enumeration loop. No user calls it.
 */
module io.github.wnet4j.nativeaccess {
    requires transitive io.github.wnet4j;

    exports io.github.wnet4j.nativeaccess;
}
