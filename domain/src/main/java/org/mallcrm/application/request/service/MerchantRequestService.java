package org.mallcrm.application.request.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.application.request.port.out.LeasedStalls;
import org.mallcrm.application.request.port.out.MerchantRequests;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;
import org.mallcrm.domain.request.Feedback;
import org.mallcrm.domain.request.OvertimeRequest;
import org.mallcrm.domain.request.RepairRequest;
import org.mallcrm.domain.request.RequestNo;
import org.mallcrm.domain.request.RequestOutcome;
import org.mallcrm.domain.stall.StallNo;

/** Requests over the {@link MerchantRequests} store; the stalls a merchant leases come from leasing. */
public final class MerchantRequestService implements MerchantRequestUseCases {

    private final MerchantRequests requests;
    private final Merchants merchants;
    private final LeasedStalls leasedStalls;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public MerchantRequestService(MerchantRequests requests, Merchants merchants, LeasedStalls leasedStalls,
            UnitOfWork unitOfWork, Clock clock) {
        this.requests = requests;
        this.merchants = merchants;
        this.leasedStalls = leasedStalls;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Builds the domain object, turning a broken value into bad input naming the field. */
    private interface Maker<T> {
        RequestOutcome<T> make(Set<StallNo> leased, Instant at);
    }

    private <T> Outcome<T> create(MerchantNo merchant, Maker<T> maker, java.util.function.Consumer<T> save) {
        return unitOfWork.inTransaction(() -> {
            if (merchants.find(merchant).isEmpty()) {
                return Outcome.<T>notFound("merchant " + merchant);
            }
            Set<StallNo> leased = leasedStalls.leasedBy(merchant, clock.today());
            RequestOutcome<T> o;
            try {
                o = maker.make(leased, clock.now());
            } catch (IllegalArgumentException e) {
                return Outcome.<T>invalid(field(e.getMessage()), "", e.getMessage());
            }
            return switch (o) {
                case RequestOutcome.Done<T> d -> {
                    save.accept(d.request());
                    yield Outcome.done(d.request());
                }
                case RequestOutcome.Refused<T> r -> Outcome.<T>refused(code(r.reason()), r.detail());
            };
        }, o -> !o.isDone());
    }

    private static String field(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        for (String f : List.of("stall", "date", "from", "to", "reason", "category", "description", "urgency", "text",
                "note", "answer", "resolution", "assignee", "staff")) {
            if (m.startsWith(f) || m.contains(" " + f + " ") || m.startsWith("overtime " + f)
                    || m.startsWith("repair " + f) || m.startsWith("feedback " + f) || m.startsWith("rejection " + f)) {
                return f;
            }
        }
        return "body";
    }

    private static StallNo stall(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("stall is missing");
        }
        return StallNo.of(raw);
    }

    @Override
    public Outcome<OvertimeRequest> askOvertime(MerchantNo merchant, String stall, LocalDate date, LocalTime from,
            LocalTime to, String reason) {
        if (date == null || from == null || to == null) {
            return Outcome.invalid(date == null ? "date" : from == null ? "from" : "to", "", "is missing");
        }
        return create(merchant, (leased, at) -> OvertimeRequest.submit(requests.nextNumber("OT"), merchant, leased,
                stall(stall), date, from, to, reason, at), requests::save);
    }

