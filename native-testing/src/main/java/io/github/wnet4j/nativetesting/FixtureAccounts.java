package io.github.wnet4j.nativetesting;

import io.github.wnet4j.spi.Names;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local accounts the real-Windows fixture stands in for the suite's test accounts: each gets a
 * password generated for this fixture, never the test password printed in the suite's source, so
 * an account left behind by a run that could not clean up cannot be logged on to by anyone who
 * read that source. Passwords live only in char arrays, cleared by {@link #close()}; nothing here
 * prints one.
 *
 * <p>Not thread-safe: one fixture, one clause, one thread.
 */
final class FixtureAccounts implements AutoCloseable {
    /** The length of a generated password, in characters: {@value}. */
    static final int PASSWORD_LENGTH = 24;

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#%+-.=?_~";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

    private final SecureRandom random;
    private final Map<String, Account> accounts = new LinkedHashMap<>(); // the suite's name (Names.fold) -> account

    /** One account: its name on the machine, the suite's password for it and the one generated. */
    private record Account(String name, char[] declared, char[] generated) {
        @Override
        public String toString() {
            return name; // never a password
        }
    }

    FixtureAccounts(SecureRandom random) {
        this.random = random;
    }

    /**
     * Declares the suite's account {@code wanted}, made on the machine as {@code name}, and generates
     * its password. Declaring the same account again with the same password changes nothing.
     *
     * @param wanted the suite's account name ({@code "alice"})
     * @param name the account's name on the machine
     * @param declaredPassword the suite's password for it; this object takes it and clears it on close
     * @return whether the account is new (the fixture must then make it)
     * @throws UnsupportedOperationException if the account was declared before with another password
     */
    boolean declare(String wanted, String name, char[] declaredPassword) {
        Account known = accounts.get(key(wanted));
        if (known != null) {
            boolean same = Arrays.equals(known.declared(), declaredPassword);
            Arrays.fill(declaredPassword, '\0');
            if (!same) {
                throw new UnsupportedOperationException("The Windows fixture made the account " + known.name() + " for "
                        + wanted + " already; it cannot declare it again with another password");
            }
            return false;
        }
        accounts.put(key(wanted), new Account(name, declaredPassword, generate(random)));
        return true;
    }

    /**
     * A copy of the generated password of the suite's account {@code wanted}, which the caller clears
     * after use (to make the account with).
     *
     * @throws IllegalArgumentException if the account was not declared
     */
    char[] generatedPassword(String wanted) {
        Account account = accounts.get(key(wanted));
        if (account == null) {
            throw new IllegalArgumentException("No account was declared for " + wanted);
        }
        return account.generated().clone();
    }

    /**
     * The password to connect with where the suite gives {@code password} for its account
     * {@code wanted}: the generated one if {@code password} is the one declared for that account,
     * otherwise {@code password} itself (a wrong password stays wrong). A copy the caller clears.
     */
    char[] passwordFor(String wanted, char[] password) {
        Account account = accounts.get(key(wanted));
        return account != null && Arrays.equals(account.declared(), password) ? account.generated().clone() : password.clone();
    }

    /** {@return the names on the machine of the accounts declared, in the order declared} */
    List<String> names() {
        List<String> names = new ArrayList<>();
        accounts.values().forEach(a -> names.add(a.name()));
        return names;
    }

    /** Clears every password, declared and generated. Idempotent. */
    @Override
    public void close() {
        for (Account account : accounts.values()) {
            Arrays.fill(account.declared(), '\0');
            Arrays.fill(account.generated(), '\0');
        }
    }

    /** {@return the account names, never a password} */
    @Override
    public String toString() {
        return "FixtureAccounts" + names();
    }

    private static String key(String wanted) {
        return Names.fold(wanted);
    }

    /**
     * A password of {@value #PASSWORD_LENGTH} characters with at least one upper-case letter, one
     * lower-case letter, one digit and one symbol, so that it meets Windows' complexity policy
     * wherever the policy is on; look-alike characters (I, l, O, 0, 1) are left out.
     *
     * @param random the source of randomness
     * @return the password, which the caller clears after use
     */
    static char[] generate(SecureRandom random) {
        char[] password = new char[PASSWORD_LENGTH];
        String[] classes = {UPPER, LOWER, DIGITS, SYMBOLS};
        for (int i = 0; i < password.length; i++) {
            String from = i < classes.length ? classes[i] : ALL;
            password[i] = from.charAt(random.nextInt(from.length()));
        }
        for (int i = password.length - 1; i > 0; i--) { // Fisher-Yates, so the classes are not at the start
            int j = random.nextInt(i + 1);
            char c = password[i];
            password[i] = password[j];
            password[j] = c;
        }
        return password;
    }
}
