package org.mallcrm.application.lease.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.receipt.Reminder;
import org.mallcrm.domain.receipt.ScheduleView;

/** Reading leases, schedules, reminders and a merchant's bills. A null as-of date means today. */
public interface LeaseQueries {

    int MAX_PAGE = 1000;

    Optional<LeaseRecord> find(LeaseNo no);

    /** The lease holding the stall on a day (null: today), if any. */
    Optional<LeaseRecord> occupying(org.mallcrm.domain.stall.StallNo stall, LocalDate on);

    /** @param merchant only this merchant's leases, or null for all */
    Page<LeaseRecord> list(MerchantNo merchant, String cursor, int limit);

    Optional<ScheduleView> schedule(LeaseNo no, LocalDate asOf);

    /** Installments with principal outstanding, overdue or due within {@code withinDays} (null: the mall's default). */
    List<Reminder> reminders(LocalDate asOf, Integer withinDays);

    /** A merchant's bills (账单): every installment of its leases as of a day, with outstanding and late fee. */
    List<Bill> bills(MerchantNo merchant, LocalDate asOf);

    /**
     * Every lease with its installments as of a day (the ones {@link #bills} counts: none due after an exit), in one
     * pass over the store; for reports over the whole mall.
     */
    List<Standing> standings(LocalDate asOf);

    LocalDate today();

    record Bill(LeaseNo leaseNo, InstallmentView installment) {
    }

    /** A lease and its installments as of a day. */
    record Standing(LeaseRecord lease, List<InstallmentView> installments) {
        public Standing {
            installments = List.copyOf(installments);
        }
    }
}
