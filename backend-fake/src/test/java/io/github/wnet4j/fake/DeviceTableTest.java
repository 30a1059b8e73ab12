package io.github.wnet4j.fake;

import io.github.wnet4j.spi.Names;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fake's device table against a TreeMap, the map it stands in for: same answers, same order. */
class DeviceTableTest {

    private static List<String> everyDevice() {
        List<String> devices = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            devices.add(Names.device(c + ":"));
        }
        for (int port = 1; port <= 9; port++) {
            devices.add(Names.device("LPT" + port + ":"));
        }
        return devices;
    }

    @Test
    void listsEveryDeviceInStringOrderWhateverTheOrderTheyCameIn() {
        DeviceTable<String> table = new DeviceTable<>();
        TreeMap<String, String> sorted = new TreeMap<>();
        List<String> devices = everyDevice();
        for (int i = devices.size() - 1; i >= 0; i--) {
            table.put(devices.get(i), "\\\\srv\\share" + i);
            sorted.put(devices.get(i), "\\\\srv\\share" + i);
        }
        assertEquals(new ArrayList<>(sorted.keySet()), new ArrayList<>(table.keySet()));
        assertEquals(new ArrayList<>(sorted.values()), new ArrayList<>(table.values()));
        assertEquals(sorted, table);
        assertEquals(35, table.size());
    }

    @Test
    void answersAsTheTreeMapItReplacesThroughPutsAndRemoves() {
        DeviceTable<Integer> table = new DeviceTable<>();
        Map<String, Integer> reference = new TreeMap<>();
        List<String> devices = everyDevice();
        java.util.Random random = new java.util.Random(21);
        for (int step = 0; step < 10_000; step++) {
            String device = devices.get(random.nextInt(devices.size()));
            if (random.nextBoolean()) {
                assertEquals(reference.put(device, step), table.put(device, step), "put " + device);
            } else {
                assertEquals(reference.remove(device), table.remove(device), "remove " + device);
            }
            assertEquals(reference.size(), table.size());
        }
        assertEquals(reference, table);
        assertEquals(new ArrayList<>(reference.entrySet()), new ArrayList<>(table.entrySet()));
        assertEquals(new ArrayList<>(reference.values()), new ArrayList<>(table.values()));
        assertEquals(reference.size(), table.values().size());
        table.clear();
        assertTrue(table.isEmpty());
        assertFalse(table.entrySet().iterator().hasNext());
    }

    @Test
    void aNameThatIsNotACanonicalDeviceIsNeverPresentAndCannotBePut() {
        DeviceTable<String> table = new DeviceTable<>();
        table.put("Z:", "\\\\srv\\share");
        for (String other : List.of("z:", "Z", "Z:\\", "ZZ:", "LPT0:", "lpt1:", "LPT1", "\\\\srv\\share", "[:", "@:")) {
            assertNull(table.get(other), other);
            assertFalse(table.containsKey(other), other);
            assertNull(table.remove(other), other);
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> table.put(other, "x"));
            assertTrue(refused.getMessage().contains("not a canonical device name"), refused.getMessage());
        }
        assertNull(table.get(42));
        assertEquals(Map.of("Z:", "\\\\srv\\share"), table);
    }
}
