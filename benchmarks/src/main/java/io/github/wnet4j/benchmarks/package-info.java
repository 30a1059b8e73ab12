/**
 * Measurements for issue 5, run by {@code benchmarks/run.sh} and never by the test command: JMH
 * benchmarks of a cancel through the native backends, the bare bindings and the fake, the size of a
 * fresh fake, and small {@code main} programs whose fresh-JVM start-up the script times.
 */
package io.github.wnet4j.benchmarks;
