package io.github.wnet4j.cli;

import io.github.wnet4j.CancelOutcome;
import io.github.wnet4j.ListingOutcome;
import io.github.wnet4j.NetworkConnection;
import io.github.wnet4j.WNetOutcome;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shapes of {@code --json}: every outcome carries the same fields (function, code, error,
 * success, message, extendedError), so a script reads any command's answer the same way.
 */
final class Json {
    private Json() {
    }

    /** A new object with the backend's name first. */
    static Map<String, Object> object(String backendName) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (backendName != null) {
            o.put("backend", backendName);
        }
        return o;
    }

    /** The fields every outcome has, added to {@code o}. */
    static Map<String, Object> outcome(Map<String, Object> o, WNetOutcome outcome) {
        o.put("function", outcome.function().win32Name());
        o.put("code", Integer.toUnsignedLong(outcome.code()));
        o.put("error", outcome.knownCode().map(Enum::name).orElse(null));
        o.put("success", outcome.isSuccess());
        o.put("message", outcome.describe());
        o.put("extendedError", outcome.extendedError().map(e -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("providerCode", Integer.toUnsignedLong(e.providerCode()));
            x.put("text", e.text());
            x.put("providerName", e.providerName());
            return x;
        }).orElse(null));
        return o;
    }

    /** A cancel's outcome: the call's arguments, then the outcome's fields. */
    static Map<String, Object> cancel(String backendName, CancelOutcome outcome) {
        Map<String, Object> o = object(backendName);
        o.put("function", outcome.function().win32Name());
        o.put("name", outcome.name());
        o.put("flags", outcome.flags().stream().map(Enum::name).sorted().toList());
        o.put("force", outcome.force());
        return outcome(o, outcome);
    }

    /** A listing's call and outcome, without its entries. */
    static Map<String, Object> listing(ListingOutcome listing) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("scope", listing.scope().win32Name());
        return outcome(o, listing);
    }

    /** One entry of a listing. */
    static Map<String, Object> connection(NetworkConnection c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("device", c.device().orElse(null));
        o.put("remoteName", c.remoteName());
        o.put("type", c.type().name());
        o.put("provider", c.provider());
        return o;
    }

    static String write(Object value) {
        return StateCodec.toJson(value);
    }
}
