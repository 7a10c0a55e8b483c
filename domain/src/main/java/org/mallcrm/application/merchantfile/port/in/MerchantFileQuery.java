package org.mallcrm.application.merchantfile.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.merchant.FollowUp;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.request.Feedback;
import org.mallcrm.domain.request.OperationsLogEntry;
import org.mallcrm.domain.request.OvertimeRequest;
import org.mallcrm.domain.request.RepairRequest;

/**
 * The 360° merchant file (360°商户档案): everything about one merchant in one read — its register entry (contacts,
 * stage and history), follow-ups, placements, leases, outstanding bills, earnest money, credit, requests and the
 * operations log.
 */
public interface MerchantFileQuery {

    /** The file as of a day (null: today); empty when there is no such merchant. */
    Optional<MerchantFile> file(MerchantNo merchant, LocalDate asOf);

    record MerchantFile(Merchant merchant, LocalDate asOf, List<FollowUp> followUps, List<Placement> placements,
            List<LeaseRecord> leases, List<LeaseQueries.Bill> outstandingBills, List<EarnestMoney> earnestMoney,
            CreditUseCases.CreditView credit, List<OvertimeRequest> overtimeRequests,
            List<RepairRequest> repairRequests, List<Feedback> feedback, List<OperationsLogEntry> operationsLog) {
    }
}
