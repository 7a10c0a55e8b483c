package org.mallcrm.domain.merchant;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A visit an agent owes a merchant: the merchant's latest follow-up planned it for {@code nextVisitOn}, which
 * has come ({@code daysOverdue} 0 means due today).
 */
public record FollowUpDue(MerchantNo merchant, LocalDate nextVisitOn, long daysOverdue, FollowUp latest) {

    public FollowUpDue {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(nextVisitOn, "nextVisitOn");
        Objects.requireNonNull(latest, "latest");
        if (daysOverdue < 0) {
            throw new IllegalArgumentException("a due visit cannot be in the future");
        }
    }
}
