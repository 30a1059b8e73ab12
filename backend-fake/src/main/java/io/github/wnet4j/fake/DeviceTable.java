package io.github.wnet4j.fake;

import io.github.wnet4j.spi.Names;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A map from the local devices Windows has, {@code A:}-{@code Z:} and {@code LPT1:}-{@code LPT9:},
 * to what a logon keeps for each: one slot per device, as {@link java.util.EnumMap} has one per
 * constant. Every call looks a device up, so a look-up is an index, not a hash or a comparison;
 * and the slots are laid out in String order ({@code L:} before {@code LPT1:} before {@code M:}),
 * so iterating lists devices in the order snapshots and enumerations show them, without sorting.
 *
 * <p>Keys are canonical device names ({@link Names#device(String)}); any other key is never
 * present, as it would not be in a map of canonical names. Not thread-safe: {@link UserState}'s
 * lock guards it. Null values are not allowed.
 *
 * @param <V> what is kept per device
 */
final class DeviceTable<V> extends AbstractMap<String, V> {

    /** The drives up to {@code L:}, which sort before the printer ports. */
    private static final int DRIVES_BEFORE_PRINTERS = 'L' - 'A' + 1;
    private static final int PRINTER_PORTS = 9;
    private static final int SLOTS = 26 + PRINTER_PORTS;
    /** Each slot's canonical device name, the instances {@link Names#device(String)} hands out. */
    private static final String[] DEVICES = new String[SLOTS];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            String drive = Names.device(c + ":");
            DEVICES[slot(drive)] = drive;
        }
        for (int port = 1; port <= PRINTER_PORTS; port++) {
            String printer = Names.device("LPT" + port + ":");
            DEVICES[slot(printer)] = printer;
        }
    }

    private final Object[] values = new Object[SLOTS];
    /** Bit {@code i} set when slot {@code i} holds a value: iterating skips empty slots in one step. */
    private long occupied;

    /**
     * The slot of a canonical device name, or -1 for any other key: drives {@code A:}-{@code L:}
     * first, then {@code LPT1:}-{@code LPT9:}, then {@code M:}-{@code Z:}.
     */
    private static int slot(Object key) {
        if (!(key instanceof String name)) {
            return -1;
        }
        if (name.length() == 2 && name.charAt(1) == ':') {
            char c = name.charAt(0);
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            int drive = c - 'A';
            return drive < DRIVES_BEFORE_PRINTERS ? drive : drive + PRINTER_PORTS;
        }
        if (name.length() == 5 && name.startsWith("LPT") && name.charAt(4) == ':') {
            int port = name.charAt(3) - '1';
            return port >= 0 && port < PRINTER_PORTS ? DRIVES_BEFORE_PRINTERS + port : -1;
        }
        return -1;
    }

    @Override
    public V get(Object device) {
        int slot = slot(device);
        return slot < 0 ? null : value(slot);
    }

    @Override
    public boolean containsKey(Object device) {
        return get(device) != null;
    }

    @Override
    public V put(String device, V value) {
        int slot = slot(device);
        if (slot < 0) {
            throw new IllegalArgumentException(Names.quote(String.valueOf(device))
                    + " is not a canonical device name (A: to Z:, LPT1: to LPT9:); pass Names.device(name)");
        }
        V previous = value(slot);
        values[slot] = Objects.requireNonNull(value, "value");
        occupied |= 1L << slot;
        return previous;
    }

    @Override
    public V remove(Object device) {
        int slot = slot(device);
        V previous = slot < 0 ? null : value(slot);
        if (previous != null) {
            values[slot] = null;
            occupied &= ~(1L << slot);
        }
        return previous;
    }

    @Override
    public void clear() {
        Arrays.fill(values, null);
        occupied = 0;
    }

    @Override
    public int size() {
        return Long.bitCount(occupied);
    }

    /** {@return the devices that have a value, with it, in device order} */
    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new SlotIterator<>() {
                    @Override
                    Map.Entry<String, V> at(int slot) {
                        return Map.entry(DEVICES[slot], value(slot));
                    }
                };
            }

            @Override
            public int size() {
                return DeviceTable.this.size();
            }
        };
    }

    /** {@return the values in device order} (without making an entry for each, as every connect reads them all) */
    @Override
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new SlotIterator<>() {
                    @Override
                    V at(int slot) {
                        return value(slot);
                    }
                };
            }

            @Override
            public int size() {
                return DeviceTable.this.size();
            }
        };
    }

    @SuppressWarnings("unchecked") // only V is ever stored
    private V value(int slot) {
        return (V) values[slot];
    }

    /** Walks the occupied slots in order. */
    private abstract class SlotIterator<T> implements Iterator<T> {
        private int next = nextSlot(0);

        abstract T at(int slot);

        @Override
        public boolean hasNext() {
            return next < SLOTS;
        }

        @Override
        public T next() {
            if (next >= SLOTS) {
                throw new NoSuchElementException();
            }
            T item = at(next);
            next = nextSlot(next + 1);
            return item;
        }
    }

    /** The first occupied slot at or after {@code from}, or {@link #SLOTS}. */
    private int nextSlot(int from) {
        long rest = from >= SLOTS ? 0 : occupied & (-1L << from);
        return rest == 0 ? SLOTS : Long.numberOfTrailingZeros(rest);
    }
}
