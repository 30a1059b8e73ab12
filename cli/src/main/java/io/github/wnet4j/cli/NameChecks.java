package io.github.wnet4j.cli;

import io.github.wnet4j.Credentials;
import io.github.wnet4j.spi.Names;

/**
 * The one check of every name {@code wnet} is given, from the command line or from a state file:
 * a user or session name, a local device, a remote name. Each refusal is an
 * {@link IllegalArgumentException} naming the name (control characters shown as
 * {@code \}{@code uXXXX}) and what to give instead; a state file's refusal adds the field.
 */
final class NameChecks {
    private NameChecks() {
    }

    /**
     * Refuses a user or session name ({@code what}: "user" or "session") no user or session can have:
     * blank, padded with spaces, or holding a control character; returns it otherwise.
     */
    static String userOrSession(String what, String name) {
        if (name.isBlank() || !name.strip().equals(name) || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " name " + Names.quote(name) + " is not usable: give "
                    + (what.equals("session") ? "desktop, elevated, or " : "") + "a name without control characters or"
                    + " surrounding spaces, such as " + (what.equals("session") ? "backup-service" : "alice"));
        }
        return name;
    }

    /**
     * Refuses a user name that credentials cannot carry ({@link Credentials#user}): the check
     * {@code --as} gets, and a state file's connection user, so that what one command saves the next reads.
     */
    static String credentialsUser(String name) {
        try (Credentials checked = Credentials.user(name)) {
            return name;
        }
    }

    /** Refuses a name that is not a local device ({@code Z:}, {@code LPT1:}); returns it otherwise. */
    static String device(String name) {
        if (Names.device(Names.check(name)) == null) {
            throw new IllegalArgumentException(Names.quote(name) + " is not a local device: give a drive such as Z: or a"
                    + " printer port such as LPT1:");
        }
        return name;
    }

    /** Refuses a share name with no server, such as {@code backup} (the fake's own check, in the command line's words). */
    static String share(String name) {
        Names.check(name);
        if (name.isBlank() || name.indexOf('\\') >= 0) {
            throw new IllegalArgumentException(Names.quote(name) + " is not a share name: give the name alone, such as backup");
        }
        return name;
    }

    /** Refuses a name that is not a remote name a connection can be made to ({@link Names#checkRemoteName}). */
    static String remoteName(String name) {
        return Names.checkRemoteName(name);
    }
}
