package org.mallcrm.application.audit.port.in;

import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.audit.AuditEntry;

/** Writing and reading the operation log (操作日志). */
public interface AuditLog {

    /** Notes a change made now by {@code who} through {@code via}. */
    void record(Principal who, AuditEntry.Via via, String action, String subject, String detail);

    Page<AuditEntry> list(String cursor, int limit);
}
