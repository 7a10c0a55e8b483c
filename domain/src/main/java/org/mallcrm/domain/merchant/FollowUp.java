package org.mallcrm.domain.merchant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.common.Texts;

/**
 * A contact note (跟进记录, the agent's 备忘录): what was said on a day, by which agent, and when to visit next.
 *
 * @param nextVisitOn {@code null} when no next visit is planned; never before {@code on}
 */
public record FollowUp(MerchantNo merchant, String note, LocalDate on, LocalDate nextVisitOn, StaffId agent) {

    public FollowUp {
        Objects.requireNonNull(merchant, "merchant");
        note = Texts.require(note, "follow-up note", 2000);
        Objects.requireNonNull(on, "follow-up date");
        Objects.requireNonNull(agent, "agent");
        if (nextVisitOn != null && nextVisitOn.isBefore(on)) {
            throw new IllegalArgumentException("next visit " + nextVisitOn + " is before the follow-up on " + on);
        }
    }

    public Optional<LocalDate> nextVisit() {
        return Optional.ofNullable(nextVisitOn);
    }
}
