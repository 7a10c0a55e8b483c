package org.mallcrm.adapters.http.merchant;

import static org.mallcrm.adapters.http.common.Params.date;
import static org.mallcrm.adapters.http.common.Problems.value;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.util.List;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.credit.CreditJson;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;

/**
 * {@code /api/v1/merchants} for staff: the register, the 360° file, moving a merchant along the pipeline,
 * follow-ups, contacts, the operations log and credit; also {@code /follow-ups/due} and
 * {@code /merchant-reports/{funnel|conversion|dwell}}.
 */
final class MerchantDeskRoutes implements HttpService {

    private final MerchantDesk.UseCases uc;

    MerchantDeskRoutes(MerchantDesk.UseCases uc) {
        this.uc = uc;
    }

    record AdvanceBody(String to, LocalDate on) {
    }

    record FollowUpBody(String note, LocalDate on, LocalDate nextVisitOn, String agent) {
    }

    record ContactBody(String name, String phone, String role) {
    }

    record NoteBody(String note) {
    }

    record RecordBody(String type, LocalDate on, String stallNo, String note, String evidence) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/{no}", this::show)
                .post("/{no}/advance", this::advance)
                .get("/{no}/follow-ups", this::followUps)
                .post("/{no}/follow-ups", this::followUp)
                .post("/{no}/contacts", this::contact)
                .get("/{no}/log", this::log)
                .post("/{no}/log", this::addLog)
                .get("/{no}/credit", this::credit)
                .post("/{no}/credit-records", this::record);
    }

    private MerchantNo no(ServerRequest req) {
        return Params.id(req, "no", "merchant", MerchantNo::of);
    }

    private Merchant existing(MerchantNo no) {
        return uc.merchants().find(no).orElseThrow(() -> ApiException.notFound("no merchant " + no));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Page<Merchant> page = uc.merchants().list(Params.cursor(req, MerchantNo::of), Params.limit(req));
        LocalDate today = uc.merchants().today();
        Responses.ok(res, Responses.page(page, m -> MerchantJson.of(m, today)));
    }

    private void show(ServerRequest req, ServerResponse res) {
        MerchantNo no = no(req);
        LocalDate asOf = date(req, "as_of");
        var file = uc.files().file(no, asOf).orElseThrow(() -> ApiException.notFound("no merchant " + no));
        Responses.ok(res, MerchantFileJson.of(file, asOf == null ? uc.merchants().today() : asOf));
    }

    private void advance(ServerRequest req, ServerResponse res) {
        MerchantNo no = no(req);
        existing(no);
        AdvanceBody body = Bodies.read(req, AdvanceBody.class);
        if (body.to() == null || body.to().isBlank()) {
            throw ApiException.badRequest("say which stage", List.of(new ApiException.FieldError("to", "is missing")));
        }
        var done = value(uc.pipeline().advance(no, body.to(), body.on()));
        Responses.ok(res, MerchantJson.of(done.merchant(), uc.merchants().today()));
    }

    private void followUps(ServerRequest req, ServerResponse res) {
        MerchantNo no = no(req);
        existing(no);
        Responses.ok(res, uc.pipeline().followUps(no).stream().map(PipelineJson.FollowUpJson::of).toList());
    }

    private void followUp(ServerRequest req, ServerResponse res) {
        Principal p = Caller.of(req);
        MerchantNo no = no(req);
        existing(no);
        FollowUpBody b = Bodies.read(req, FollowUpBody.class);
        var f = value(uc.pipeline().followUp(no, b.note(), b.on(), b.nextVisitOn(),
                b.agent() == null || b.agent().isBlank() ? p.name() : b.agent()));
        Responses.created(res, PipelineJson.FollowUpJson.of(f));
    }

    private void contact(ServerRequest req, ServerResponse res) {
        MerchantNo no = no(req);
        existing(no);
        ContactBody b = Bodies.read(req, ContactBody.class);
        Contact c;
        try {
            c = new Contact(b.name(), b.phone(), b.role());
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("phone") ? "phone"
                    : e.getMessage().startsWith("contact role") ? "role" : "name";
            throw ApiException.badRequest("the contact has a bad value",
                    List.of(new ApiException.FieldError(field, e.getMessage())));
        }
        Merchant m = value(uc.pipeline().addContact(no, c));
        Responses.created(res, m.contacts().stream().map(PipelineJson.ContactJson::of).toList());
    }

    private void log(ServerRequest req, ServerResponse res) {
        MerchantNo no = no(req);
        existing(no);
        Responses.ok(res, uc.pipeline().logOf(no).stream().map(PipelineJson.LogJson::of).toList());
    }

    private void addLog(ServerRequest req, ServerResponse res) {
        Principal p = Caller.of(req);
        MerchantNo no = no(req);
        existing(no);
        NoteBody b = Bodies.read(req, NoteBody.class);
        Responses.created(res, PipelineJson.LogJson.of(value(uc.pipeline().log(no, p.name(), b.note()))));
    }

    private void credit(ServerRequest req, ServerResponse res) {
        MerchantNo no = no(req);
        Responses.ok(res, CreditJson.of(value(uc.credit().show(no, date(req, "as_of")))));
    }

    private void record(ServerRequest req, ServerResponse res) {
        MerchantNo no = no(req);
        existing(no);
        RecordBody b = Bodies.read(req, RecordBody.class);
        var done = value(uc.credit().record(new CreditUseCases.RecordCommand(no.value(), b.type(), b.on(), b.stallNo(),
                b.note(), b.evidence())));
        Responses.created(res, CreditJson.RecordedJson.of(done));
    }

    void due(ServerRequest req, ServerResponse res) {
        Responses.ok(res, Responses.page(req, uc.pipeline().due(agent(req), date(req, "as_of")),
                PipelineJson.DueJson::of));
    }

    /** {@code ?agent=}: a staff member's name as {@link StaffId} takes it (one line, at most 40 characters), or null. */
    private static String agent(ServerRequest req) {
        StaffId agent = Params.value(req, "agent", StaffId::of);
        return agent == null ? null : agent.value();
    }

    void report(ServerRequest req, ServerResponse res) {
        String report = req.path().pathParameters().get("report");
        LocalDate asOf = date(req, "as_of");
        switch (report) {
            case "funnel" -> Responses.ok(res, Responses.page(req, uc.pipeline().funnel(asOf),
                    PipelineJson.FunnelJson::of));
            case "conversion" -> Responses.ok(res, Responses.page(req, uc.pipeline().conversion(asOf),
                    PipelineJson.ConversionJson::of));
            case "dwell" -> Responses.ok(res, Responses.page(req, uc.pipeline().dwell(asOf),
                    PipelineJson.DwellJson::of));
            default -> throw ApiException.notFound("no report " + Problems.quote(report)
                    + "; there are funnel, conversion and dwell");
        }
    }
}
