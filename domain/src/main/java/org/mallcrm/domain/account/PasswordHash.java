package org.mallcrm.domain.account;

import java.util.Base64;
import java.util.Objects;

/**
 * A stored password: only a slow salted hash, never the password. Encoded as
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in base64), so that the iteration count can be raised
 * later without breaking the passwords stored before.
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {

    static final String SCHEME = "pbkdf2-sha256";

    public PasswordHash {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (salt.length < 16 || hash.length < 32) {
            throw new IllegalArgumentException("a password hash needs a salt of 16 bytes and a hash of 32");
        }
        salt = salt.clone();
        hash = hash.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    /** The stored form. */
    public String encoded() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Reads the stored form; anything else is a corrupt store. */
    public static PasswordHash parse(String encoded) {
        String[] parts = encoded == null ? new String[0] : encoded.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("not a stored password hash");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PasswordHash(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PasswordHash p && p.encoded().equals(encoded());
    }

    @Override
    public int hashCode() {
        return encoded().hashCode();
    }

    @Override
    public String toString() {
        return SCHEME + "$" + iterations + "$…";
    }
}
