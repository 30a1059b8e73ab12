package io.github.wnet4j.spi;

/**
 * One {@code NETRESOURCEW} as {@code WNetEnumResourceW} returns it, with the strings copied out of
 * the caller's buffer.
 *
 * @param scope {@code dwScope}: {@link #RESOURCE_CONNECTED} or {@link #RESOURCE_REMEMBERED} (the scope asked for)
 * @param type {@code dwType}: {@link #RESOURCETYPE_DISK} or {@link #RESOURCETYPE_PRINT}
 * @param displayType {@code dwDisplayType}, for example {@link #RESOURCEDISPLAYTYPE_SHARE}
 * @param usage {@code dwUsage}, for example {@link #RESOURCEUSAGE_CONNECTABLE}
 * @param localName {@code lpLocalName}: the device ({@code "Z:"}), or {@code null} for a deviceless connection
 * @param remoteName {@code lpRemoteName}: the remote name, never {@code null}
 * @param comment {@code lpComment}, or {@code null}
 * @param provider {@code lpProvider}: the network provider's name, or {@code null}
 */
public record NetResource(int scope, int type, int displayType, int usage, String localName, String remoteName,
                          String comment, String provider) {
    /** {@code RESOURCE_CONNECTED}: current connections of this logon session. */
    public static final int RESOURCE_CONNECTED = 1;
    /** {@code RESOURCE_GLOBALNET}: every resource on the network (not used by wnet4j). */
    public static final int RESOURCE_GLOBALNET = 2;
    /** {@code RESOURCE_REMEMBERED}: remembered (persistent) connections. */
    public static final int RESOURCE_REMEMBERED = 3;
    /** {@code RESOURCE_CONTEXT}: the resources of the caller's network context (not used by wnet4j). */
    public static final int RESOURCE_CONTEXT = 5;

    /** {@code RESOURCETYPE_ANY}. */
    public static final int RESOURCETYPE_ANY = 0;
    /** {@code RESOURCETYPE_DISK}. */
    public static final int RESOURCETYPE_DISK = 1;
    /** {@code RESOURCETYPE_PRINT}. */
    public static final int RESOURCETYPE_PRINT = 2;

    /** {@code RESOURCEUSAGE_CONNECTABLE}. */
    public static final int RESOURCEUSAGE_CONNECTABLE = 1;
    /** {@code RESOURCEUSAGE_CONTAINER}. */
    public static final int RESOURCEUSAGE_CONTAINER = 2;

    /** {@code RESOURCEDISPLAYTYPE_GENERIC}. */
    public static final int RESOURCEDISPLAYTYPE_GENERIC = 0;
    /** {@code RESOURCEDISPLAYTYPE_DOMAIN}. */
    public static final int RESOURCEDISPLAYTYPE_DOMAIN = 1;
    /** {@code RESOURCEDISPLAYTYPE_SERVER}. */
    public static final int RESOURCEDISPLAYTYPE_SERVER = 2;
    /** {@code RESOURCEDISPLAYTYPE_SHARE}. */
    public static final int RESOURCEDISPLAYTYPE_SHARE = 3;
}
