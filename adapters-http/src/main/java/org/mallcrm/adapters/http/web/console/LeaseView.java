package org.mallcrm.adapters.http.web.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.receipt.ScheduleView;
import org.mallcrm.domain.stall.StallNo;

/** A lease as a page shows it: its terms and its payment plan as of today. Used by the console and the apps. */
public record LeaseView(String leaseNo, String merchant, List<String> stalls, String kind, String start, String end,
        String area, String monthlyRent, String state, String total, List<Line> plan) {

    public LeaseView {
        stalls = List.copyOf(stalls);
        plan = List.copyOf(plan);
    }

    /** One installment of the plan. */
    public record Line(String seq, String period, String dueOn, String amount, String paid, String outstanding,
            String lateFee, String lateFeePaid, String status, String statusCode) {
    }

    public static LeaseView of(Viewer v, LeaseRecord r, String merchantName, ScheduleView schedule, LocalDate today) {
        Formats f = v.formats();
        LeaseTerms t = r.account().lease().terms();
        List<Line> lines = new ArrayList<>();
        for (InstallmentView i : schedule.installments()) {
            lines.add(new Line(String.valueOf(i.seq()), f.date(i.periodStart()) + " – " + f.date(i.periodEnd()),
                    f.date(i.dueOn()), f.money(i.amount()), f.money(i.paid()), f.money(i.outstanding()),
                    f.money(i.lateFee()), f.money(i.lateFeePaid()), v.t("installment." + i.status().name()), i.status().name()));
        }
        String state = r.ending() != null ? v.t("lease.state.terminated." + r.ending().kind().name(),
                f.date(r.terminatedOn()))
                : t.start().isAfter(today) ? v.t("lease.state.future")
                : t.end().isBefore(today) ? v.t("lease.state.ended") : v.t("lease.state.live");
        return new LeaseView(t.leaseNo().value(), t.merchantNo().value() + (merchantName.isEmpty() ? ""
                : " " + merchantName), t.stallNos().stream().map(StallNo::value).toList(),
                v.t("lease.kind." + t.kind().name()), f.date(t.start()), f.date(r.occupiedThrough()),
                f.area(t.leasableAreaM2()), f.money(t.monthlyRent()), state, f.money(schedule.total()), lines);
    }
}