    @Override
    public Outcome<RepairRequest> reportRepair(MerchantNo merchant, String stall, String category, String description,
            String urgency) {
        RepairRequest.Urgency u;
        try {
            u = urgency == null || urgency.isBlank() ? RepairRequest.Urgency.NORMAL
                    : RepairRequest.Urgency.valueOf(urgency.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Outcome.invalid("urgency", urgency, "must be one of " + Arrays.toString(RepairRequest.Urgency.values()));
        }
        return create(merchant, (leased, at) -> RepairRequest.open(requests.nextNumber("RP"), merchant, leased,
                stall(stall), category, description, u, at), requests::save);
    }

    @Override
    public Outcome<Feedback> giveFeedback(MerchantNo merchant, String stall, String category, String text) {
        return create(merchant, (leased, at) -> Feedback.give(requests.nextNumber("FB"), merchant, leased,
                stall == null || stall.isBlank() ? null : StallNo.of(stall), category, text, at), requests::save);
    }

    private <T> Outcome<T> step(String what, RequestNo no, Function<RequestNo, Optional<T>> find,
            Function<T, RequestOutcome<T>> step, java.util.function.Consumer<T> save) {
        return unitOfWork.inTransaction(() -> {
            Optional<T> found = find.apply(no);
            if (found.isEmpty()) {
                return Outcome.<T>notFound(what + " " + no);
            }
            RequestOutcome<T> o;
            try {
                o = step.apply(found.get());
            } catch (IllegalArgumentException e) {
                return Outcome.<T>invalid(field(e.getMessage()), "", e.getMessage());
            }
            return switch (o) {
                case RequestOutcome.Done<T> d -> {
                    save.accept(d.request());
                    yield Outcome.done(d.request());
                }
                case RequestOutcome.Refused<T> r -> Outcome.<T>refused(code(r.reason()), r.detail());
            };
        }, o -> !o.isDone());
    }

    private static StaffId staff(String by) {
        return StaffId.of(by == null || by.isBlank() ? "staff" : by);
    }

    @Override
    public Outcome<OvertimeRequest> approve(RequestNo no, String by, String note) {
        return step("overtime request", no, requests::overtime,
                r -> r.approve(staff(by), note, clock.now()), requests::save);
    }

    @Override
    public Outcome<OvertimeRequest> reject(RequestNo no, String by, String reason) {
        return step("overtime request", no, requests::overtime,
                r -> r.reject(staff(by), reason, clock.now()), requests::save);
    }

    @Override
    public Outcome<RepairRequest> assign(RequestNo no, String by, String to) {
        if (to == null || to.isBlank()) {
            return Outcome.invalid("to", "", "name the member of staff who will do the repair");
        }
        StaffId assignee;
        try {
            assignee = StaffId.of(to);
        } catch (IllegalArgumentException e) {
            // the field is the request's "to", not the "staff" the message of StaffId begins with
            return Outcome.invalid("to", to, e.getMessage().replaceFirst("^staff ", "the assignee "));
        }
        return step("repair request", no, requests::repair,
                r -> r.assign(staff(by), assignee, clock.now()), requests::save);
    }

    @Override
    public Outcome<RepairRequest> resolve(RequestNo no, String by, String resolution) {
        return step("repair request", no, requests::repair,
                r -> r.resolve(staff(by), resolution, clock.now()), requests::save);
    }

    @Override
    public Outcome<Feedback> answer(RequestNo no, String by, String answer) {
        return step("feedback", no, requests::feedback,
                r -> r.answer(staff(by), answer, clock.now()), requests::save);
    }

    private static <E extends Enum<E>> E status(String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    @Override
    public List<OvertimeRequest> overtimes(MerchantNo merchant, String status) {
        OvertimeRequest.Status s = status(status, OvertimeRequest.Status.class);
        return requests.overtimes(merchant).stream().filter(r -> s == null || r.status() == s).toList();
    }

    @Override
    public List<RepairRequest> repairs(MerchantNo merchant, String status) {
        RepairRequest.Status s = status(status, RepairRequest.Status.class);
        return requests.repairs(merchant).stream().filter(r -> s == null || r.status() == s).toList();
    }

    @Override
    public List<Feedback> feedbacks(MerchantNo merchant, String status) {
        Feedback.Status s = status(status, Feedback.Status.class);
        return requests.feedbacks(merchant).stream().filter(r -> s == null || r.status() == s).toList();
    }

    @Override
    public Optional<OvertimeRequest> overtime(RequestNo no, MerchantNo owner) {
        return requests.overtime(no).filter(r -> owner == null || r.merchant().equals(owner));
    }

    @Override
    public Optional<RepairRequest> repair(RequestNo no, MerchantNo owner) {
        return requests.repair(no).filter(r -> owner == null || r.merchant().equals(owner));
    }

    @Override
    public Optional<Feedback> feedback(RequestNo no, MerchantNo owner) {
        return requests.feedback(no).filter(r -> owner == null || r.merchant().equals(owner));
    }

    /** The refusal's stable code: {@code stall-not-leased}, {@code wrong-state}. */
    private static String code(RequestOutcome.Reason reason) {
        return reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
