package io.github.wnet4j;

import io.github.wnet4j.spi.ConnectionAnswer;
import io.github.wnet4j.spi.EnumerationAnswer;
import io.github.wnet4j.spi.Names;
import io.github.wnet4j.spi.NetResource;
import io.github.wnet4j.spi.UniversalNameAnswer;
import io.github.wnet4j.spi.UseConnectionAnswer;
import io.github.wnet4j.spi.WNetBackend;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny connect model for the api's own tests: devices and deviceless connections, one user per
 * server (1219 on another), open files per connection. The real decision procedure is the fake's;
 * this only gives the api's adapters something that answers like Windows.
 */
final class ConnectModel implements WNetBackend {
    /** name (device or remote name) -> remote name; insertion order is listing order. */
    final Map<String, String> live = new LinkedHashMap<>();
    final Map<String, Integer> openFiles = new LinkedHashMap<>();
    final Map<String, String> userOfServer = new LinkedHashMap<>();
    /** device -> remote name, remembered in the profile. */
    final Map<String, String> remembered = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    /** Every password array the model was handed, to check it was cleared after the call. */
    final List<char[]> passwordsSeen = new ArrayList<>();
    String passwordAtCall;

    @Override
    public synchronized int addConnection2(NetResource resource, char[] password, String userName, int flags) {
        calls.add("WNetAddConnection2 " + resource.localName() + " " + resource.remoteName() + " " + userName + " " + flags);
        passwordsSeen.add(password);
        passwordAtCall = password == null ? null : new String(password);
        String server = Names.serverOf(resource.remoteName()).toUpperCase();
        String user = userName == null ? "(logon)" : userName;
        if (userOfServer.containsKey(server) && !userOfServer.get(server).equals(user)) {
            return 1219;
        }
        String name = resource.localName() == null ? resource.remoteName() : resource.localName();
        if (resource.localName() != null && live.containsKey(name)) {
            return 85;
        }
        userOfServer.put(server, user);
        live.put(name, resource.remoteName());
        if ((flags & 1) != 0 && resource.localName() != null) {
            remembered.put(name, resource.remoteName());
        }
        return 0;
    }

    @Override
    public synchronized UseConnectionAnswer useConnection(NetResource resource, char[] password, String userName, int flags) {
        calls.add("WNetUseConnection " + resource.localName() + " " + flags);
        for (char letter = 'Z'; letter >= 'C'; letter--) {
            String device = letter + ":";
            if (!live.containsKey(device)) {
                int code = addConnection2(new NetResource(0, resource.type(), 0, 0, device, resource.remoteName(), null, null),
                        password, userName, flags);
                return new UseConnectionAnswer(code, code == 0 ? device : null, code == 0 ? UseConnectionAnswer.CONNECT_LOCALDRIVE : 0);
            }
        }
        return new UseConnectionAnswer(259, null, 0);
    }

    @Override
    public int addConnection3(NetResource resource, char[] password, String userName, int flags) {
        return addConnection2(resource, password, userName, flags);
    }

    @Override
    public int addConnection(String remoteName, char[] password, String localName) {
        return addConnection2(new NetResource(0, 0, 0, 0, localName, remoteName, null, null), password, null, 1);
    }

    @Override
    public synchronized int cancelConnection2(String name, int flags, boolean force) {
        calls.add("WNetCancelConnection2 " + name + " " + flags + " " + force);
        if (!live.containsKey(name)) {
            return 2250;
        }
        if (!force && openFiles.getOrDefault(name, 0) > 0) {
            return 2401;
        }
        String remote = live.remove(name);
        if ((flags & 1) != 0) {
            remembered.remove(name);
        }
        String server = Names.serverOf(remote).toUpperCase();
        if (live.values().stream().noneMatch(r -> Names.serverOf(r).equalsIgnoreCase(server))) {
            userOfServer.remove(server);
        }
        return 0;
    }

    @Override
    public int cancelConnection(String name, boolean force) {
        return cancelConnection2(name, 0, force);
    }

    @Override
    public ExtendedError lastExtendedError() {
        return new ExtendedError(0, "", "");
    }

    @Override
    public synchronized EnumerationAnswer enumerate(int scope, int type, int usage) {
        List<NetResource> entries = new ArrayList<>();
        (scope == NetResource.RESOURCE_REMEMBERED ? remembered : live).forEach((name, remote) -> entries.add(new NetResource(scope, NetResource.RESOURCETYPE_DISK, 0, 0,
                name.startsWith("\\\\") ? null : name, remote, null, "Test Network")));
        return new EnumerationAnswer(0, null, entries);
    }

    @Override
    public synchronized ConnectionAnswer getConnection(String localName) {
        String remote = live.get(localName);
        return remote == null ? new ConnectionAnswer(2250, null) : new ConnectionAnswer(0, remote);
    }

    @Override
    public UniversalNameAnswer getUniversalName(String localPath, int infoLevel) {
        return new UniversalNameAnswer(2250, null, null, null);
    }
}
