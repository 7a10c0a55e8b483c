package org.mallcrm.application.account.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.application.account.port.out.Accounts;
import org.mallcrm.application.account.port.out.SignInLog;
import org.mallcrm.application.account.port.out.WebSessions;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.domain.account.Account;
import org.mallcrm.domain.account.AccountStatus;
import org.mallcrm.domain.account.LoginName;
import org.mallcrm.domain.account.PasswordHash;
import org.mallcrm.domain.account.Passwords;
import org.mallcrm.domain.account.SessionPolicy;
import org.mallcrm.domain.account.SignInEvent;
import org.mallcrm.domain.account.SignInPolicy;
import org.mallcrm.domain.account.SignInResult;
import org.mallcrm.domain.account.WebSession;

/**
 * Sign-in, sessions and sign-out. The password is checked outside any transaction (it is slow on purpose); the
 * account's count of wrong passwords is then updated inside one, from the account as stored at that moment, so
 * that attempts through several server processes all count.
 */
public final class SessionService implements SessionUseCases {

    public static final int MAX_PAGE = 500;
    private static final String PREFIX = "ws_";

    private final Accounts accounts;
    private final WebSessions sessions;
    private final SignInLog log;
    private final Passwords passwords;
    private final SignInPolicy signInPolicy;
    private final SessionPolicy sessionPolicy;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final PasswordHash decoy;

    public SessionService(Accounts accounts, WebSessions sessions, SignInLog log, Passwords passwords,
            SignInPolicy signInPolicy, SessionPolicy sessionPolicy, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.log = log;
        this.passwords = passwords;
        this.signInPolicy = signInPolicy;
        this.sessionPolicy = sessionPolicy;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.decoy = passwords.decoy();
    }

    @Override
    public SignInOutcome signIn(String typedLogin, String password, Client client) {
        Optional<Account> found;
        try {
            found = accounts.find(LoginName.of(typedLogin));
        } catch (IllegalArgumentException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            passwords.matches(password == null ? "" : password, decoy);
            log.append(event(typedLogin, SignInEvent.Kind.UNKNOWN_LOGIN, client));
            return new Refused(Reason.WRONG, Duration.ZERO, Optional.empty());
        }
        Account read = found.get();
        boolean matches = !read.refusesBeforePassword(clock.now()) && passwords.matches(password, read.password());
        Instant now = clock.now();
        SignInResult result = unitOfWork.inTransaction(() -> {
            Account current = accounts.find(read.login()).orElse(read);
            // a password changed between the check and now is not the one that was checked
            boolean still = matches && current.password().equals(read.password());
            SignInResult r = current.signIn(still, now, signInPolicy);
            accounts.update(r.account());
            return r;
        });
        String login = read.login().value();
        return switch (result) {
            case SignInResult.Accepted a -> {
                sessions.deleteExpired(now.minus(sessionPolicy.idleTimeout()), now.minus(sessionPolicy.maxAge()));
                String token = PREFIX + randomToken();
                String csrf = randomToken();
                sessions.insert(new WebSession(hash(token), a.account().login(), csrf, now, now));
                log.append(event(login, SignInEvent.Kind.SIGNED_IN, client));
                yield new SignedIn(token, new ActiveSession(a.account().principal(), csrf, now));
            }
            case SignInResult.WrongPassword w -> {
                log.append(event(login, w.lockedUntil() == null ? SignInEvent.Kind.WRONG_PASSWORD
                        : SignInEvent.Kind.LOCKED_NOW, client));
                yield w.lockedUntil() == null ? new Refused(Reason.WRONG, w.delay(), Optional.empty())
                        : new Refused(Reason.LOCKED, w.delay(), Optional.of(w.lockedUntil()));
            }
            case SignInResult.Locked l -> {
                log.append(event(login, SignInEvent.Kind.LOCKED, client));
                yield new Refused(Reason.LOCKED, Duration.ZERO, Optional.of(l.until()));
            }
            case SignInResult.Disabled d -> {
                log.append(event(login, SignInEvent.Kind.DISABLED, client));
                yield new Refused(Reason.DISABLED, Duration.ZERO, Optional.empty());
            }
        };
    }

    @Override
    public Optional<ActiveSession> session(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(token);
        Optional<WebSession> found = sessions.find(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WebSession s = found.get();
        Instant now = clock.now();
        if (!s.isLive(now, sessionPolicy)) {
            sessions.delete(hash);
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(s.login());
        if (account.isEmpty() || account.get().status() != AccountStatus.ACTIVE) {
            sessions.delete(hash);
            return Optional.empty();
        }
        if (s.needsTouch(now, sessionPolicy)) {
            sessions.touch(hash, now);
        }
        return Optional.of(new ActiveSession(account.get().principal(), s.csrfToken(), s.createdAt()));
    }

    @Override
    public void signOut(String token, Client client) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return;
        }
        String hash = hash(token);
        Optional<WebSession> s = sessions.find(hash);
        if (s.isPresent()) {
            sessions.delete(hash);
            log.append(event(s.get().login().value(), SignInEvent.Kind.SIGNED_OUT, client));
        }
    }

    @Override
    public Page<SignInEvent> log(String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        List<SignInLog.Entry> rows = log.page(cursor, limit + 1);
        List<SignInEvent> items = rows.stream().limit(limit).map(SignInLog.Entry::event).toList();
        return new Page<>(items, rows.size() > limit ? rows.get(limit - 1).cursor() : null);
    }

    private SignInEvent event(String login, SignInEvent.Kind kind, Client client) {
        return new SignInEvent(clock.now(), login, kind, client == null ? "" : client.remote(),
                client == null ? "" : client.agent());
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256 of a session token: what the store keeps. */
    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
