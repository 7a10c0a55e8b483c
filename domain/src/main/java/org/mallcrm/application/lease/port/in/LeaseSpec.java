package org.mallcrm.application.lease.port.in;

import java.util.List;

/**
 * A lease spec as the contract writes it (JSON, one per line in a {@code .jsonl} import), field for field, values
 * still raw text: {@code lease_no, merchant_no, stall_nos, kind, start, end, leasable_area_m2, rent_per_m2_month,
 * billing, advance_days, rent_free, escalation, proration, management_fee_per_m2_month, security_deposit, ratios},
 * and the optional extensions {@code rent_per_m2_day}, {@code signing_date}, {@code rent_start_date} and
 * {@code placement_no} (an approved placement that pre-fills merchant, stalls, area and price), and {@code relocated_from}
 * (the lease a RELOCATION replaces: required for that kind, refused for the others). Parsing and checking
 * is the use case's job; every bad field is reported.
 */
public record LeaseSpec(
        String leaseNo,
        String merchantNo,
        List<String> stallNos,
        String kind,
        String start,
        String end,
        String leasableAreaM2,
        String rentPerM2Month,
        String rentPerM2Day,
        String billing,
        Integer advanceDays,
        List<RentFree> rentFree,
        EscalationSpec escalation,
        String proration,
        String managementFeePerM2Month,
        String securityDeposit,
        List<String> ratios,
        String signingDate,
        String rentStartDate,
        String placementNo,
        String relocatedFrom) {

    /** A spec without {@code relocated_from}. */
    public LeaseSpec(String leaseNo, String merchantNo, List<String> stallNos, String kind, String start, String end,
            String leasableAreaM2, String rentPerM2Month, String rentPerM2Day, String billing, Integer advanceDays,
            List<RentFree> rentFree, EscalationSpec escalation, String proration, String managementFeePerM2Month,
            String securityDeposit, List<String> ratios, String signingDate, String rentStartDate,
            String placementNo) {
        this(leaseNo, merchantNo, stallNos, kind, start, end, leasableAreaM2, rentPerM2Month, rentPerM2Day, billing,
                advanceDays, rentFree, escalation, proration, managementFeePerM2Month, securityDeposit, ratios,
                signingDate, rentStartDate, placementNo, null);
    }

    /** {@code {"from": "2026-01-15", "to": "2026-03-14"}}, both days included. */
    public record RentFree(String from, String to) {
    }

    /**
     * {@code {"percent": "5", "every_months": 12, "anchor": "START", "compound": true}}; {@code step_per_m2} instead
     * of a percent for a fixed step. A missing anchor or compound takes the mall's default.
     */
    public record EscalationSpec(String percent, Integer everyMonths, String anchor, Boolean compound,
            String stepPerM2) {
    }
}
