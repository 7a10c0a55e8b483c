package org.mallcrm.adapters.http.credit;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.domain.credit.BehaviourRecordId;

/** Credit routes: the catalogue, staff deciding appeals, and the merchant's own credit and appeals. */
public final class CreditRoutes {

    private CreditRoutes() {
    }

    /** {@code /api/v1/credit-types}: GET the catalogue, PUT a new one (a JSON array, as {@code credit types --set}). */
    public static final class Types implements HttpService {
        private final CreditUseCases credit;

        public Types(CreditUseCases credit) {
            this.credit = credit;
        }

        @Override
        public void routing(HttpRules rules) {
            rules.get("/", this::list).put("/", this::replace);
        }

        private void list(ServerRequest req, ServerResponse res) {
            Responses.ok(res, Responses.page(req, credit.types().types(), CreditJson.TypeJson::of));
        }

        private void replace(ServerRequest req, ServerResponse res) {
            List<CreditUseCases.TypeSpec> specs = Bodies.readList(req, CreditUseCases.TypeSpec.class);
            var catalogue = Problems.value(credit.setTypes(specs));
            Responses.ok(res, new Responses.PageJson<>(catalogue.types().stream().map(CreditJson.TypeJson::of)
                    .toList(), null));
        }
    }

    /** {@code /api/v1/credit-records/{id}/appeal|uphold|withdraw} for staff. */
    public static final class Records implements HttpService {
        private final CreditUseCases credit;

        public Records(CreditUseCases credit) {
            this.credit = credit;
        }

        @Override
        public void routing(HttpRules rules) {
            rules.post("/{id}/appeal", (req, res) -> step(req, res, "appeal"))
                    .post("/{id}/uphold", (req, res) -> step(req, res, "uphold"))
                    .post("/{id}/withdraw", (req, res) -> step(req, res, "withdraw"));
        }

        private void step(ServerRequest req, ServerResponse res, String step) {
            BehaviourRecordId id = Params.id(req, "id", "credit record", BehaviourRecordId::of);
            var done = Problems.value(switch (step) {
                case "appeal" -> credit.appeal(id, null);
                case "uphold" -> credit.uphold(id);
                default -> credit.withdraw(id);
            });
            Responses.ok(res, CreditJson.RecordedJson.of(done));
        }
    }

    /** {@code /api/v1/me/credit} and {@code /api/v1/me/credit-records/{id}/appeal} for a merchant. */
    public static final class Mine {
        private final CreditUseCases credit;

        public Mine(CreditUseCases credit) {
            this.credit = credit;
        }

        public void show(ServerRequest req, ServerResponse res) {
            Responses.ok(res, CreditJson.of(Problems.value(credit.show(Caller.merchant(req),
                    Params.date(req, "as_of")))));
        }

        public void appeal(ServerRequest req, ServerResponse res) {
            BehaviourRecordId id = Params.id(req, "id", "credit record", BehaviourRecordId::of);
            Responses.ok(res, CreditJson.RecordedJson.of(Problems.value(credit.appeal(id, Caller.merchant(req)))));
        }
    }
}
