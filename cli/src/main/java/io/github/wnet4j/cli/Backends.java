package io.github.wnet4j.cli;

import io.github.wnet4j.WNet;
import io.github.wnet4j.ProviderStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which backend a {@code wnet} command uses without {@code --state}: the one named by {@code --backend}
 * or {@code -Dwnet4j.backend}, otherwise the best native one. Never the fake unless it is named: an
 * empty fake would answer "not connected" for every name, which a clean-up script reads as done.
 */
final class Backends {
    private Backends() {
    }

    /** No backend that can be used: exit status 7, with the reason in one line. */
    static final class Unusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    /** Every backend discovery found, the highest priority first, each with why it is or is not available. */
    static List<ProviderStatus> diagnostics() {
        return WNet.diagnostics();
    }

    /** The name of the backend to use (see the class comment); the same for the reader and the canceller. */
    static String chooseName(String option) {
        String property = System.getProperty(WNet.BACKEND_PROPERTY);
        String wanted = option != null ? option : property;
        List<ProviderStatus> found = diagnostics();
        if (wanted != null && !wanted.isBlank()) {
            String name = wanted.trim();
            ProviderStatus p = found.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new Wnet.UserError("no backend is named '" + name + "'"
                            + (option != null ? "" : " (-D" + WNet.BACKEND_PROPERTY + ")")
                            + "; found: " + found.stream().map(ProviderStatus::name).collect(Collectors.joining(", "))
                            + " (see 'wnet backends')"));
            if (!p.available()) {
                throw new Unusable("backend '" + p.name() + "' is not available here: " + Wnet.flat(p.reason())
                        + " (see 'wnet backends')");
            }
            return p.name();
        }
        for (ProviderStatus p : found) { // highest priority first
            if (!p.simulator() && p.available()) {
                return p.name();
            }
        }
        // Each backend's reason in brief, backends with the same one together: the full reasons (a loader's
        // search path, the remedy for each) are what 'wnet backends' shows.
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        found.stream().filter(p -> !p.simulator())
                .forEach(p -> byReason.computeIfAbsent(brief(p.reason()), k -> new ArrayList<>()).add(p.name()));
        String why = byReason.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
                .collect(Collectors.joining("; "));
        throw new Unusable("no native backend is usable here (" + (why.isEmpty() ? "none found" : why + "; 'wnet backends'"
                + " says why in full") + "); to try the fake, keep its logon in a file with --state FILE, or name it"
                + " with --backend fake (an empty logon)");
    }

    /** A reason's first clause: up to its first parenthesis, colon or full stop. */
    static String brief(String reason) {
        String flat = Wnet.flat(reason);
        int end = flat.length();
        for (String stop : new String[] {" (", ": ", ". "}) {
            int at = flat.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return flat.substring(0, end);
    }
}
