package io.github.wnet4j;

import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.WNetBackend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A backend whose read answers a test scripts, recording every call it gets (method and argument)
 * in order. Cancels answer a scripted code per name (NO_ERROR by default).
 */
final class ScriptedReadBackend implements WNetBackend {
    final List<String> calls = new CopyOnWriteArrayList<>();
    final Map<String, ConnectionAnswer> lookups = new HashMap<>();
    final Map<Integer, EnumerationAnswer> listings = new HashMap<>();
    final Map<String, UniversalNameAnswer> universal = new HashMap<>();
    final Map<String, Integer> cancels = new HashMap<>();
    volatile ExtendedError extendedError = new ExtendedError(0, "", "");

    static NetResource disk(int scope, String device, String remoteName) {
        return new NetResource(scope, NetResource.RESOURCETYPE_DISK, NetResource.RESOURCEDISPLAYTYPE_SHARE,
                NetResource.RESOURCEUSAGE_CONNECTABLE, device, remoteName, null, "Microsoft Windows Network");
    }

    ScriptedReadBackend connected(NetResource... resources) {
        listings.put(NetResource.RESOURCE_CONNECTED, new EnumerationAnswer(0, null, List.of(resources)));
        return this;
    }

    ScriptedReadBackend remembered(NetResource... resources) {
        listings.put(NetResource.RESOURCE_REMEMBERED, new EnumerationAnswer(0, null, List.of(resources)));
        return this;
    }

    @Override
    public int cancelConnection2(String name, int flags, boolean force) {
        calls.add("cancelConnection2 " + name + " " + flags + " " + force);
        return cancels.getOrDefault(name, 0);
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        calls.add("cancelConnection " + name + " " + force);
        return cancels.getOrDefault(name, 0);
    }

    @Override
    public ExtendedError lastExtendedError() {
        calls.add("lastExtendedError " + Thread.currentThread().getName());
        return extendedError;
    }

    @Override
    public ConnectionAnswer getConnection(String localName) {
        calls.add("getConnection " + localName);
        return lookups.getOrDefault(localName, new ConnectionAnswer(2250, null));
    }

    @Override
    public EnumerationAnswer enumerate(int scope, int type, int usage) {
        calls.add("enumerate " + scope + " " + type + " " + usage);
        return listings.getOrDefault(scope, new EnumerationAnswer(0, null, new ArrayList<>()));
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        calls.add("getUniversalName " + localPath + " " + infoLevel);
        return universal.getOrDefault(localPath + " " + infoLevel, new UniversalNameAnswer(2250, null, null, null));
    }

    /** This backend answers only reads: every connect is ERROR_NOT_SUPPORTED, as the SPI says for a function it cannot perform. */
    @Override
    public int addConnection2(io.github.wnet4j.spi.NetResource resource, char[] password, String userName, int flags) {
        return ERROR_NOT_SUPPORTED;
    }

    @Override
    public int addConnection3(io.github.wnet4j.spi.NetResource resource, char[] password, String userName, int flags) {
        return ERROR_NOT_SUPPORTED;
    }

    @Override
    public io.github.wnet4j.spi.UseConnectionAnswer useConnection(io.github.wnet4j.spi.NetResource resource, char[] password,
                                                                   String userName, int flags) {
        return new io.github.wnet4j.spi.UseConnectionAnswer(ERROR_NOT_SUPPORTED, null, 0);
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        return ERROR_NOT_SUPPORTED;
    }
}
