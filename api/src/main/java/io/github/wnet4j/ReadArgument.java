package io.github.wnet4j;

import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;

/**
 * The argument that chooses what a read function answers: {@code dwScope} of {@code WNetOpenEnum}
 * (which connections a listing holds) or {@code dwInfoLevel} of {@code WNetGetUniversalName} (which
 * names it returns). A {@link ListingOutcome} carries one of the first two as its
 * {@linkplain ListingOutcome#scope() scope}, a {@link UniversalNameOutcome} one of the last two as
 * its {@linkplain UniversalNameOutcome#level() level}.
 */
public enum ReadArgument {
    /** {@code RESOURCE_CONNECTED}: every current connection of this logon session, devices and deviceless (row R7). */
    CONNECTED(WNetFunction.OPEN_ENUM, NetResource.RESOURCE_CONNECTED, "RESOURCE_CONNECTED"),
    /** {@code RESOURCE_REMEMBERED}: every remembered (persistent) connection, connected now or not (row R8). */
    REMEMBERED(WNetFunction.OPEN_ENUM, NetResource.RESOURCE_REMEMBERED, "RESOURCE_REMEMBERED"),
    /** {@code UNIVERSAL_NAME_INFO_LEVEL}: the universal name alone (row R13). */
    UNIVERSAL_NAME_INFO(WNetFunction.GET_UNIVERSAL_NAME, UniversalNameAnswer.UNIVERSAL_NAME_INFO_LEVEL,
            "UNIVERSAL_NAME_INFO_LEVEL"),
    /** {@code REMOTE_NAME_INFO_LEVEL}: the universal name, the connection name and the remaining path (row R14). */
    REMOTE_NAME_INFO(WNetFunction.GET_UNIVERSAL_NAME, UniversalNameAnswer.REMOTE_NAME_INFO_LEVEL,
            "REMOTE_NAME_INFO_LEVEL");

    private final WNetFunction function;
    private final int value;
    private final String win32Name;

    ReadArgument(WNetFunction function, int value, String win32Name) {
        this.function = function;
        this.value = value;
        this.win32Name = win32Name;
    }

    /**
     * {@return the function that takes this argument: {@link WNetFunction#OPEN_ENUM} or
     * {@link WNetFunction#GET_UNIVERSAL_NAME}}
     */
    public WNetFunction function() {
        return function;
    }

    /** {@return the DWORD passed: {@code dwScope} 1 or 3, or {@code dwInfoLevel} 1 or 2} */
    public int value() {
        return value;
    }

    /** {@return the constant's name in winnetwk.h, such as {@code "RESOURCE_CONNECTED"}} */
    public String win32Name() {
        return win32Name;
    }

    /** The argument checked against the function that takes it, for an outcome's constructor. */
    ReadArgument checkFor(WNetFunction expected, String component) {
        if (function != expected) {
            throw new IllegalArgumentException(component + " " + this + " is an argument of " + function.win32Name()
                    + ", not of " + expected.win32Name());
        }
        return this;
    }
}
