package io.github.wnet4j.nativetesting;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The password a connect call carried across the boundary, kept only as its length and a salted
 * SHA-256 digest of its UTF-16 units (the salt random per JVM), so that a test can check the units
 * that crossed without the password being kept, printed or compared as a String.
 */
public final class ReceivedPassword {
    private static final byte[] SALT = new SecureRandom().generateSeed(16);
    private static final ReceivedPassword NULL = new ReceivedPassword(-1, new byte[0]);

    private final int length;
    private final byte[] digest;

    private ReceivedPassword(int length, byte[] digest) {
        this.length = length;
        this.digest = digest;
    }

    /** The password as received: {@code null} for a NULL lpPassword; the array is read, not kept. */
    static ReceivedPassword of(char[] units) {
        return units == null ? NULL : new ReceivedPassword(units.length, digest(units));
    }

    private static byte[] digest(char[] units) {
        byte[] bytes = new byte[2 * units.length];
        try {
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().put(units);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(SALT);
            return sha.digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** {@return whether lpPassword was NULL} */
    public boolean isNull() {
        return length < 0;
    }

    /** {@return the units received before the NUL, or -1 for NULL} */
    public int length() {
        return length;
    }

    /**
     * Whether exactly these units crossed ({@code null}: whether lpPassword was NULL).
     *
     * @param expected the password the test passed
     * @return whether the units received are exactly these
     */
    public boolean matches(char[] expected) {
        if (expected == null) {
            return isNull();
        }
        return !isNull() && MessageDigest.isEqual(digest, digest(expected));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceivedPassword that && length == that.length && MessageDigest.isEqual(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    /** The length only: never the password. */
    @Override
    public String toString() {
        return isNull() ? "(NULL)" : "(" + length + " units, redacted)";
    }
}
