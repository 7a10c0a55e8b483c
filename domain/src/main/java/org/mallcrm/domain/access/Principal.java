package org.mallcrm.domain.access;

import java.util.Optional;

/**
 * The one identity behind an access token: a name, a role, and for the outside roles the record it is bound
 * to (a merchant number, a buyer id or a channel code). Staff may carry a department. A principal belongs to one
 * mall ({@code mall}: the code of the mall of its token or account, when known) and acts on that mall; a
 * <em>group-level</em> staff principal ({@code groupLevel}) may also read every mall of the group (the database),
 * e.g. the group report.
 */
public record Principal(String name, Role role, Optional<String> subject, Optional<String> department,
        boolean groupLevel, Optional<String> mall) {

    /** A principal of its own mall only (the mall is known where it is looked up). */
    public Principal(String name, Role role, Optional<String> subject, Optional<String> department) {
        this(name, role, subject, department, false, Optional.empty());
    }

    /** A principal, group-level or not (the mall is known where it is looked up). */
    public Principal(String name, Role role, Optional<String> subject, Optional<String> department,
            boolean groupLevel) {
        this(name, role, subject, department, groupLevel, Optional.empty());
    }

    public Principal {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a token needs a name");
        }
        if (role == null) {
            throw new IllegalArgumentException("a token needs a role");
        }
        subject = subject == null ? Optional.empty() : subject.filter(s -> !s.isBlank());
        department = department == null ? Optional.empty() : department.filter(s -> !s.isBlank());
        mall = mall == null ? Optional.empty() : mall.filter(s -> !s.isBlank());
        if (role == Role.STAFF && subject.isPresent()) {
            throw new IllegalArgumentException("a STAFF token is not bound to a merchant, buyer or channel");
        }
        if (role != Role.STAFF && subject.isEmpty()) {
            throw new IllegalArgumentException("a " + role + " token must name its " + subjectName(role));
        }
        if (role != Role.STAFF && department.isPresent()) {
            throw new IllegalArgumentException("only STAFF tokens have a department");
        }
        if (role != Role.STAFF && groupLevel) {
            throw new IllegalArgumentException("only STAFF tokens can be group-level");
        }
    }

    /** The same principal, group-level: it may read every mall of the group. */
    public Principal asGroupLevel() {
        return new Principal(name, role, subject, department, true, mall);
    }

    /** The same principal of the mall with that code (the mall of its token or account). */
    public Principal ofMall(String mallCode) {
        return new Principal(name, role, subject, department, groupLevel, Optional.of(mallCode));
    }

    /** What the subject of a role is called: merchant, buyer, channel. */
    public static String subjectName(Role role) {
        return switch (role) {
            case STAFF -> "nothing";
            case MERCHANT -> "merchant";
            case BUYER -> "buyer";
            case CHANNEL -> "channel";
        };
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }

    /**
     * Whether this principal may make a change of that kind. Only staff make the mall's changes; a staff
     * principal without a department (the ops' own token) may do everything, one with a department what
     * {@link Department} grants it, one whose department is unknown nothing.
     */
    public boolean may(Capability capability) {
        if (role != Role.STAFF) {
            return false;
        }
        return department.map(d -> Department.parse(d).map(dep -> dep.may(capability)).orElse(false))
                .orElse(true);
    }
}
