package io.github.wnet4j;

import io.github.wnet4j.spi.Names;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** What every outcome shares: the sentence that describes it, and the checks made when one is built. */
final class Outcomes {
    private Outcomes() {
    }

    /** The call, the code by name and number, its meaning, the provider's error and the remedy. */
    static String describe(WNetOutcome outcome) {
        StringBuilder s = new StringBuilder(outcome.describeCall());
        int code = outcome.code();
        Optional<ErrorCode> known = outcome.knownCode();
        if (outcome.isSuccess()) {
            return s.append(" succeeded (NO_ERROR)").toString();
        }
        s.append(" failed with ");
        if (known.isPresent()) {
            ErrorCode c = known.get();
            s.append(c.name()).append(" (").append(code).append("): ").append(c.meaning());
        } else {
            // DWORD is unsigned: 0xFFFFFFFF is 4294967295, not -1.
            s.append("Win32 error ").append(Integer.toUnsignedString(code))
                    .append(" (0x").append(Integer.toHexString(code).toUpperCase(Locale.ROOT))
                    .append("), which these functions do not document");
        }
        outcome.extendedError().ifPresent(e -> {
            String provider = e.describe();
            s.append(" The ").append(provider).append(provider.endsWith(".") ? "" : ".");
        });
        if (known.isPresent() && !known.get().remedy().isEmpty()) {
            s.append(' ').append(remedy(outcome.function(), known.get()));
        }
        return s.toString();
    }

    /** What to do; ERROR_NOT_CONNECTED's remedy speaks of cancelling, so a read says its own. */
    static String remedy(WNetFunction function, ErrorCode code) {
        if (code == ErrorCode.ERROR_NOT_CONNECTED && !function.isCancel()) {
            return "Nothing is redirected there (the device is not mapped, or is a local disk), so there is no remote name to read.";
        }
        return code.remedy();
    }

    /** The extended error checked against the code: only ERROR_EXTENDED_ERROR carries one. */
    static void checkExtendedError(int code, Optional<ExtendedError> extendedError) {
        if (Objects.requireNonNull(extendedError, "extendedError: pass Optional.empty() for none").isPresent()
                && code != ErrorCode.ERROR_EXTENDED_ERROR.value()) {
            throw new IllegalArgumentException("an extended error belongs only to ERROR_EXTENDED_ERROR, not to code " + code);
        }
    }

    /** {@code outcome} if {@code ok}, else a {@link WNetException} for it: every outcome's {@code orThrow}. */
    static <T extends WNetOutcome> T orThrow(T outcome, boolean ok) {
        if (!ok) {
            throw new WNetException(outcome);
        }
        return outcome;
    }

    /** A name quoted for a message ({@link Names#quote}). */
    static String quote(String name) {
        return Names.quote(name);
    }
}
