package org.mallcrm.application.stall.port.in;

import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.stall.StallNo;

/** Give a stall a new number, a newly surveyed leasable area, or both. */
public record ChangeStallCommand(StallNo stall, Optional<StallNo> newNo, Optional<Area> newLeasableArea,
        Approval approval) {

    public ChangeStallCommand {
        Objects.requireNonNull(stall, "stall");
        Objects.requireNonNull(newNo, "newNo");
        Objects.requireNonNull(newLeasableArea, "newLeasableArea");
        Objects.requireNonNull(approval, "approval");
    }
}
