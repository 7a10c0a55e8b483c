package org.mallcrm.adapters.http.access;

import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/** The caller as the apps see it: {@code GET /api/v1/me}. */
public record MeJson(String name, String role, String merchantNo, String buyerId, String channel, String department) {

    public static MeJson of(Principal p) {
        String subject = p.subject().orElse(null);
        return new MeJson(p.name(), p.role().name(), p.role() == Role.MERCHANT ? subject : null,
                p.role() == Role.BUYER ? subject : null, p.role() == Role.CHANNEL ? subject : null,
                p.department().orElse(null));
    }
}
