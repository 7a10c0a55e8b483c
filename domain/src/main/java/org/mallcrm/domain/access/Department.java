package org.mallcrm.domain.access;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A staff department (部门). What a department's staff may change is {@link #capabilities()}: the one table of
 * who may do what, read by the API's route filter and by the console alike. Every staff member may read the
 * mall's records; writes need a capability.
 */
public enum Department {
    /** 招商部: the merchant pipeline, placements, leases, holds, reshaping stalls. */
    LEASING("招商部", EnumSet.of(Capability.PIPELINE, Capability.PLACEMENTS, Capability.LEASES,
            Capability.DEPOSITS, Capability.STALL_RESHAPE, Capability.IMPORTS)),
    /** 财务部: receipts, deposits refunded or forfeited, exit settlements, statements and subsidies closed. */
    FINANCE("财务部", EnumSet.of(Capability.RECEIPTS, Capability.DEPOSITS, Capability.EXITS,
            Capability.STATEMENTS, Capability.IMPORTS)),
    /** 商服部: merchants' requests, behaviour records (credit), the operations log, exits. */
    TENANT_SERVICE("商服部", EnumSet.of(Capability.REQUESTS, Capability.CREDIT, Capability.EXITS)),
    /** 客服部: buyers and merchants' feedback. */
    CUSTOMER_SERVICE("客服部", EnumSet.of(Capability.REQUESTS, Capability.BUYERS)),
    /** 策划部: campaigns, coupons, buyers, channels and their commission rules. */
    MARKETING("策划部", EnumSet.of(Capability.CAMPAIGNS, Capability.BUYERS, Capability.CHANNELS,
            Capability.IMPORTS)),
    /** 档案部: stall records and their documents, imports. */
    ARCHIVES("档案部", EnumSet.of(Capability.STALL_RESHAPE, Capability.IMPORTS)),
    /** 管理员: everything, including settings, accounts and the logs. */
    ADMIN("管理员", EnumSet.allOf(Capability.class));

    private final String label;
    private final Set<Capability> capabilities;

    Department(String label, Set<Capability> capabilities) {
        this.label = label;
        this.capabilities = Collections.unmodifiableSet(capabilities);
    }

    /** The name the mall's staff use: 招商部, 财务部 … */
    public String label() {
        return label;
    }

    public Set<Capability> capabilities() {
        return capabilities;
    }

    public boolean may(Capability capability) {
        return capabilities.contains(capability);
    }

    /** Every department as staff and scripts may name it, for a refusal: {@code 招商部 (LEASING), 财务部 (FINANCE), …}. */
    public static String choices() {
        StringBuilder b = new StringBuilder();
        for (Department d : values()) {
            b.append(b.isEmpty() ? "" : ", ").append(d.label).append(" (").append(d.name()).append(')');
        }
        return b.toString();
    }

    /** A department by its code ({@code FINANCE}, any case) or its Chinese name ({@code 财务部}). */
    public static Optional<Department> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values())
                .filter(d -> d.name().equals(t.toUpperCase(Locale.ROOT)) || d.label.equals(t))
                .findFirst();
    }
}
