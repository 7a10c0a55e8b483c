package org.mallcrm.domain.credit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.StallNo;

/**
 * One observed behaviour of a merchant (日常行为考核记录): its type as it was when recorded (points and severity
 * are kept with the record, so editing the catalogue later does not rewrite history), the day, optionally the
 * stall, a note, evidence, and its appeal state.
 *
 * @param stall     {@code null} when the behaviour is not tied to a stall
 * @param note      {@code null} when none
 * @param evidence  {@code null} when none
 * @param sourceKey {@code null} for a record made by staff; for an automatic record, the key of what caused it
 *                  (e.g. one overdue installment), which is then its identity for dedupe
 */
public record BehaviourRecord(BehaviourRecordId id, MerchantNo merchant, BehaviourType type, StallNo stall,
        LocalDate on, String note, String evidence, AppealState appeal, String sourceKey) {

    public BehaviourRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(on, "day");
        note = Texts.optional(note, "note", 2000);
        evidence = Texts.optional(evidence, "evidence", 500);
        Objects.requireNonNull(appeal, "appeal state");
        sourceKey = Texts.optional(sourceKey, "source key", 200);
    }

    public Optional<StallNo> stallNo() {
        return Optional.ofNullable(stall);
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }

    public Optional<String> evidenceText() {
        return Optional.ofNullable(evidence);
    }

    public Optional<String> source() {
        return Optional.ofNullable(sourceKey);
    }

    /** Whether its appeal state lets it count (NONE or UPHELD). */
    public boolean counts() {
        return appeal.counts();
    }

    /**
     * What makes two records the same behaviour, counted once: the merchant, type, stall and day — or, for an
     * automatic record, the merchant and its source key.
     */
    public DedupeKey dedupeKey() {
        return sourceKey != null
                ? new DedupeKey(merchant, null, null, null, sourceKey)
                : new DedupeKey(merchant, type.code(), stall, on, null);
    }

    BehaviourRecord withAppeal(AppealState state) {
        return new BehaviourRecord(id, merchant, type, stall, on, note, evidence, state, sourceKey);
    }

    /** See {@link BehaviourRecord#dedupeKey()}. */
    public record DedupeKey(MerchantNo merchant, String typeCode, StallNo stall, LocalDate on, String sourceKey) {
    }
}
