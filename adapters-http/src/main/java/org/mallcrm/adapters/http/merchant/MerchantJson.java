package org.mallcrm.adapters.http.merchant;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.LeadSource;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.StageHistoryEntry;
import org.mallcrm.domain.stall.BusinessType;

/**
 * A merchant as the API and the CLI show it: the import's columns, the current stage with its dwell days, and
 * {@code stage_history: [{stage, entered_on, left_on, dwell_days}]} (the current stage's dwell counted to today).
 */
public record MerchantJson(
        String merchantNo,
        String name,
        String contactName,
        String phone,
        String leadSource,
        String stage,
        String stageName,
        LocalDate stageEnteredOn,
        long dwellDays,
        String grade,
        String businessType,
        String province,
        List<StageJson> stageHistory) {

    public record StageJson(String stage, LocalDate enteredOn, LocalDate leftOn, long dwellDays) {
    }

    public static MerchantJson of(Merchant m, LocalDate today) {
        List<StageJson> history = m.stageHistory().stream().map(e -> stage(e, today)).toList();
        return new MerchantJson(m.no().value(), m.name(), m.primaryContact().map(Contact::name).orElse(null),
                m.primaryContact().flatMap(Contact::phoneNumber).orElse(null),
                m.leadSource().map(LeadSource::name).orElse(null), m.stage().name(), m.stage().chinese(),
                m.currentStage().enteredOn(), history.get(history.size() - 1).dwellDays(),
                m.grade().map(Enum::name).orElse(null), m.businessType().map(BusinessType::name).orElse(null),
                m.province().orElse(null), history);
    }

    private static StageJson stage(StageHistoryEntry e, LocalDate today) {
        LocalDate asOf = today.isBefore(e.enteredOn()) ? e.enteredOn() : today;
        return new StageJson(e.stage().name(), e.enteredOn(), e.leftOn(), e.dwellDays(asOf));
    }
}
