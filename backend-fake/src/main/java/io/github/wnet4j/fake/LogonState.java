package io.github.wnet4j.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@link FakeLogon} session's connection state at one moment: its live device redirections and
 * deviceless connections, the user's remembered entries and whether the network is present. Immutable, and equal by
 * value, so a model-based test can compare the state before and after a call, or two logons that
 * received the same calls through different backends.
 *
 * <p>Devices are normalised ({@code "Z:"}, {@code "LPT1:"}) and listed in order; remote names are as
 * seeded. Armed faults and the journal are not part of the state.
 */
public final class LogonState {
    private final List<Connection> deviceConnections;
    private final List<Connection> devicelessConnections;
    private final SortedMap<String, String> rememberedEntries;
    private final boolean networkPresent;

    LogonState(List<Connection> deviceConnections, List<Connection> devicelessConnections,
               Map<String, String> rememberedEntries, boolean networkPresent) {
        this.deviceConnections = List.copyOf(deviceConnections);
        this.devicelessConnections = List.copyOf(devicelessConnections);
        this.rememberedEntries = Collections.unmodifiableSortedMap(new TreeMap<>(rememberedEntries));
        this.networkPresent = networkPresent;
    }

    /** {@return live redirections of local devices, by device} */
    public List<Connection> deviceConnections() {
        return deviceConnections;
    }

    /** {@return live connections without a local device, by remote name} */
    public List<Connection> devicelessConnections() {
        return devicelessConnections;
    }

    /** Device redirections, then deviceless connections. */
    List<Connection> connections() {
        List<Connection> all = new ArrayList<>(deviceConnections);
        all.addAll(devicelessConnections);
        return List.copyOf(all);
    }

    /** {@return the profile's remembered entries: device to remote name, whether connected now or not} */
    public SortedMap<String, String> rememberedEntries() {
        return rememberedEntries;
    }

    /** {@return whether the network is present} */
    public boolean networkPresent() {
        return networkPresent;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogonState s && networkPresent == s.networkPresent
                && deviceConnections.equals(s.deviceConnections)
                && devicelessConnections.equals(s.devicelessConnections)
                && rememberedEntries.equals(s.rememberedEntries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deviceConnections, devicelessConnections, rememberedEntries, networkPresent);
    }

    /** For example {@code devices [Z: -> \\srv\share (persistent)], deviceless [], remembered {Z:=\\srv\share}, network present}. */
    @Override
    public String toString() {
        return "devices " + deviceConnections + ", deviceless " + devicelessConnections
                + ", remembered " + rememberedEntries + ", network " + (networkPresent ? "present" : "absent");
    }
}
