package org.mallcrm.application.access.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.application.access.port.out.AccessTokens;
import org.mallcrm.application.access.port.out.TokenSubjects;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * Issues random 256-bit bearer tokens and keeps only their SHA-256 hashes. A MERCHANT, BUYER or CHANNEL token is
 * issued only for a merchant, buyer or channel that exists ({@link TokenSubjects}); a STAFF token's department, when
 * it has one, must be one of the {@link Department}s (as for a staff account).
 */
public final class AccessTokenService implements AccessTokenUseCases {

    private static final String PREFIX = "mc_";
    private final AccessTokens tokens;
    private final TokenSubjects subjects;
    private final Clock clock;
    /**
     * Token bytes, from one {@link SecureRandom} of the process (thread-safe), made on the first token issued: every
     * command builds this service, and one that issues none does not pay for setting up the JDK's security providers.
     */
    private static final class TokenBytes {
        static final SecureRandom RANDOM = new SecureRandom();
    }
    /** Principals of tokens seen live, by hash: what a token names never changes, only whether it is live. */
    private final ConcurrentHashMap<String, Principal> seen = new ConcurrentHashMap<>();
    /** A bound on {@link #seen}: past it, it starts again empty. */
    public static final int SEEN_MAX = 10_000;

    public AccessTokenService(AccessTokens tokens, TokenSubjects subjects, Clock clock) {
        this.tokens = tokens;
        this.subjects = subjects;
        this.clock = clock;
    }

    @Override
    public Outcome<IssuedToken> create(Principal principal) {
        // a department nobody knows would leave a token that may do nothing (403 everywhere): refuse it, as a staff
        // account with that department is refused
        if (principal.department().isPresent() && Department.parse(principal.department().get()).isEmpty()) {
            return Outcome.invalid("department", principal.department().get(),
                    "not a department; one of " + Department.choices());
        }
        if (principal.role() != Role.STAFF) {
            String kind = Principal.subjectName(principal.role());
            String subject = principal.subject().orElseThrow();
            if (!subjects.exists(principal.role(), subject)) {
                return Outcome.invalid(kind, subject, "no such " + kind + " in the mall"
                        + switch (principal.role()) {
                            case MERCHANT -> " (import it first: 'import merchants')";
                            case BUYER -> " (the mall knows no buyer of that id)";
                            case CHANNEL -> " (a channel comes with its trips: 'import trips')";
                            case STAFF -> "";
                        } + "; a " + principal.role() + " token is bound to an existing " + kind);
            }
        }
        byte[] bytes = new byte[32];
        TokenBytes.RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        if (!tokens.add(hash(token), principal, clock.now())) {
            return Outcome.refused("a token named '" + principal.name() + "' exists already");
        }
        return Outcome.done(new IssuedToken(principal.name(), token));
    }

    @Override
    public List<TokenInfo> list() {
        return tokens.list();
    }

    @Override
    public boolean revoke(String name) {
        return tokens.revoke(name, clock.now());
    }

    @Override
    public Optional<Principal> authenticate(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findLive(hash(token));
    }

    /** Whether the text can be a token this service issued at all (none other is looked up). */
    private static boolean wellFormed(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() <= 200;
    }

    @Override
    public Optional<Recognized> recognize(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Principal known = seen.get(hash);
        if (known != null) {
            return Optional.of(new Recognized(known, hash));
        }
        Optional<Principal> live = tokens.findLive(hash);
        live.ifPresent(p -> {
            if (seen.size() >= SEEN_MAX) {
                seen.clear();
            }
            seen.put(hash, p);
        });
        return live.map(p -> new Recognized(p, hash));
    }

    /**
     * Looked up once: {@code MessageDigest.getInstance} searches the providers, which costs on every request. Held
     * apart so that it is looked up on the first hash, not when the service is built (by every command).
     */
    private static final class Sha256 {
        static final MessageDigest PROTOTYPE;

        static {
            try {
                PROTOTYPE = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }

    /** Hex SHA-256 of the token. */
    public static String hash(String token) {
        MessageDigest sha;
        try {
            sha = (MessageDigest) Sha256.PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
            }
        }
        return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
