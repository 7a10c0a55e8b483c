package org.mallcrm.adapters.http.stall;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.ApiException.FieldError;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.stall.port.in.Approval;
import org.mallcrm.application.stall.port.in.ChangeStallCommand;
import org.mallcrm.application.stall.port.in.ChangeStallUseCase;
import org.mallcrm.application.stall.port.in.MergeStallsCommand;
import org.mallcrm.application.stall.port.in.MergeStallsUseCase;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.application.stall.port.in.SplitStallCommand;
import org.mallcrm.application.stall.port.in.SplitStallUseCase;
import org.mallcrm.application.stall.port.in.StallHistoryQuery;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.ReshapeRefusal;
import org.mallcrm.domain.stall.StallNo;

/**
 * Reshaping stalls (staff only): {@code POST /stalls/{no}/split}, {@code POST /stalls/merge},
 * {@code POST /stalls/{no}/change}, and {@code GET /stalls/{no}/history}. A filed document answers 201 with the
 * document and the stalls it wrote; a rule's refusal 409 with the reason; a malformed body 400 with its fields.
 */
public final class StallReshapeRoutes implements HttpService {

    /** The use cases these routes call. */
    public record UseCases(SplitStallUseCase split, MergeStallsUseCase merge, ChangeStallUseCase change,
            StallHistoryQuery history) {
    }

    /** {@code {"cut": "x=2600"}} or {@code {"parts": [...]}}, with the optional trail. */
    public record SplitBody(String cut, List<ReshapeInput.PartJson> parts, String requestedBy, String approvedBy,
            LocalDate effectiveOn) {
    }

    /** {@code {"stall_nos": [...], "as": "NEW"}}, an optional manual base rent, and the optional trail. */
    public record MergeBody(List<String> stallNos, String as, String baseRent, String requestedBy,
            String approvedBy, LocalDate effectiveOn) {
    }

    /** {@code {"new_stall_no": "…"}} and/or {@code {"leasable_area_m2": "…"}}, and the optional trail. */
    public record ChangeBody(String newStallNo, String leasableAreaM2, String requestedBy, String approvedBy,
            LocalDate effectiveOn) {
    }

    private final UseCases useCases;

    public StallReshapeRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/merge", this::merge)
                .post("/{no}/split", this::split)
                .post("/{no}/change", this::change)
                .get("/{no}/history", this::history);
    }

    private void split(ServerRequest req, ServerResponse res) {
        Principal who = Caller.of(req);
        StallNo no = StallRoutes.stallNo(req.path().pathParameters().get("no"));
        SplitBody body = Bodies.read(req, SplitBody.class);
        SplitStallCommand.How how;
        try {
            boolean hasCut = body.cut() != null && !body.cut().isBlank();
            boolean hasParts = body.parts() != null;
            if (hasCut == hasParts) {
                throw ReshapeInput.invalid("cut", "give either a cut (\"x=2600\") or parts, not both or neither");
            }
            how = hasCut ? ReshapeInput.cut(body.cut(), "cut")
                    : new SplitStallCommand.IntoParts(ReshapeInput.parts(body.parts(), "parts"));
        } catch (ReshapeInput.Invalid e) {
            throw ApiException.badRequest("the split request is not valid", e.errors());
        }
        Approval approval = approval(who, body.requestedBy(), body.approvedBy(), body.effectiveOn());
        answer(res, useCases.split().split(new SplitStallCommand(no, how, approval)));
    }

    private void merge(ServerRequest req, ServerResponse res) {
        Principal who = Caller.of(req);
        MergeBody body = Bodies.read(req, MergeBody.class);
        List<FieldError> errors = new ArrayList<>();
        List<StallNo> nos = new ArrayList<>();
        if (body.stallNos() == null || body.stallNos().size() < 2) {
            errors.add(new FieldError("stall_nos", "name at least two stalls to merge"));
        } else {
            for (int i = 0; i < body.stallNos().size(); i++) {
                try {
                    nos.add(StallNo.of(body.stallNos().get(i)));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("stall_nos[" + i + "]", e.getMessage()));
                }
            }
        }
        StallNo as = null;
        try {
            as = StallNo.of(body.as());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("as", "the merged stall's number: " + e.getMessage()));
        }
        Optional<Money> rent = Optional.empty();
        if (body.baseRent() != null && !body.baseRent().isBlank()) {
            try {
                rent = Optional.of(Money.parse(body.baseRent()));
                if (rent.get().isNegative()) {
                    errors.add(new FieldError("base_rent", "a base rent cannot be negative"));
                }
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("base_rent", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("the merge request is not valid", errors);
        }
        Approval approval = approval(who, body.requestedBy(), body.approvedBy(), body.effectiveOn());
        answer(res, useCases.merge().merge(new MergeStallsCommand(nos, as, rent, approval)));
    }

    private void change(ServerRequest req, ServerResponse res) {
        Principal who = Caller.of(req);
        StallNo no = StallRoutes.stallNo(req.path().pathParameters().get("no"));
        ChangeBody body = Bodies.read(req, ChangeBody.class);
        List<FieldError> errors = new ArrayList<>();
        Optional<StallNo> newNo = Optional.empty();
        Optional<Area> area = Optional.empty();
        if (body.newStallNo() != null) {
            try {
                newNo = Optional.of(StallNo.of(body.newStallNo()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("new_stall_no", e.getMessage()));
            }
        }
        if (body.leasableAreaM2() != null) {
            try {
                area = Optional.of(ReshapeInput.positiveArea(body.leasableAreaM2()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("leasable_area_m2", e.getMessage()));
            }
        }
        if (errors.isEmpty() && newNo.isEmpty() && area.isEmpty()) {
            errors.add(new FieldError("new_stall_no", "give a new_stall_no, a leasable_area_m2, or both"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("the change request is not valid", errors);
        }
        Approval approval = approval(who, body.requestedBy(), body.approvedBy(), body.effectiveOn());
        answer(res, useCases.change().change(new ChangeStallCommand(no, newNo, area, approval)));
    }

    private void history(ServerRequest req, ServerResponse res) {
        StallNo no = StallRoutes.stallNo(req.path().pathParameters().get("no"));
        Responses.ok(res, StallHistoryJson.of(useCases.history().history(no)
                .orElseThrow(() -> ApiException.notFound("no stall " + no))));
    }

    /** The trail: whoever is named, else the caller's token name; effective today unless a date is given. */
    private static Approval approval(Principal who, String requestedBy, String approvedBy, LocalDate on) {
        String asker = requestedBy == null ? who.name() : requestedBy;
        String approver = approvedBy == null ? who.name() : approvedBy;
        try {
            return new Approval(asker, approver, Optional.ofNullable(on));
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("requested") ? "requested_by" : "approved_by";
            throw ApiException.badRequest("the request is not valid", List.of(new FieldError(field, e.getMessage())));
        }
    }

    private static void answer(ServerResponse res, ReshapeResult result) {
        switch (result) {
            case ReshapeResult.Filed f -> Responses.json(res, 201, ReshapeJson.of(f));
            case ReshapeResult.Refused r -> throw refused(r.refusal());
            case ReshapeResult.NotFound n -> throw ApiException.notFound("no stall " + n.stall());
        }
    }

    /** 409 with a stable type per reason, e.g. {@code …/problems/stall-corner-only}. */
    static ApiException refused(ReshapeRefusal r) {
        return ApiException.conflict("stall-" + r.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                r.detail());
    }
}
