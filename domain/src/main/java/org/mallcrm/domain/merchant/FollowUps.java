package org.mallcrm.domain.merchant;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Queries over follow-ups (跟进记录). Pure functions; the caller loads the follow-ups. */
public final class FollowUps {

    private FollowUps() {
    }

    /**
     * The visits {@code agent} owes as of {@code asOf}: for each merchant, only its latest follow-up counts (a
     * later note replaces the plan of an earlier one; among notes of the same day the one given last wins);
     * it is due when it was written by {@code agent} and its next visit is on or before {@code asOf}.
     * Ordered by next visit date (most overdue first), then merchant number.
     */
    public static List<FollowUpDue> dueFor(StaffId agent, LocalDate asOf, List<FollowUp> followUps) {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(asOf, "asOf");
        Map<MerchantNo, FollowUp> latest = new LinkedHashMap<>();
        for (FollowUp f : followUps) {
            if (f.on().isAfter(asOf)) {
                continue;
            }
            latest.merge(f.merchant(), f, (old, neu) -> neu.on().isBefore(old.on()) ? old : neu);
        }
        return latest.values().stream()
                .filter(f -> f.agent().equals(agent))
                .filter(f -> f.nextVisitOn() != null && !f.nextVisitOn().isAfter(asOf))
                .map(f -> new FollowUpDue(f.merchant(), f.nextVisitOn(),
                        ChronoUnit.DAYS.between(f.nextVisitOn(), asOf), f))
                .sorted(Comparator.comparing(FollowUpDue::nextVisitOn).thenComparing(FollowUpDue::merchant))
                .toList();
    }
}
