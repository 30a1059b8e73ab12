/**
 * Guice bindings for {@link io.github.wnet4j.WNet}, apart from the package a Windows program reads:
 * only programs wired with Guice need them, and only they need Guice on the class path.
 */
package io.github.wnet4j.guice;
