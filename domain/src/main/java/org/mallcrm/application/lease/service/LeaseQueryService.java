package org.mallcrm.application.lease.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.service.Remembered;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.domain.lease.Installment;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeasingPolicy;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.receipt.Reminder;
import org.mallcrm.domain.receipt.ScheduleView;

/**
 * Answers lease queries from the repository. A terminated lease's installments due after its exit day are left
 * out of reminders and bills (the exit settlement deals with the lease's money).
 */
public final class LeaseQueryService implements LeaseQueries {

    private final Leases leases;
    private final CurrentSettings settings;
    private final Clock clock;

    /**
     * The standings of the whole mall as of a day under the mall's settings, kept while no lease and no setting
     * changes (see {@link ChangeCounters}).
     */
    private final Remembered<List<Standing>> standings;

    public LeaseQueryService(Leases leases, CurrentSettings settings, Clock clock) {
        this(leases, settings, clock, ChangeCounters.NONE);
    }

    public LeaseQueryService(Leases leases, CurrentSettings settings, Clock clock, ChangeCounters counters) {
        this.leases = leases;
        this.settings = settings;
        this.clock = clock;
        this.standings = new Remembered<>(counters, ChangeCounters.Kind.LEASES);
    }

    @Override
    public Optional<LeaseRecord> find(LeaseNo no) {
        return leases.find(no);
    }

    @Override
    public Optional<LeaseRecord> occupying(org.mallcrm.domain.stall.StallNo stall, LocalDate on) {
        LocalDate day = on == null ? clock.today() : on;
        return leases.occupying(stall, day, day).stream().findFirst().flatMap(leases::find);
    }

    @Override
    public Page<LeaseRecord> list(MerchantNo merchant, String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        LeaseNo after = cursor == null || cursor.isBlank() ? null : LeaseNo.of(cursor);
        List<LeaseRecord> rows = leases.list(merchant, after, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<LeaseRecord> page = rows.subList(0, limit);
        return new Page<>(page, page.get(limit - 1).account().lease().leaseNo().value());
    }

    @Override
    public Optional<ScheduleView> schedule(LeaseNo no, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        LeasingPolicy policy = settings.current().leasingPolicy();
        return leases.find(no).map(r -> r.account().schedule(day, policy.schedule(), policy.receipts()));
    }

    @Override
    public List<Reminder> reminders(LocalDate asOf, Integer withinDays) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        LeasingPolicy policy = settings.current().leasingPolicy();
        int within = withinDays == null ? policy.schedule().reminderDays() : withinDays;
        if (within < 0) {
            throw new IllegalArgumentException("--within cannot be negative");
        }
        // from the standings of the day, which are read once and kept until a lease changes
        List<Reminder> result = new ArrayList<>();
        for (Standing s : standings(day)) {
            var lease = s.lease().account().lease();
            for (InstallmentView v : s.installments()) {
                Reminder.of(lease.leaseNo(), lease.merchantNo(), v, day, within).ifPresent(result::add);
            }
        }
        result.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::leaseNo)
                .thenComparingInt(Reminder::seq));
        return result;
    }

    @Override
    public List<Bill> bills(MerchantNo merchant, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        LeasingPolicy policy = settings.current().leasingPolicy();
        List<Bill> result = new ArrayList<>();
        forEachLease(merchant, r -> {
            for (Installment i : r.account().lease().plan().installments()) {
                result.add(new Bill(r.account().lease().leaseNo(),
                        r.account().view(i, day, policy.schedule(), policy.receipts())));
            }
        });
        return result;
    }

    @Override
    public List<Standing> standings(LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        LeasingPolicy policy = settings.current().leasingPolicy();
        return standings.get(day, policy, () -> readStandings(day, policy));
    }

    private List<Standing> readStandings(LocalDate day, LeasingPolicy policy) {
        List<Standing> result = new ArrayList<>();
        forEachLease(null, r -> {
            List<org.mallcrm.domain.receipt.InstallmentView> views = new ArrayList<>();
            for (Installment i : r.account().lease().plan().installments()) {
                views.add(r.account().view(i, day, policy.schedule(), policy.receipts()));
            }
            result.add(new Standing(r, views));
        });
        return List.copyOf(result);
    }


    private void forEachLease(MerchantNo merchant, java.util.function.Consumer<LeaseRecord> action) {
        LeaseNo after = null;
        while (true) {
            List<LeaseRecord> page = leases.list(merchant, after, 500);
            page.forEach(action);
            if (page.size() < 500) {
                return;
            }
            after = page.get(page.size() - 1).account().lease().leaseNo();
        }
    }

    @Override
    public LocalDate today() {
        return clock.today();
    }
}
