/**
 * What every native backend shares, and only native backends see (the api module exports this
 * package to the backend modules alone): which mpr library to load and where that choice came from
 * ({@link io.github.wnet4j.spi.nativeaccess.MprLibrary}), the once-per-JVM memo of the load attempt
 * ({@link io.github.wnet4j.spi.nativeaccess.LoadOnce}), and the UTF-16 marshalling that is the same
 * whatever the foreign-function library ({@link io.github.wnet4j.spi.nativeaccess.Utf16}). A backend
 * keeps only the binding of the three functions and the moving of units in and out of native memory.
 */
package io.github.wnet4j.spi.nativeaccess;
