package io.github.wnet4j.cli;

import java.util.ArrayList;
import java.util.List;

/** The local devices a logon can redirect: A: to Z: and LPT1: to LPT9:. */
final class Devices {
    static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            all.add(c + ":");
        }
        for (int i = 1; i <= 9; i++) {
            all.add("LPT" + i + ":");
        }
        ALL = List.copyOf(all);
    }

    private Devices() {
    }
}
