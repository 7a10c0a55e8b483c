package org.mallcrm.adapters.http.web.kit;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * Who may open a page: anyone (no sign-in), or signed-in accounts of some roles, and for staff pages that change
 * something the capability the staff member's department must hold ({@link org.mallcrm.domain.access.Department}).
 * Every route of the web pages carries one, and one dispatcher enforces them all.
 *
 * <p>What a refusal looks like: no session → the sign-in page; a role the page is not for → 404 (a merchant does
 * not learn that a staff page exists); staff without the capability → 403.
 */
public record Access(boolean anyone, Set<Role> roles, Optional<Capability> capability) {

    public Access {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (anyone && (!roles.isEmpty() || capability.isPresent())) {
            throw new IllegalArgumentException("an open page has no role or capability");
        }
        if (capability.isPresent() && !roles.equals(Set.of(Role.STAFF))) {
            throw new IllegalArgumentException("capabilities are for staff pages");
        }
    }

    /** No sign-in needed: the sign-in page, assets. */
    public static Access open() {
        return new Access(true, Set.of(), Optional.empty());
    }

    /** Any staff member: reading the mall's records. */
    public static Access staff() {
        return new Access(false, Set.of(Role.STAFF), Optional.empty());
    }

    /** Staff whose department holds the capability: making that kind of change. */
    public static Access staff(Capability capability) {
        return new Access(false, Set.of(Role.STAFF), Optional.of(capability));
    }

    /** Signed-in accounts of these roles (the apps' pages). */
    public static Access roles(Role... roles) {
        return new Access(false, Set.copyOf(Arrays.asList(roles)), Optional.empty());
    }

    /** Whether a principal (null: nobody signed in) may open the page. */
    public boolean admits(Principal p) {
        return anyone || (p != null && roles.contains(p.role()) && capability.map(p::may).orElse(true));
    }

    /** Whether the page exists for this principal's role at all (otherwise it is answered 404). */
    public boolean isFor(Principal p) {
        return anyone || (p != null && roles.contains(p.role()));
    }
}
