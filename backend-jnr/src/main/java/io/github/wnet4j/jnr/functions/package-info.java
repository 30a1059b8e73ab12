/**
 * The mpr.dll functions as jnr-ffi binds them. Exported only because jnr-ffi defines their
 * implementation in an unnamed module; not an API: use {@code io.github.wnet4j.WNet}.
 */
package io.github.wnet4j.jnr.functions;
