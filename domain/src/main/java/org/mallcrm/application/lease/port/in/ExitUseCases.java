package org.mallcrm.application.lease.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.ExitType;
import org.mallcrm.domain.exit.Initiator;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.money.Money;

/**
 * Exit requests (退铺申请单): request, approve, withdraw, settle. Settling draws up the statement (security
 * deposit and credit against arrears, late fees and damages), settles the deposit, ends the lease on the exit day
 * and frees its stalls.
 */
public interface ExitUseCases {

    Outcome<ExitRequest> request(Request command);

    Outcome<ExitRequest> approve(String exitNo);

    Outcome<ExitRequest> withdraw(String exitNo);

    Outcome<ExitRequest> settle(String exitNo, Money damages);

    Optional<ExitRequest> find(String exitNo);

    Page<ExitRequest> list(String cursor, int limit);

    /** The lease's exit requests, oldest first (the last is its latest). */
    List<ExitRequest> ofLease(LeaseNo lease);

    /** @param requestedOn null: today; @param exitNo null to number it {@code X-000001} … */
    record Request(LeaseNo leaseNo, ExitType type, Initiator initiator, LocalDate requestedOn, LocalDate exitOn,
            String reason, String exitNo) {
    }
}
