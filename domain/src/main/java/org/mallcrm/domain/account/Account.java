package org.mallcrm.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * A person who signs in to the web pages (员工账号, or a merchant's, buyer's or channel's account): a login, one role,
 * for staff a department (what they may change), for the outside roles the record they are bound to, the password
 * hash, and the state of its sign-ins (wrong passwords in a row, a lock).
 *
 * @param subject        the merchant number, buyer id or channel code of a MERCHANT, BUYER or CHANNEL account
 * @param failedSignIns  wrong passwords in a row since the last right one or the last lock
 * @param lockedUntil    set while (and after) a lock; a lock in the past is over
 * @param lastSignInAt   the last successful sign-in
 */
public record Account(LoginName login, Role role, Optional<Department> department, Optional<String> subject,
        PasswordHash password, AccountStatus status, int failedSignIns, Optional<Instant> lockedUntil,
        Instant createdAt, Optional<Instant> lastSignInAt) {

    public Account {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        department = department == null ? Optional.empty() : department;
        subject = subject == null ? Optional.empty() : subject.filter(s -> !s.isBlank());
        lockedUntil = lockedUntil == null ? Optional.empty() : lockedUntil;
        lastSignInAt = lastSignInAt == null ? Optional.empty() : lastSignInAt;
        if (failedSignIns < 0) {
            throw new IllegalArgumentException("failedSignIns cannot be negative");
        }
        if (role == Role.STAFF && department.isEmpty()) {
            throw new IllegalArgumentException("a staff account needs a department");
        }
        if (role != Role.STAFF && department.isPresent()) {
            throw new IllegalArgumentException("only staff accounts have a department");
        }
        if (role == Role.STAFF && subject.isPresent()) {
            throw new IllegalArgumentException("a staff account is not bound to a merchant, buyer or channel");
        }
        if (role != Role.STAFF && subject.isEmpty()) {
            throw new IllegalArgumentException("a " + role + " account must name its " + Principal.subjectName(role));
        }
    }

    /** A new active account. */
    public static Account open(LoginName login, Role role, Optional<Department> department, Optional<String> subject,
            PasswordHash password, Instant at) {
        return new Account(login, role, department, subject, password, AccountStatus.ACTIVE, 0, Optional.empty(), at,
                Optional.empty());
    }

    /** Who the account acts as: the same principal an API token of that role and subject would be. */
    public Principal principal() {
        return new Principal(login.value(), role, subject, department.map(Department::name));
    }

    public boolean isLocked(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    /**
     * The account's answer to a sign-in whose password did ({@code passwordMatches}) or did not match. A disabled
     * or locked account refuses before the password counts; callers need not check the password for those (see
     * {@link #refusesBeforePassword}).
     */
    public SignInResult signIn(boolean passwordMatches, Instant now, SignInPolicy policy) {
        if (status == AccountStatus.DISABLED) {
            return new SignInResult.Disabled(this);
        }
        if (isLocked(now)) {
            return new SignInResult.Locked(this, lockedUntil.orElseThrow());
        }
        if (passwordMatches) {
            return new SignInResult.Accepted(new Account(login, role, department, subject, password, status, 0,
                    Optional.empty(), createdAt, Optional.of(now)));
        }
        // a lock that has run out starts the count again
        int before = lockedUntil.isPresent() ? 0 : failedSignIns;
        int failures = before + 1;
        if (failures >= policy.lockAfter()) {
            Instant until = now.plus(policy.lockFor());
            return new SignInResult.WrongPassword(new Account(login, role, department, subject, password, status, 0,
                    Optional.of(until), createdAt, lastSignInAt), policy.delayAfter(failures), until);
        }
        return new SignInResult.WrongPassword(new Account(login, role, department, subject, password, status,
                failures, Optional.empty(), createdAt, lastSignInAt), policy.delayAfter(failures), null);
    }

    /** True when a sign-in is refused whatever the password (disabled, locked): the password need not be hashed. */
    public boolean refusesBeforePassword(Instant now) {
        return status == AccountStatus.DISABLED || isLocked(now);
    }

    public Account disabled() {
        return new Account(login, role, department, subject, password, AccountStatus.DISABLED, failedSignIns,
                lockedUntil, createdAt, lastSignInAt);
    }

    /** A new password set by an administrator: the count of wrong ones and any lock are cleared. */
    public Account withPassword(PasswordHash newPassword) {
        return new Account(login, role, department, subject, newPassword, status, 0, Optional.empty(), createdAt,
                lastSignInAt);
    }
}
