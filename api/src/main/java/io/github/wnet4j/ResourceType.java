package io.github.wnet4j;

import io.github.wnet4j.spi.NetResource;

/** What a connection is to (specification row R9): a disk share or a print queue. */
public enum ResourceType {
    /** {@code RESOURCETYPE_DISK}: a drive {@code A:}-{@code Z:}, or a deviceless connection. */
    DISK(NetResource.RESOURCETYPE_DISK),
    /** {@code RESOURCETYPE_PRINT}: a printer port {@code LPT1:}-{@code LPT9:}. */
    PRINT(NetResource.RESOURCETYPE_PRINT),
    /** Any other {@code dwType}: a provider that cannot tell disk from print may answer {@code RESOURCETYPE_ANY}. */
    UNKNOWN(NetResource.RESOURCETYPE_ANY);

    private final int value;

    ResourceType(int value) {
        this.value = value;
    }

    /** {@return the {@code dwType} value ({@code 1}, {@code 2}; {@code 0} for {@link #UNKNOWN})} */
    public int value() {
        return value;
    }

    /** The constant for a {@code dwType}; every value but DISK and PRINT is {@link #UNKNOWN}. */
    static ResourceType of(int dwType) {
        return dwType == NetResource.RESOURCETYPE_DISK ? DISK : dwType == NetResource.RESOURCETYPE_PRINT ? PRINT : UNKNOWN;
    }
}
