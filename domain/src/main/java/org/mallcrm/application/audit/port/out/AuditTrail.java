package org.mallcrm.application.audit.port.out;

import java.util.List;
import org.mallcrm.domain.audit.AuditEntry;

/**
 * The operation log of one mall (操作日志): every change made through the web pages is appended here by the page
 * that made it; the API's and the CLI's writes can be appended through the same port.
 */
public interface AuditTrail {

    void append(AuditEntry entry);

    /** Entries older than the cursor (null: the newest), newest first, at most {@code limit}. */
    List<Entry> page(String cursor, int limit);

    /** An entry with the store's cursor for the next page. */
    record Entry(String cursor, AuditEntry entry) {
    }
}
