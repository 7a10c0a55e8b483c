package org.mallcrm.adapters.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.lease.Billing;
import org.mallcrm.domain.lease.Escalation;
import org.mallcrm.domain.lease.EscalationAnchor;
import org.mallcrm.domain.lease.EscalationMethod;
import org.mallcrm.domain.lease.LeaseAmendment;
import org.mallcrm.domain.lease.LeaseKind;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.Percent;
import org.mallcrm.domain.lease.PriceChange;
import org.mallcrm.domain.lease.ProrationBasis;
import org.mallcrm.domain.lease.RentFreePeriod;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/**
 * Lease terms and amendments as stored text: one {@code key=value} line per field, lists inside a value separated
 * by {@code ,} (stall numbers by tabs), money and areas with two decimals. Exact both ways: what is written reads
 * back equal.
 */
final class LeaseTermsText {

    private LeaseTermsText() {
    }

    static String write(LeaseTerms t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("lease_no", t.leaseNo().value());
        m.put("merchant_no", t.merchantNo().value());
        m.put("stall_nos", String.join("\t", t.stallNos().stream().map(StallNo::value).toList()));
        m.put("kind", t.kind().name());
        m.put("start", t.start().toString());
        m.put("end", t.end().toString());
        m.put("leasable_area_m2", t.leasableAreaM2().toString());
        m.put("rent_per_m2_month", t.rentPerM2Month() == null ? "" : t.rentPerM2Month().toString());
        m.put("rent_per_m2_day", t.rentPerM2Day() == null ? "" : t.rentPerM2Day().toString());
        m.put("billing", t.billing().name());
        m.put("advance_days", Integer.toString(t.advanceDays()));
        m.put("rent_free", String.join(",", t.rentFree().stream()
                .map(f -> f.from() + ".." + f.to() + (f.freeExtension() ? "!" : "")).toList()));
        Escalation e = t.escalation();
        m.put("escalation", e == null ? "" : e.method() + "|" + e.percent() + "|" + e.stepPerM2() + "|"
                + e.everyMonths() + "|" + e.anchor());
        m.put("proration", t.proration().name());
        m.put("management_fee_per_m2_month", t.managementFeePerM2Month().toString());
        m.put("security_deposit", t.securityDeposit().toString());
        m.put("ratios", String.join(",", t.ratios().stream().map(Percent::toString).toList()));
        m.put("signing_date", t.signingDate() == null ? "" : t.signingDate().toString());
        m.put("rent_start_date", t.rentStartDate() == null ? "" : t.rentStartDate().toString());
        m.put("price_changes", String.join(",", t.priceChanges().stream()
                .map(p -> p.effectiveFrom() + ":" + p.rentPerM2()).toList()));
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return sb.toString();
    }

    static LeaseTerms read(String text) {
        Map<String, String> m = parse(text);
        List<RentFreePeriod> free = new ArrayList<>();
        for (String f : split(m.get("rent_free"), ",")) {
            boolean ext = f.endsWith("!");
            String[] ft = (ext ? f.substring(0, f.length() - 1) : f).split("\\.\\.");
            free.add(new RentFreePeriod(LocalDate.parse(ft[0]), LocalDate.parse(ft[1]), ext));
        }
        Escalation escalation = null;
        if (!m.get("escalation").isEmpty()) {
            String[] e = m.get("escalation").split("\\|");
            escalation = new Escalation(EscalationMethod.valueOf(e[0]), Percent.parse(e[1]), Money.parse(e[2]),
                    Integer.parseInt(e[3]), EscalationAnchor.valueOf(e[4]));
        }
        List<PriceChange> changes = new ArrayList<>();
        for (String p : split(m.get("price_changes"), ",")) {
            String[] dp = p.split(":");
            changes.add(new PriceChange(LocalDate.parse(dp[0]), Money.parse(dp[1])));
        }
        return new LeaseTerms(LeaseNo.of(m.get("lease_no")), MerchantNo.of(m.get("merchant_no")),
                split(m.get("stall_nos"), "\t").stream().map(StallNo::of).toList(), LeaseKind.valueOf(m.get("kind")),
                LocalDate.parse(m.get("start")), LocalDate.parse(m.get("end")), Area.parse(m.get("leasable_area_m2")),
                money(m.get("rent_per_m2_month")), money(m.get("rent_per_m2_day")), Billing.valueOf(m.get("billing")),
                Integer.parseInt(m.get("advance_days")), free, escalation, ProrationBasis.valueOf(m.get("proration")),
                Money.parse(m.get("management_fee_per_m2_month")), Money.parse(m.get("security_deposit")),
                split(m.get("ratios"), ",").stream().map(Percent::parse).toList(), date(m.get("signing_date")),
                date(m.get("rent_start_date")), changes);
    }

    static String write(LeaseAmendment a) {
        StringBuilder sb = new StringBuilder();
        sb.append("amendment_no=").append(escape(a.amendmentNo())).append('\n');
        sb.append("effective_on=").append(a.effectiveOn()).append('\n');
        sb.append("note=").append(escape(a.note())).append('\n');
        for (LeaseAmendment.Change c : a.changes()) {
            sb.append("change=").append(switch (c) {
                case LeaseAmendment.FreeExtension x -> "FREE_EXTENSION|" + x.months();
                case LeaseAmendment.RentFreeMonths f -> "RENT_FREE_MONTHS|" + f.from() + "|" + f.months();
                case LeaseAmendment.ChangePrice p -> "PRICE_CHANGE|" + p.from() + "|" + p.rentPerM2();
            }).append('\n');
        }
        return sb.toString();
    }

    static LeaseAmendment readAmendment(String text) {
        String no = "";
        String note = "";
        LocalDate effective = null;
        List<LeaseAmendment.Change> changes = new ArrayList<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = line.substring(0, eq);
            String v = line.substring(eq + 1);
            switch (k) {
                case "amendment_no" -> no = unescape(v);
                case "note" -> note = unescape(v);
                case "effective_on" -> effective = LocalDate.parse(v);
                case "change" -> {
                    String[] p = v.split("\\|");
                    changes.add(switch (p[0]) {
                        case "FREE_EXTENSION" -> new LeaseAmendment.FreeExtension(Integer.parseInt(p[1]));
                        case "RENT_FREE_MONTHS" -> new LeaseAmendment.RentFreeMonths(LocalDate.parse(p[1]),
                                Integer.parseInt(p[2]));
                        case "PRICE_CHANGE" -> new LeaseAmendment.ChangePrice(LocalDate.parse(p[1]), Money.parse(p[2]));
                        default -> throw new IllegalStateException("unknown stored change " + p[0]);
                    });
                }
                default -> throw new IllegalStateException("unknown stored amendment field " + k);
            }
        }
        return new LeaseAmendment(no, effective, changes, note);
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return m;
    }

    private static List<String> split(String v, String sep) {
        return v == null || v.isEmpty() ? List.of() : List.of(v.split(java.util.regex.Pattern.quote(sep)));
    }

    private static Money money(String v) {
        return v == null || v.isEmpty() ? null : Money.parse(v);
    }

    private static LocalDate date(String v) {
        return v == null || v.isEmpty() ? null : LocalDate.parse(v);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
