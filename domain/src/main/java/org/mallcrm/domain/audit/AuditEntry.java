package org.mallcrm.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the operation log (操作日志): who changed what, when, and through which door. Written for every
 * change made through the web pages; the API and the CLI can write through the same port.
 *
 * @param actor   the principal's name (a login, or a token's name)
 * @param via     {@code WEB}, {@code API} or {@code CLI}
 * @param action  a stable code, e.g. {@code deposit.hold}, {@code account.disable}
 * @param subject what was changed, e.g. {@code 1F-A-001}
 * @param detail  a human summary of the change (amounts, numbers) in the mall's language
 */
public record AuditEntry(Instant at, String actor, Via via, String action, String subject, String detail) {

    /** The door a change came through. */
    public enum Via {
        WEB, API, CLI
    }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(via, "via");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an operation has an actor");
        }
        if (action == null || !action.matches("[a-z][a-z0-9_.-]{1,63}")) {
            throw new IllegalArgumentException("an operation's action is a code like deposit.hold: " + action);
        }
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }
}
