package org.mallcrm.application.merchant.port.in;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.merchant.AdvanceOutcome;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.FollowUp;
import org.mallcrm.domain.merchant.FollowUpDue;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.PipelineReports;
import org.mallcrm.domain.merchant.StaffId;
import org.mallcrm.domain.request.OperationsLogEntry;

/**
 * The merchant pipeline (招商): moving a merchant between stages (一键转变), follow-up notes and the visits each
 * agent owes, contacts, the operations log, and the pipeline's reports. A null date means today.
 */
public interface MerchantPipelineUseCases {

    /** Moves the merchant; a move the pipeline does not allow is refused with the reason. */
    Outcome<AdvanceOutcome.Advanced> advance(MerchantNo merchant, String toStage, LocalDate on);

    /** Writes a follow-up note by {@code agent} on {@code on}, planning the next visit. */
    Outcome<FollowUp> followUp(MerchantNo merchant, String note, LocalDate on, LocalDate nextVisit, String agent);

    List<FollowUp> followUps(MerchantNo merchant);

    /** Visits due as of a day, for one agent or (null) for every agent, most overdue first. */
    List<FollowUpDue> due(String agent, LocalDate asOf);

    /** Adds a contact person to the merchant (after those it has). */
    Outcome<Merchant> addContact(MerchantNo merchant, Contact contact);

    /** Writes an operations-log note by staff {@code by}. */
    Outcome<OperationsLogEntry> log(MerchantNo merchant, String by, String note);

    List<OperationsLogEntry> logOf(MerchantNo merchant);

    List<PipelineReports.FunnelRow> funnel();

    /** The funnel as the pipeline stood at the end of {@code asOf} (today when null). */
    List<PipelineReports.FunnelRow> funnel(LocalDate asOf);

    List<PipelineReports.LeadSourceConversion> conversion();

    /** Conversion by lead source as the pipeline stood at the end of {@code asOf} (today when null). */
    List<PipelineReports.LeadSourceConversion> conversion(LocalDate asOf);

    List<PipelineReports.CurrentDwell> dwell(LocalDate asOf);

    /** Today in the mall. */
    LocalDate today();

    /** The staff name a write is attributed to when none is given. */
    static StaffId staffOrDefault(String name) {
        return StaffId.of(name == null || name.isBlank() ? "staff" : name);
    }
}
