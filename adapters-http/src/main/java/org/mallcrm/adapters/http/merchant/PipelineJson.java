package org.mallcrm.adapters.http.merchant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.FollowUp;
import org.mallcrm.domain.merchant.FollowUpDue;
import org.mallcrm.domain.merchant.LeadSource;
import org.mallcrm.domain.merchant.PipelineReports;
import org.mallcrm.domain.request.OperationsLogEntry;

/** The JSON of the pipeline: follow-ups, visits due, contacts, log entries and the reports' rows. */
public final class PipelineJson {

    private PipelineJson() {
    }

    public record FollowUpJson(String merchantNo, LocalDate on, String note, LocalDate nextVisitOn, String agent) {
        public static FollowUpJson of(FollowUp f) {
            return new FollowUpJson(f.merchant().value(), f.on(), f.note(), f.nextVisitOn(), f.agent().value());
        }
    }

    /** A visit an agent owes: {@code days_overdue} 0 means due today. */
    public record DueJson(String merchantNo, LocalDate nextVisitOn, long daysOverdue, String agent, LocalDate lastOn,
            String lastNote) {
        public static DueJson of(FollowUpDue d) {
            return new DueJson(d.merchant().value(), d.nextVisitOn(), d.daysOverdue(), d.latest().agent().value(),
                    d.latest().on(), d.latest().note());
        }
    }

    public record ContactJson(String name, String phone, String role) {
        public static ContactJson of(Contact c) {
            return new ContactJson(c.name(), c.phone(), c.role());
        }
    }

    public record LogJson(String merchantNo, String staff, String note, Instant at) {
        public static LogJson of(OperationsLogEntry e) {
            return new LogJson(e.merchant().value(), e.staff().value(), e.note(), e.at());
        }
    }

    public record FunnelJson(String stage, String stageName, long current, long reached) {
        public static FunnelJson of(PipelineReports.FunnelRow r) {
            return new FunnelJson(r.stage().name(), r.stage().chinese(), r.current(), r.reached());
        }
    }

    /** {@code conversion_pct} and {@code median_days_to_sign} are decimal strings with one place ("33.3"). */
    public record ConversionJson(String leadSource, long merchants, long signed, String conversionPct, long measured,
            String medianDaysToSign) {
        public static ConversionJson of(PipelineReports.LeadSourceConversion r) {
            return new ConversionJson(r.leadSource().map(LeadSource::name).orElse(null), r.merchants(), r.signed(),
                    r.conversionPercent().toPlainString(), r.measured(),
                    r.medianDaysToSign().map(BigDecimal::toPlainString).orElse(null));
        }
    }

    public record DwellJson(String merchantNo, String name, String stage, LocalDate enteredOn, long dwellDays) {
        public static DwellJson of(PipelineReports.CurrentDwell d) {
            return new DwellJson(d.merchant().value(), d.name(), d.stage().name(), d.enteredOn(), d.dwellDays());
        }
    }
}
