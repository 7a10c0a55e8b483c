package org.mallcrm.domain.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA256 from the JDK: a random 16-byte salt per password and
 * {@link #DEFAULT_ITERATIONS} rounds (OWASP's figure for this function), compared in constant time. What a new
 * password must look like is {@link #problem}.
 */
public final class Passwords {

    /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final int HASH_BYTES = 32;
    /** Letters and digits that cannot be mistaken for one another when read aloud or copied (no 0/O, 1/l/I). */
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final int iterations;
    private final SecureRandom random;

    public Passwords(int iterations, SecureRandom random) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
        this.random = random;
    }

    /** The hasher the system uses. */
    public static Passwords standard() {
        return new Passwords(DEFAULT_ITERATIONS, new SecureRandom());
    }

    public PasswordHash hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /** Whether the password is the one hashed; the hashes are compared in constant time. */
    public boolean matches(String password, PasswordHash stored) {
        if (password == null) {
            return false;
        }
        byte[] candidate = derive(password, stored.salt(), stored.iterations());
        return MessageDigest.isEqual(candidate, stored.hash());
    }

    /** A hash of nothing in particular, checked against when a login does not exist so that the answer takes as long. */
    public PasswordHash decoy() {
        return hash("decoy-" + random.nextLong());
    }

    /** A new random password of 14 characters from an alphabet without look-alikes. */
    public String generate() {
        char[] c = new char[14];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    /** Why a new password is refused for this login, or empty when it is acceptable. */
    public static Optional<String> problem(String password, LoginName login) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("a password has at most " + MAX_LENGTH + " characters");
        }
        if (password.strip().equalsIgnoreCase(login.value())) {
            return Optional.of("a password must not be the login");
        }
        if (password.chars().distinct().count() < 4) {
            return Optional.of("a password needs at least 4 different characters");
        }
        return Optional.empty();
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        char[] chars = password.toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
