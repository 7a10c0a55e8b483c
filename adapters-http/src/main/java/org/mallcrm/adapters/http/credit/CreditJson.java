package org.mallcrm.adapters.http.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.domain.credit.BehaviourRecord;
import org.mallcrm.domain.credit.BehaviourType;
import org.mallcrm.domain.credit.Blacklisting;
import org.mallcrm.domain.credit.CreditEvent;
import org.mallcrm.domain.credit.CreditStanding;

/**
 * A merchant's credit as {@code credit show} and {@code GET /merchants/{no}/credit} give it: the contract's
 * {@code merchant_no, score, grade, blacklisted_until, records}, and {@code as_of}, {@code blacklist_cause},
 * {@code whitelisted} and the audit {@code events}.
 */
public record CreditJson(String merchantNo, LocalDate asOf, int score, String grade, LocalDate blacklistedUntil,
        String blacklistCause, boolean whitelisted, List<RecordJson> records, List<EventJson> events) {

    /** A behaviour record; {@code counts} says whether it is in the score as of the day shown. */
    public record RecordJson(String recordId, String merchantNo, String type, String typeName, int points,
            String severity, LocalDate on, String stallNo, String note, String evidence, String appeal,
            String source, Boolean counts) {

        public static RecordJson of(BehaviourRecord r, Boolean counts) {
            return new RecordJson(r.id().value(), r.merchant().value(), r.type().code(), r.type().name(),
                    r.type().points(), r.type().severity().name(), r.on(), r.stallNo().map(Object::toString).orElse(null),
                    r.note(), r.evidence(), r.appeal().name(), r.sourceKey(), counts);
        }
    }

    /** An auditable change of score, grade or blacklisting. */
    public record EventJson(String cause, String recordId, LocalDate effectiveOn, Instant at, int scoreBefore,
            String gradeBefore, int scoreAfter, String gradeAfter, LocalDate blacklistedUntilBefore,
            LocalDate blacklistedUntilAfter) {

        public static EventJson of(CreditEvent e) {
            return new EventJson(e.cause().name(), e.recordId().map(Object::toString).orElse(null), e.effectiveOn(),
                    e.at(), e.scoreBefore(), e.gradeBefore().name(), e.scoreAfter(), e.gradeAfter().name(),
                    e.blacklistedUntilBefore(), e.blacklistedUntilAfter());
        }
    }

    /** A catalogue entry, {@code credit types}' JSON: {@code {code, name, points, severity, evidence_required}}. */
    public record TypeJson(String code, String name, int points, String severity, boolean evidenceRequired) {
        public static TypeJson of(BehaviourType t) {
            return new TypeJson(t.code(), t.name(), t.points(), t.severity().name(), t.evidenceRequired());
        }
    }

    /** What a record or appeal step did: the record, the standing after it, and its event. */
    public record RecordedJson(RecordJson record, int score, String grade, LocalDate blacklistedUntil, EventJson event) {
        public static RecordedJson of(CreditUseCases.Recorded r) {
            boolean counts = r.standing().counting().stream().anyMatch(c -> c.id().equals(r.record().id()));
            return new RecordedJson(RecordJson.of(r.record(), counts), r.standing().score(),
                    r.standing().grade().name(), r.standing().blacklistedUntil().orElse(null), EventJson.of(r.event()));
        }
    }

    public static CreditJson of(CreditUseCases.CreditView v) {
        CreditStanding s = v.standing();
        return new CreditJson(s.merchant().value(), s.asOf(), s.score(), s.grade().name(),
                s.blacklistedUntil().orElse(null), s.blacklist().map(Blacklisting::cause).map(Enum::name).orElse(null),
                s.whitelisted(), v.records().stream().map(r -> RecordJson.of(r, v.counts(r))).toList(),
                v.events().stream().map(EventJson::of).toList());
    }
}
