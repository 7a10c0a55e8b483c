package org.mallcrm.adapters.http.credit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Authenticator;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.credit.BehaviourRecordId;

/** Credit routes: the catalogue, staff deciding appeals, and the merchant's own credit and appeals. */
public final class CreditRoutes {

    private CreditRoutes() {
    }

    /** {@code /api/v1/credit-types}: GET the catalogue, PUT a new one (a JSON array, as {@code credit types --set}). */
    public static final class Types implements HttpService {
        private final CreditUseCases credit;
        private final Authenticator auth;

        public Types(CreditUseCases credit, Authenticator auth) {
            this.credit = credit;
            this.auth = auth;
        }

        @Override
        public void routing(HttpRules rules) {
            rules.get("/", this::list).put("/", this::replace);
        }

        private void list(ServerRequest req, ServerResponse res) {
            auth.require(req, Role.STAFF);
            Responses.ok(res, credit.types().types().stream().map(CreditJson.TypeJson::of).toList());
        }

        private void replace(ServerRequest req, ServerResponse res) {
            auth.require(req, Role.STAFF);
            List<CreditUseCases.TypeSpec> specs;
            try (InputStream in = req.content().inputStream()) {
                specs = Json.mapper().readValue(in, new TypeReference<List<CreditUseCases.TypeSpec>>() { });
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw ApiException.badRequest("send a JSON array of {code, name, points, severity, evidence_required}",
                        List.of(new ApiException.FieldError("body", e.getOriginalMessage())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var catalogue = MerchantDesk.value(credit.setTypes(specs));
            Responses.ok(res, catalogue.types().stream().map(CreditJson.TypeJson::of).toList());
        }
    }

    /** {@code /api/v1/credit-records/{id}/appeal|uphold|withdraw} for staff. */
    public static final class Records implements HttpService {
        private final CreditUseCases credit;
        private final Authenticator auth;

        public Records(CreditUseCases credit, Authenticator auth) {
            this.credit = credit;
            this.auth = auth;
        }

        @Override
        public void routing(HttpRules rules) {
            rules.post("/{id}/appeal", (req, res) -> step(req, res, "appeal"))
                    .post("/{id}/uphold", (req, res) -> step(req, res, "uphold"))
                    .post("/{id}/withdraw", (req, res) -> step(req, res, "withdraw"));
        }

        private void step(ServerRequest req, ServerResponse res, String step) {
            auth.require(req, Role.STAFF);
            BehaviourRecordId id = MerchantDesk.id(req, "id", "credit record", BehaviourRecordId::of);
            var done = MerchantDesk.value(switch (step) {
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
        private final Authenticator auth;

        public Mine(CreditUseCases credit, Authenticator auth) {
            this.credit = credit;
            this.auth = auth;
        }

        public void show(ServerRequest req, ServerResponse res) {
            Principal p = auth.require(req, Role.MERCHANT);
            Responses.ok(res, CreditJson.of(MerchantDesk.value(credit.show(MerchantDesk.merchantOf(p),
                    MerchantDesk.date(req, "as_of")))));
        }

        public void appeal(ServerRequest req, ServerResponse res) {
            Principal p = auth.require(req, Role.MERCHANT);
            BehaviourRecordId id = MerchantDesk.id(req, "id", "credit record", BehaviourRecordId::of);
            Responses.ok(res, CreditJson.RecordedJson.of(MerchantDesk.value(credit.appeal(id,
                    MerchantDesk.merchantOf(p)))));
        }
    }
}
