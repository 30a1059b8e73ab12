package io.github.wnet4j.conformance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.github.wnet4j.ErrorCode.ERROR_NOT_CONNECTED;
import static io.github.wnet4j.ErrorCode.ERROR_OPEN_FILES;
import static io.github.wnet4j.ErrorCode.NO_ERROR;
import static io.github.wnet4j.conformance.Capability.DISK_DEVICES;
import static io.github.wnet4j.conformance.Capability.OPEN_FILES;
import static io.github.wnet4j.conformance.ConnectionSpec.plain;
import static io.github.wnet4j.conformance.Trial.NO_FLAGS;

/** The clauses of the suite, in suite order. */
final class Clauses {
    static final String SHARE = "\\\\srv\\share";

    private Clauses() {
    }

    static List<Clause> all() {
        List<Clause> out = new ArrayList<>();
        out.add(new Clause("row02.device-cancels-its-redirection", "A redirected disk device is cancelled",
                needs(DISK_DEVICES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain());
                    t.expect(t.cancel2(z, NO_FLAGS, false), NO_ERROR);
                    t.assertNotConnected(z);
                }));
        out.add(new Clause("row08.open-files-refuse-without-force", "Open files refuse the cancel without force",
                needs(DISK_DEVICES, OPEN_FILES), t -> {
                    String z = t.device("Z:"), share = t.remote(SHARE);
                    t.connect(z, share, plain().withOpenFiles(2));
                    t.expectRefused(() -> t.cancel2(z, NO_FLAGS, false), ERROR_OPEN_FILES);
                    t.assertConnected(z, share);
                }));
        out.add(new Clause("row14.unseeded-device-not-connected", "A device nothing redirects is not connected",
                needs(), t -> t.expect(t.cancel2(t.device("Z:"), NO_FLAGS, false), ERROR_NOT_CONNECTED)));
        return List.copyOf(out);
    }

    private static Set<Capability> needs(Capability... capabilities) {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        set.addAll(List.of(capabilities));
        return set;
    }
}
