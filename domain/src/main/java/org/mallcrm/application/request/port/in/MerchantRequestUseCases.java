package org.mallcrm.application.request.port.in;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.request.Feedback;
import org.mallcrm.domain.request.OvertimeRequest;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.request.RequestNo;

/**
 * The merchant app's requests and their handling by staff: a merchant asks for overtime or a repair at a stall it
 * leases, or gives feedback; staff approve or reject, assign and resolve, answer. Every step lands in the trail.
 * Steps on a number that does not exist, or (with {@code owner}) that belongs to another merchant, are not found.
 */
public interface MerchantRequestUseCases {

    Outcome<OvertimeRequest> askOvertime(MerchantNo merchant, String stall, LocalDate date, LocalTime from,
            LocalTime to, String reason);

    Outcome<RepairRequest> reportRepair(MerchantNo merchant, String stall, String category, String description,
            String urgency);

    Outcome<Feedback> giveFeedback(MerchantNo merchant, String stall, String category, String text);

    Outcome<OvertimeRequest> approve(RequestNo no, String by, String note);

    Outcome<OvertimeRequest> reject(RequestNo no, String by, String reason);

    Outcome<RepairRequest> assign(RequestNo no, String by, String to);

    Outcome<RepairRequest> resolve(RequestNo no, String by, String resolution);

    Outcome<Feedback> answer(RequestNo no, String by, String answer);

    /** @param merchant one merchant's only, or null for all; @param status only this status, or null */
    List<OvertimeRequest> overtimes(MerchantNo merchant, String status);

    List<RepairRequest> repairs(MerchantNo merchant, String status);

    List<Feedback> feedbacks(MerchantNo merchant, String status);

    /** One request; with {@code owner}, empty unless it is that merchant's. */
    Optional<OvertimeRequest> overtime(RequestNo no, MerchantNo owner);

    Optional<RepairRequest> repair(RequestNo no, MerchantNo owner);

    Optional<Feedback> feedback(RequestNo no, MerchantNo owner);
}
