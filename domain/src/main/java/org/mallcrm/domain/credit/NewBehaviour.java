package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Objects;
import org.mallcrm.domain.stall.StallNo;

/**
 * A behaviour to record (the input of {@code credit record}): type, day, optional stall, note, evidence.
 *
 * @param id        given by the application
 * @param stall     {@code null} when not tied to a stall
 * @param sourceKey {@code null} for staff records; set for automatic ones (see {@link OverdueRule})
 */
public record NewBehaviour(BehaviourRecordId id, BehaviourType type, StallNo stall, LocalDate on, String note,
        String evidence, String sourceKey) {

    public NewBehaviour {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(on, "day");
    }

    /** A staff record without stall, note or evidence. */
    public static NewBehaviour of(BehaviourRecordId id, BehaviourType type, LocalDate on) {
        return new NewBehaviour(id, type, null, on, null, null, null);
    }

    public NewBehaviour atStall(StallNo stallNo) {
        return new NewBehaviour(id, type, stallNo, on, note, evidence, sourceKey);
    }

    public NewBehaviour withNote(String text) {
        return new NewBehaviour(id, type, stall, on, text, evidence, sourceKey);
    }

    public NewBehaviour withEvidence(String text) {
        return new NewBehaviour(id, type, stall, on, note, text, sourceKey);
    }
}
