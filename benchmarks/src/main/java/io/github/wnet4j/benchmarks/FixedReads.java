package io.github.wnet4j.benchmarks;

import io.github.wnet4j.spi.UseConnectionAnswer;

import io.github.wnet4j.ExtendedError;
import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ArrayList;
import java.util.List;

/**
 * The model the double serves for the read benchmarks: every read answered from constants, no state
 * and no lock, so the library's path and the bare binding's path cost the double exactly the same.
 * The enumeration lists 26 drives and 26 deviceless connections.
 */
final class FixedReads implements WNetBackend {

    static final String REMOTE_NAME = "\\\\fileserver\\deploy";
    static final String PROVIDER = "Microsoft Windows Network";
    static final String PATH = "Z:\\apps\\setup\\app.msi";
    static final String REMAINING = "\\apps\\setup\\app.msi";

    private static final ConnectionAnswer CONNECTION = new ConnectionAnswer(0, REMOTE_NAME);
    private static final EnumerationAnswer CONNECTIONS = new EnumerationAnswer(0, null, drivesAndDeviceless());
    private static final UniversalNameAnswer UNIVERSAL = new UniversalNameAnswer(0, REMOTE_NAME + REMAINING, null, null);
    private static final UniversalNameAnswer REMOTE = new UniversalNameAnswer(0, REMOTE_NAME + REMAINING, REMOTE_NAME, REMAINING);

    /** 26 drives ({@code A:} to {@code Z:}) and 26 deviceless connections, as RESOURCE_CONNECTED lists them. */
    static List<NetResource> drivesAndDeviceless() {
        List<NetResource> entries = new ArrayList<>(52);
        for (char d = 'A'; d <= 'Z'; d++) {
            entries.add(entry(d + ":", "\\\\fileserver\\share-" + d));
        }
        for (char d = 'a'; d <= 'z'; d++) {
            entries.add(entry(null, "\\\\fileserver\\deviceless-" + d));
        }
        return List.copyOf(entries);
    }

    private static NetResource entry(String device, String remoteName) {
        return new NetResource(NetResource.RESOURCE_CONNECTED, NetResource.RESOURCETYPE_DISK, NetResource.RESOURCEDISPLAYTYPE_SHARE,
                NetResource.RESOURCEUSAGE_CONNECTABLE, device, remoteName, null, PROVIDER);
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        return 0;
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        return 0;
    }

    @Override
    public ExtendedError lastExtendedError() {
        return new ExtendedError(0, "", "");
    }

    @Override
    public ConnectionAnswer getConnection(String localName) {
        return CONNECTION;
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        return CONNECTIONS;
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        return infoLevel == UniversalNameAnswer.REMOTE_NAME_INFO_LEVEL ? REMOTE : UNIVERSAL;
    }

    // Connecting is not this double's subject: every connect answers ERROR_NOT_SUPPORTED.

    @Override
    public int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        return ERROR_NOT_SUPPORTED;
    }

    @Override
    public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        return ERROR_NOT_SUPPORTED;
    }

    @Override
    public UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        return new UseConnectionAnswer(ERROR_NOT_SUPPORTED, null, 0);
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        return ERROR_NOT_SUPPORTED;
    }
}
