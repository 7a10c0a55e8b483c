package org.mallcrm.adapters.http.web.kit;

import java.util.Locale;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * Who is looking at a page and in which language: the signed-in principal (null before sign-in), the session's
 * CSRF token (or the sign-in form's), the messages and formats of the language.
 */
public record Viewer(Principal principal, String csrf, Messages messages, Formats formats) {

    public static Viewer anonymous(String csrf, Locale locale) {
        return new Viewer(null, csrf, Messages.of(locale), Formats.of(locale));
    }

    public boolean signedIn() {
        return principal != null;
    }

    public boolean isStaff() {
        return principal != null && principal.role() == Role.STAFF;
    }

    /** Whether the viewer may make changes of that kind (staff of a department holding it). */
    public boolean may(Capability c) {
        return principal != null && principal.may(c);
    }

    public Locale locale() {
        return messages.locale();
    }

    /** {@code zh-CN} or {@code en}, for {@code <html lang>}. */
    public String lang() {
        return locale().getLanguage().equals("en") ? "en" : "zh-CN";
    }

    public String t(String key, Object... args) {
        return messages.t(key, args);
    }
}
