package io.github.wnet4j;

import io.github.wnet4j.spi.Names;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The user name and password a connection is made with ({@code lpUserName}, {@code lpPassword} of
 * {@code WNetAddConnection2}).
 *
 * <pre>{@code
 * char[] secret = readPasswordFromVault();
 * try (Credentials deploy = Credentials.of("CORP\\svc-deploy", secret)) {
 *     Arrays.fill(secret, '\0');             // the credentials hold their own copy
 *     ... connect with deploy ...
 * }                                          // close() clears that copy
 * }</pre>
 *
 * <p>The password lives only in a {@code char[]} that this object owns: it is copied in, copied
 * out once per call for the backend (which clears its copy and its native buffer after the call),
 * and cleared by {@link #close()}. It is never a {@link String}, and it appears in no message,
 * exception, journal or {@link #toString()}. Instances have identity equality: two credentials are
 * never compared by their secret.
 *
 * <p>Either part may be absent, and absent is not empty (connect.md, "Signatures"):
 * <ul>
 *   <li>no user name ({@code lpUserName} NULL): the user of the calling process's logon session;</li>
 *   <li>no password ({@code lpPassword} NULL): that user's default password, the one Windows already
 *       holds for it;</li>
 *   <li>an empty password ({@code ""}): explicitly no password.</li>
 * </ul>
 * Making no credentials at all is not needed: the connect methods that take none pass NULL for both.
 *
 * <p>Thread-safe: {@link #close()} may race with a call that copies the password out, and the call
 * then either gets the whole password or an {@link IllegalStateException}.
 */
public final class Credentials implements AutoCloseable {
    /** The longest user name or password passed on, in UTF-16 units (the limit of every name): {@value}. */
    public static final int MAX_LENGTH = Names.MAX_LENGTH;

    private final String userName;
    private char[] password; // guarded by this; null: no password given (NULL); cleared and dropped on close
    private final boolean hasPassword;
    private boolean closed; // guarded by this

    private Credentials(String userName, char[] password) {
        this.userName = userName;
        this.password = password;
        this.hasPassword = password != null;
    }

    /**
     * A user name and its password.
     *
     * @param userName the account, as the server knows it: {@code user}, {@code DOMAIN\\user},
     *     {@code user@domain} or {@code .\\user}
     * @param password the password; copied, so the caller may clear its array at once
     * @return the credentials
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if the user name is empty, or either holds U+0000, an unpaired
     *     surrogate, a control character (the user name only) or is longer than {@value #MAX_LENGTH} units
     */
    public static Credentials of(String userName, char[] password) {
        checkUserName(userName);
        return new Credentials(userName, checkedCopy(Objects.requireNonNull(password,
                "password must not be null: pass new char[0] for no password, or use Credentials.user(name) for "
                        + "the user's default password")));
    }

    /**
     * A user name with no password given: Windows uses the default password it holds for that user
     * ({@code lpPassword} NULL).
     *
     * @param userName the account, as for {@link #of(String, char[])}
     * @return the credentials
     * @throws NullPointerException if the user name is null
     * @throws IllegalArgumentException if it is not a user name, as for {@link #of(String, char[])}
     */
    public static Credentials user(String userName) {
        checkUserName(userName);
        return new Credentials(userName, null);
    }

    /**
     * A password for the user of the calling process's logon session ({@code lpUserName} NULL).
     *
     * @param password the password; copied, so the caller may clear its array at once
     * @return the credentials
     * @throws NullPointerException if the password is null
     * @throws IllegalArgumentException if it holds U+0000 or an unpaired surrogate, or is longer than
     *     {@value #MAX_LENGTH} units
     */
    public static Credentials password(char[] password) {
        return new Credentials(null, checkedCopy(Objects.requireNonNull(password, "password must not be null")));
    }

    /**
     * The user name, or empty for the user of the calling process's logon session.
     *
     * @return the user name, or empty
     */
    public Optional<String> userName() {
        return Optional.ofNullable(userName);
    }

    /**
     * Whether a password was given (an empty one counts); without one Windows uses the user's default.
     *
     * @return whether a password was given
     */
    public boolean hasPassword() {
        return hasPassword;
    }

    /**
     * Whether {@link #close()} has cleared the password.
     *
     * @return whether these credentials are closed
     */
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * A copy of the password for one call, which the caller clears as soon as the call returns; null
     * when no password was given.
     *
     * @throws IllegalStateException if these credentials were closed
     */
    synchronized char[] passwordForOneCall() {
        if (closed) {
            throw new IllegalStateException("these credentials were closed, and their password cleared: "
                    + "make new Credentials for each connection, or close them only after the last call");
        }
        return password == null ? null : password.clone();
    }

    /** Clears the password. Idempotent. */
    @Override
    public synchronized void close() {
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
        closed = true;
    }

    /** {@return the user name and whether a password was given, never the password} */
    @Override
    public String toString() {
        return "Credentials[userName=" + (userName == null ? "(the logon's own user)" : userName)
                + ", password=" + (hasPassword ? "(redacted)" : "(none given: the user's default)") + "]";
    }

    private static void checkUserName(String userName) {
        Objects.requireNonNull(userName, "userName must not be null: use Credentials.password(...) for the logon's own user");
        if (userName.isEmpty()) {
            throw new IllegalArgumentException("userName must not be empty: pass an account such as \"DOMAIN\\\\user\", "
                    + "or use Credentials.password(...) for the logon's own user");
        }
        if (userName.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("userName is " + userName.length() + " UTF-16 units long; at most "
                    + MAX_LENGTH + " are passed on");
        }
        for (int i = 0; i < userName.length(); i++) {
            if (Character.isISOControl(userName.charAt(i))) {
                // U+0000 would end the name at the boundary, so another account would be used.
                throw new IllegalArgumentException("userName holds the control character U+"
                        + String.format("%04X", (int) userName.charAt(i)) + " at index " + i + "; remove it");
            }
        }
        int unpaired = unpairedSurrogate(userName.toCharArray());
        if (unpaired >= 0) {
            throw new IllegalArgumentException("userName holds an unpaired surrogate at index " + unpaired
                    + ": it is not UTF-16 text and no account has it; remove it");
        }
    }

    /** The index of the first unpaired surrogate (specification row 15, "Null, empty, U+0000, unpaired surrogates"), or -1. */
    private static int unpairedSurrogate(char[] units) {
        for (int i = 0; i < units.length; i++) {
            if (Character.isHighSurrogate(units[i]) && i + 1 < units.length && Character.isLowSurrogate(units[i + 1])) {
                i++;
            } else if (Character.isSurrogate(units[i])) {
                return i;
            }
        }
        return -1;
    }

    /** A copy of the caller's password, checked without naming a single character of it. */
    private static char[] checkedCopy(char[] password) {
        Names.checkPassword(password);
        int unpaired = unpairedSurrogate(password);
        if (unpaired >= 0) {
            throw new IllegalArgumentException("the password holds an unpaired surrogate at index " + unpaired
                    + ": it is not UTF-16 text, so the server would compare other characters; remove it");
        }
        return password.clone();
    }
}
