package io.github.wnet4j.fake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@link FakeLogon} session's connection state at one moment: its live device redirections and
 * deviceless connections, the user's remembered entries and whether the network is present.
 * Immutable, and equal by value, so a model-based test can compare the state before and after a
 * call, or two logons that received the same calls through different backends. Armed faults and
 * the journal are not part of the state.
 *
 * @param deviceConnections live redirections of local devices, by device
 * @param devicelessConnections live connections without a local device, by remote name
 * @param rememberedEntries the profile's remembered entries: device ({@code "Z:"}, {@code "LPT1:"})
 *     to remote name, whether connected now or not
 * @param networkPresent whether the network is present
 */
public record LogonState(List<Connection> deviceConnections, List<Connection> devicelessConnections,
                         SortedMap<String, String> rememberedEntries, boolean networkPresent) {

    /**
     * Copies the lists and the map, and checks that each connection is in the list of its kind.
     *
     * @param deviceConnections live redirections of local devices, each with a device
     * @param devicelessConnections live connections without a local device
     * @param rememberedEntries device to remote name
     * @param networkPresent whether the network is present
     * @throws IllegalArgumentException if a connection is in the other kind's list
     */
    public LogonState {
        deviceConnections = List.copyOf(deviceConnections);
        devicelessConnections = List.copyOf(devicelessConnections);
        rememberedEntries = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(rememberedEntries,
                "rememberedEntries")));
        for (Connection c : deviceConnections) {
            if (c.device().isEmpty()) {
                throw new IllegalArgumentException("a deviceless connection among the device connections: " + c);
            }
        }
        for (Connection c : devicelessConnections) {
            if (c.device().isPresent()) {
                throw new IllegalArgumentException("a device connection among the deviceless connections: " + c);
            }
        }
    }

    /** Device redirections, then deviceless connections. */
    List<Connection> connections() {
        List<Connection> all = new ArrayList<>(deviceConnections);
        all.addAll(devicelessConnections);
        return List.copyOf(all);
    }

    /** For example {@code devices [Z: -> \\srv\share (persistent)], deviceless [], remembered {Z:=\\srv\share}, network present}. */
    @Override
    public String toString() {
        return "devices " + deviceConnections + ", deviceless " + devicelessConnections
                + ", remembered " + rememberedEntries + ", network " + (networkPresent ? "present" : "absent");
    }
}
