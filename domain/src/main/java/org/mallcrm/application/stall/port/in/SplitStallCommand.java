package org.mallcrm.application.stall.port.in;

import java.util.List;
import java.util.Objects;
import org.mallcrm.domain.geometry.Axis;
import org.mallcrm.domain.stall.SplitPart;
import org.mallcrm.domain.stall.StallNo;

/** Split one stall: by a straight cut, or into drawn parts. */
public record SplitStallCommand(StallNo stall, How how, Approval approval) {

    public SplitStallCommand {
        Objects.requireNonNull(stall, "stall");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(approval, "approval");
    }

    /** How the stall is divided. */
    public sealed interface How {
    }

    /** Along the line x = {@code atMm} or y = {@code atMm}, into two. */
    public record ByCut(Axis axis, long atMm) implements How {
        public ByCut {
            Objects.requireNonNull(axis, "axis");
        }
    }

    /** Into parts drawn by the operator, which must tile the stall exactly. */
    public record IntoParts(List<SplitPart> parts) implements How {
        public IntoParts {
            parts = List.copyOf(parts);
        }
    }
}
