package org.mallcrm.application.credit.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.credit.BehaviourCatalogue;
import org.mallcrm.domain.credit.BehaviourRecord;
import org.mallcrm.domain.credit.BehaviourRecordId;
import org.mallcrm.domain.credit.CreditEvent;
import org.mallcrm.domain.credit.CreditStanding;
import org.mallcrm.domain.credit.OverdueRule;
import org.mallcrm.domain.credit.ScorePoint;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * Merchant credit (信誉分): the mall's behaviour catalogue, recording behaviours, appeals, and a merchant's
 * standing with its records and audit trail. Each write is one transaction and leaves an auditable event.
 */
public interface CreditUseCases {

    /**
     * Replaces the catalogue; every bad entry is reported (field {@code [i].code} …), nothing written. An empty list
     * is refused the same way: a catalogue has at least one type.
     */
    Outcome<BehaviourCatalogue> setTypes(List<TypeSpec> types);

    BehaviourCatalogue types();

    /** Records a behaviour; a behaviour already recorded (same type, stall and day) is refused as a duplicate. */
    Outcome<Recorded> record(RecordCommand command);

    /** The merchant appeals a record: it stops counting until staff decide. */
    Outcome<Recorded> appeal(BehaviourRecordId id, MerchantNo asMerchant);

    /** Staff reject the appeal: the record counts again. */
    Outcome<Recorded> uphold(BehaviourRecordId id);

    /** Staff accept the appeal: the record is struck. */
    Outcome<Recorded> withdraw(BehaviourRecordId id);

    /** Standing as of a day (null: today), every record dated that day or before, and the audit trail up to it. */
    Outcome<CreditView> show(MerchantNo merchant, LocalDate asOf);

    /**
     * The merchant's score over time through a day (null: today), the days it moved (信誉分走势); empty before its
     * first record.
     */
    Outcome<List<ScorePoint>> scoreHistory(MerchantNo merchant, LocalDate asOf);

    /** The overdue rule in force. */
    OverdueRule overdueRule();

    /** Sets the overdue rule; refused when it names a behaviour type the catalogue lacks. */
    Outcome<OverdueRule> setOverdueRule(OverdueRule rule);

    /**
     * Turns installments overdue by more than the rule's days into behaviour records (once per installment, however
     * often it runs); nothing when the rule is off. Returns the records made now.
     */
    List<BehaviourRecord> recordOverdue(LocalDate asOf);

    LocalDate today();

    /** A catalogue entry as given: {@code {"code","name","points","severity","evidence_required"}}. */
    record TypeSpec(String code, String name, Integer points, String severity, Boolean evidenceRequired) {
    }

    /**
     * @param stall    optional stall number
     * @param on       the day of the behaviour (null: today)
     */
    record RecordCommand(String merchantNo, String typeCode, LocalDate on, String stall, String note, String evidence) {
    }

    /** What a write did: the record in its new state, the audit event, and the standing after. */
    record Recorded(BehaviourRecord record, CreditEvent event, CreditStanding standing) {
        public Recorded {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(standing, "standing");
        }
    }

    /** A merchant's credit as of a day: its standing, every record (counting or not) and the events. */
    record CreditView(CreditStanding standing, List<BehaviourRecord> records, List<CreditEvent> events) {
        public CreditView {
            records = List.copyOf(records);
            events = List.copyOf(events);
        }

        /** Whether a record counts in the standing's score. */
        public boolean counts(BehaviourRecord r) {
            return standing.counting().stream().anyMatch(c -> c.id().equals(r.id()));
        }
    }
}
