package org.mallcrm.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;
import org.mallcrm.domain.stall.StallNo;

/**
 * A merchant's opinion or complaint (意见采集), answered by staff. OPEN → ANSWERED.
 *
 * @param category the subject (卫生, 安保, 招商, 物业 …), the mall's own list
 * @param stall    optional; when given, the merchant must lease it
 * @param answer   {@code null} until answered
 */
public record Feedback(RequestNo no, MerchantNo merchant, StallNo stall, String category, String text,
        Status status, String answer, List<TrailEntry> trail) {

    public enum Status {
        OPEN, ANSWERED
    }

    public Feedback {
        Objects.requireNonNull(no, "no");
        Objects.requireNonNull(merchant, "merchant");
        category = Texts.requireName(category, "feedback category", 40);
        text = Texts.require(text, "feedback text", 2000);
        Objects.requireNonNull(status, "status");
        answer = Texts.optional(answer, "answer", 2000);
        if ((status == Status.ANSWERED) != (answer != null)) {
            throw new IllegalArgumentException("feedback " + no + ": an answer exactly when answered");
        }
        trail = Trails.require(trail);
    }

    /**
     * The merchant gives feedback, about one of its stalls or in general ({@code stall} null); refused when it
     * names a stall not among {@code leasedStalls}.
     */
    public static RequestOutcome<Feedback> give(RequestNo no, MerchantNo merchant, Set<StallNo> leasedStalls,
            StallNo stall, String category, String text, Instant at) {
        if (stall != null) {
            RequestOutcome<Feedback> refused = Trails.unlessLeased(merchant, stall, leasedStalls);
            if (refused != null) {
                return refused;
            }
        }
        return new RequestOutcome.Done<>(new Feedback(no, merchant, stall, category, text, Status.OPEN, null,
                List.of(TrailEntry.of(Actor.merchant(merchant), "GIVEN", null, at))));
    }

    public Optional<StallNo> stallNo() {
        return Optional.ofNullable(stall);
    }

    /** Staff answer; answered feedback cannot be answered again. */
    public RequestOutcome<Feedback> answer(StaffId by, String reply, Instant at) {
        Objects.requireNonNull(by, "staff");
        Texts.require(reply, "answer", 2000);
        if (status != Status.OPEN) {
            return Trails.wrongState("feedback " + no, status, "answered again");
        }
        return new RequestOutcome.Done<>(new Feedback(no, merchant, stall, category, text, Status.ANSWERED, reply,
                Trails.append(trail, TrailEntry.of(Actor.staff(by), "ANSWERED", reply, at))));
    }
}
