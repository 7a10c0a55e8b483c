package org.mallcrm.adapters.http.common;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/**
 * Who may call a route: nobody needs a token ({@link #open()}), or a token of one of {@code roles}; a STAFF caller
 * of a route that changes things must also hold {@code capability} (a staff token without a department holds
 * every one). Reading a record of another merchant, buyer or channel is not a matter of access but of the record:
 * the route answers 404.
 */
public record Access(boolean noToken, Set<Role> roles, Optional<Capability> capability, boolean groupLevel) {

    /** Access of a route of one mall (the caller's). */
    public Access(boolean noToken, Set<Role> roles, Optional<Capability> capability) {
        this(noToken, roles, capability, false);
    }

    public Access {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (capability.isPresent() && !roles.contains(Role.STAFF)) {
            throw new IllegalArgumentException("a capability is something staff hold: " + capability.get());
        }
        if (!noToken && roles.isEmpty()) {
            throw new IllegalArgumentException("a route that needs a token needs at least one role");
        }
        if (groupLevel && !roles.equals(Set.of(Role.STAFF))) {
            throw new IllegalArgumentException("only staff can be group-level");
        }
    }

    /** No token needed ({@code /health}, {@code /openapi.yaml}). */
    public static Access open() {
        return new Access(true, Set.of(), Optional.empty());
    }

    /** Any live token, whatever its role ({@code GET /api/v1/me}). */
    public static Access anyRole() {
        return new Access(false, EnumSet.allOf(Role.class), Optional.empty());
    }

    /** Staff reading: every staff member. */
    public static Access staff() {
        return new Access(false, Set.of(Role.STAFF), Optional.empty());
    }

    /** Staff changing something of that kind: the department must hold the capability. */
    public static Access staff(Capability capability) {
        return new Access(false, Set.of(Role.STAFF), Optional.of(capability));
    }

    /**
     * Group-level staff reading across the malls of the group (the group report): a staff token made with
     * {@code tokens create --role STAFF --group}.
     */
    public static Access groupStaff() {
        return new Access(false, Set.of(Role.STAFF), Optional.empty(), true);
    }

    /** Callers of these roles (the apps' own routes: {@code /me/…}). */
    public static Access roles(Role first, Role... more) {
        return new Access(false, EnumSet.of(first, more), Optional.empty());
    }

    /** These roles, and staff holding the capability. */
    public Access orStaff(Capability capability) {
        Set<Role> r = EnumSet.copyOf(roles);
        r.add(Role.STAFF);
        return new Access(false, r, Optional.of(capability), false);
    }

    /** Null when {@code p} may call; otherwise why not (a 403's detail). */
    public String refusal(Principal p) {
        if (!roles.contains(p.role())) {
            return "this resource is for " + roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "))
                    + "; your token is " + p.role();
        }
        if (groupLevel && !p.groupLevel()) {
            return "this resource is for group-level staff (a token made with tokens create --role STAFF --group)";
        }
        if (p.role() == Role.STAFF && capability.isPresent() && !p.may(capability.get())) {
            return "this change needs the capability " + capability.get() + " (" + capability.get().label()
                    + "), which your department " + p.department().orElse("") + " does not hold";
        }
        return null;
    }

    @Override
    public String toString() {
        if (noToken) {
            return "open";
        }
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining("|"))
                + (groupLevel ? " (group)" : "") + capability.map(c -> " [" + c + "]").orElse("");
    }
}
