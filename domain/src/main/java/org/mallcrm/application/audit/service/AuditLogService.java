package org.mallcrm.application.audit.service;

import java.util.List;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.audit.port.out.AuditTrail;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.audit.AuditEntry;

/** The operation log over its store, stamped with the clock. */
public final class AuditLogService implements AuditLog {

    public static final int MAX_PAGE = 500;
    private final AuditTrail trail;
    private final Clock clock;

    public AuditLogService(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public void record(Principal who, AuditEntry.Via via, String action, String subject, String detail) {
        trail.append(new AuditEntry(clock.now(), who.name(), via, action, subject, detail));
    }

    @Override
    public Page<AuditEntry> list(String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        List<AuditTrail.Entry> rows = trail.page(cursor, limit + 1);
        List<AuditEntry> items = rows.stream().limit(limit).map(AuditTrail.Entry::entry).toList();
        return new Page<>(items, rows.size() > limit ? rows.get(limit - 1).cursor() : null);
    }
}
