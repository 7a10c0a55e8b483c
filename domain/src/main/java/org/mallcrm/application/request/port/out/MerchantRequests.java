package org.mallcrm.application.request.port.out;

import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.request.Feedback;
import org.mallcrm.domain.request.OvertimeRequest;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.request.RequestNo;

/**
 * Merchants' requests as stored: overtime (加班申请), repairs (维修申请) and feedback (意见), each with its
 * trail. Numbers are unique across the three kinds. Writes happen inside a unit of work.
 */
public interface MerchantRequests {

    /** The next free number for a kind, e.g. {@code OT-000001}, {@code RP-000001}, {@code FB-000001}. */
    RequestNo nextNumber(String prefix);

    /** Stores a new request or its new state (by number). */
    void save(OvertimeRequest request);

    void save(RepairRequest request);

    void save(Feedback feedback);

    Optional<OvertimeRequest> overtime(RequestNo no);

    Optional<RepairRequest> repair(RequestNo no);

    Optional<Feedback> feedback(RequestNo no);

    /** By number; one merchant's only when {@code merchant} is given. */
    List<OvertimeRequest> overtimes(MerchantNo merchant);

    List<RepairRequest> repairs(MerchantNo merchant);

    List<Feedback> feedbacks(MerchantNo merchant);
}
