package io.github.wnet4j.cli;

import io.github.wnet4j.ConnectionCancellers;
import io.github.wnet4j.ProviderStatus;

import java.util.List;
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
        return ConnectionCancellers.diagnostics();
    }

    /** The name of the backend to use (see the class comment); the same for the reader and the canceller. */
    static String chooseName(String option) {
        String property = System.getProperty(ConnectionCancellers.BACKEND_PROPERTY);
        String wanted = option != null ? option : property;
        List<ProviderStatus> found = diagnostics();
        if (wanted != null && !wanted.isBlank()) {
            String name = wanted.trim();
            ProviderStatus p = found.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new Wnet.UserError("no backend is named '" + name + "'"
                            + (option != null ? "" : " (-D" + ConnectionCancellers.BACKEND_PROPERTY + ")")
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
        String why = found.stream().filter(p -> !p.simulator())
                .map(p -> p.name() + ": " + Wnet.flat(p.reason())).collect(Collectors.joining("; "));
        throw new Unusable("no native backend is usable here (" + (why.isEmpty() ? "none found" : why) + "); to try the"
                + " fake, keep its logon in a file with --state FILE, or name it with --backend fake (an empty logon)");
    }
}
