package org.mallcrm.adapters.http.access;

import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * The caller as the apps see it: {@code GET /api/v1/me}; {@code mall} is the code of the caller's mall (the mall
 * every request acts on), {@code group} whether it is group-level staff.
 */
public record MeJson(String name, String role, String merchantNo, String buyerId, String channel, String department,
        String mall, boolean group) {

    public static MeJson of(Principal p) {
        String subject = p.subject().orElse(null);
        return new MeJson(p.name(), p.role().name(), p.role() == Role.MERCHANT ? subject : null,
                p.role() == Role.BUYER ? subject : null, p.role() == Role.CHANNEL ? subject : null,
                p.department().orElse(null), p.mall().orElse(null), p.groupLevel());
    }
}
