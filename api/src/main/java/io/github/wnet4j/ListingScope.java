package io.github.wnet4j;

import io.github.wnet4j.spi.NetResource;

/** Which connections an enumeration lists ({@code dwScope} of {@code WNetOpenEnum}). */
public enum ListingScope {
    /** {@code RESOURCE_CONNECTED}: every current connection of this logon session, devices and deviceless (row R7). */
    CONNECTED(NetResource.RESOURCE_CONNECTED, "RESOURCE_CONNECTED"),
    /** {@code RESOURCE_REMEMBERED}: every remembered (persistent) connection, connected now or not (row R8). */
    REMEMBERED(NetResource.RESOURCE_REMEMBERED, "RESOURCE_REMEMBERED");

    private final int value;
    private final String win32Name;

    ListingScope(int value, String win32Name) {
        this.value = value;
        this.win32Name = win32Name;
    }

    /**
     * The {@code dwScope} value.
     *
     * @return the {@code dwScope} value ({@code 1} or {@code 3})
     */
    public int value() {
        return value;
    }

    /**
     * The constant's name in winnetwk.h.
     *
     * @return {@code "RESOURCE_CONNECTED"} or {@code "RESOURCE_REMEMBERED"}
     */
    public String win32Name() {
        return win32Name;
    }
}
