package org.mallcrm.application.stall.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/**
 * Merge neighbouring stalls into one numbered {@code as}; a {@code baseRent} given here overrides the mall's
 * merge price rule.
 */
public record MergeStallsCommand(List<StallNo> stalls, StallNo as, Optional<Money> baseRent, Approval approval) {

    public MergeStallsCommand {
        stalls = List.copyOf(stalls);
        Objects.requireNonNull(as, "as");
        Objects.requireNonNull(baseRent, "baseRent");
        Objects.requireNonNull(approval, "approval");
    }
}
