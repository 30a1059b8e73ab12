/**
 * How a simulated Windows answers where public sources disagree:
 * {@link io.github.wnet4j.behaviour.BehaviourProfile}, which the fake follows, the conformance suite
 * expects, and a real-Windows fixture declares. A program that cancels or reads connections never
 * needs this package; it is apart from {@code io.github.wnet4j} so that the package such a program
 * reads holds only what it calls.
 */
package io.github.wnet4j.behaviour;
