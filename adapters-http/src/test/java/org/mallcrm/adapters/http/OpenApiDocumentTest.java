package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.webserver.http.HttpRouting;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * openapi.yaml is a valid OpenAPI 3.1 document (checked by swagger-parser, a validator from Maven Central), in step
 * with the routes the server registers, and with the JSON records the routes read and write.
 */
class OpenApiDocumentTest {

    static String yaml;
    static SwaggerParseResult parsed;
    static OpenAPI api;

    @BeforeAll
    static void parse() {
        yaml = new String(HttpApi.openApiYaml(), StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        api = parsed.getOpenAPI();
    }

    @Test
    void the_document_is_valid_openapi() {
        assertThat(parsed.getMessages()).as("validation messages").isEmpty();
        assertThat(api).isNotNull();
        assertThat(api.getOpenapi()).startsWith("3.1");
        assertThat(api.getPaths()).isNotEmpty();
    }

    @Test
    void yaml_1_1_booleans_are_not_used_as_names() {
        for (String line : yaml.split("\n")) {
            assertThat(line).as("a name written as a YAML 1.1 boolean")
                    .doesNotMatch("^\\s*-?\\s*name:\\s*(true|false|yes|no|on|off|y|n)\\s*$")
                    .doesNotMatch("^\\s*(true|false|yes|no|on|off|y|n):\\s*$");
        }
    }

    static Map<String, Operation> operations(PathItem item) {
        Map<String, Operation> ops = new java.util.LinkedHashMap<>();
        item.readOperationsMap().forEach((m, op) -> ops.put(m.name(), op));
        return ops;
    }

    @Test
    void every_registered_route_is_described_and_every_description_is_registered() {
        HttpRouting.Builder routing = HttpRouting.builder();
        HttpApi.Registered registered = HttpApi.routing(routing, LeasingApiFixture.fresh());
        routing.build();
        Set<String> live = new TreeSet<>();
        registered.routes().forEach(r -> live.add(r.method() + " " + r.path()));
        Set<String> documented = new TreeSet<>();
        api.getPaths().forEach((path, item) -> operations(item).keySet().forEach(m -> documented.add(m + " " + path)));

        assertThat(live).hasSizeGreaterThan(80);
        assertThat(documented).as("described in openapi.yaml but not registered").isSubsetOf(live);
        assertThat(live).as("registered but not described in openapi.yaml").isSubsetOf(documented);
    }

    @Test
    void every_operation_says_what_it_does_names_its_path_parameters_and_describes_its_body() {
        List<String> wrong = new ArrayList<>();
        Pattern param = Pattern.compile("\\{(\\w+)}");
        api.getPaths().forEach((path, item) -> operations(item).forEach((method, op) -> {
            String at = method + " " + path;
            if (op.getSummary() == null || op.getSummary().isBlank()) {
                wrong.add(at + ": no summary");
            }
            Set<String> inPath = new LinkedHashSet<>();
            Matcher m = param.matcher(path);
            while (m.find()) {
                inPath.add(m.group(1));
            }
            Set<String> declared = new LinkedHashSet<>();
            List<Parameter> params = new ArrayList<>();
            if (item.getParameters() != null) {
                params.addAll(item.getParameters());
            }
            if (op.getParameters() != null) {
                params.addAll(op.getParameters());
            }
            for (Parameter p : params) {
                if ("path".equals(p.getIn())) {
                    declared.add(p.getName());
                }
            }
            if (!declared.equals(inPath)) {
                wrong.add(at + ": path parameters " + declared + " but the path has " + inPath);
            }
            if (op.getResponses() == null || op.getResponses().isEmpty()) {
                wrong.add(at + ": no responses");
            }
            if (op.getRequestBody() != null) {
                var content = op.getRequestBody().getContent();
                MediaType json = content == null ? null : content.get("application/json");
                if (json == null || json.getSchema() == null) {
                    wrong.add(at + ": a request body without a JSON schema");
                }
            } else if (method.equals("PUT") || (method.equals("POST") && !STEPS_WITHOUT_BODY.contains(at))) {
                wrong.add(at + ": a write without a request body");
            }
        }));
        assertThat(wrong).isEmpty();
    }

    /** A schema, or the component it refers to. */
    static Schema<?> resolve(Schema<?> schema) {
        if (schema != null && schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            return api.getComponents().getSchemas().get(name);
        }
        return schema;
    }

    /** Steps that take no fields (an empty body or {} is fine). */
    static final Set<String> STEPS_WITHOUT_BODY = Set.of(
            "POST /api/v1/deposits/{no}/refund", "POST /api/v1/deposits/{no}/forfeit",
            "POST /api/v1/deposits/{no}/return-double", "POST /api/v1/placements/{no}/submit",
            "POST /api/v1/exits/{no}/approve", "POST /api/v1/exits/{no}/withdraw",
            "POST /api/v1/credit-records/{id}/appeal", "POST /api/v1/credit-records/{id}/uphold",
            "POST /api/v1/credit-records/{id}/withdraw", "POST /api/v1/me/credit-records/{id}/appeal",
            "POST /api/v1/campaigns/{no}/start", "POST /api/v1/campaigns/{no}/pause", "POST /api/v1/campaigns/{no}/end",
            "POST /api/v1/campaigns/{no}/claims", "POST /api/v1/campaigns/{no}/signups",
            "POST /api/v1/campaigns/{no}/signups/cancel", "POST /api/v1/redemptions/{no}/reversal");

    /** The request record each route reads, by operation. */
    static final Map<String, Class<?>> REQUESTS = Map.ofEntries(
            Map.entry("POST /api/v1/receipts", org.mallcrm.adapters.http.lease.ReceiptRoutes.ReceiptRequest.class),
            Map.entry("POST /api/v1/deposits", org.mallcrm.adapters.http.lease.DepositRoutes.HoldRequest.class),
            Map.entry("POST /api/v1/placements", org.mallcrm.adapters.http.lease.PlacementRoutes.CreateRequest.class),
            Map.entry("POST /api/v1/exits", org.mallcrm.adapters.http.lease.ExitRoutes.CreateRequest.class),
            Map.entry("POST /api/v1/exits/{no}/settle", org.mallcrm.adapters.http.lease.ExitRoutes.SettleRequest.class),
            Map.entry("POST /api/v1/leases/{no}/deposit",
                    org.mallcrm.adapters.http.lease.LeaseRoutes.DepositRequest.class),
            Map.entry("POST /api/v1/leases", org.mallcrm.application.lease.port.in.LeaseSpec.class),
            Map.entry("POST /api/v1/leases/{no}/amendments",
                    org.mallcrm.application.lease.port.in.AmendmentSpec.class),
            Map.entry("POST /api/v1/stalls/{no}/split",
                    org.mallcrm.adapters.http.stall.StallReshapeRoutes.SplitBody.class),
            Map.entry("POST /api/v1/stalls/merge", org.mallcrm.adapters.http.stall.StallReshapeRoutes.MergeBody.class),
            Map.entry("POST /api/v1/stalls/{no}/change",
                    org.mallcrm.adapters.http.stall.StallReshapeRoutes.ChangeBody.class),
            Map.entry("POST /api/v1/me/trips", org.mallcrm.adapters.http.channel.ChannelRoutes.TripRequest.class),
            Map.entry("POST /api/v1/scans", org.mallcrm.adapters.http.channel.ChannelRoutes.ScanRequest.class),
            Map.entry("POST /api/v1/campaigns", org.mallcrm.adapters.http.coupon.CampaignSpecJson.class),
            Map.entry("POST /api/v1/campaigns/{no}/attendance", org.mallcrm.adapters.http.coupon.MarketingRoutes.AttendanceRequest.class),
            Map.entry("POST /api/v1/redemptions", org.mallcrm.adapters.http.coupon.MarketingRoutes.RedeemRequest.class),
            Map.entry("POST /api/v1/subsidies/{merchant}/{month}/close", org.mallcrm.adapters.http.coupon.MarketingRoutes.CloseRequest.class));

    @Test
    void request_bodies_document_exactly_the_fields_their_records_read() {
        List<String> wrong = new ArrayList<>();
        REQUESTS.forEach((key, record) -> {
            String method = key.substring(0, key.indexOf(' '));
            String path = key.substring(key.indexOf(' ') + 1);
            PathItem item = api.getPaths().get(path);
            Operation op = item == null ? null : operations(item).get(method);
            if (op == null || op.getRequestBody() == null) {
                wrong.add(key + ": not documented with a body");
                return;
            }
            Schema<?> schema = resolve(op.getRequestBody().getContent().get("application/json").getSchema());
            Set<String> documented = schema.getProperties() == null ? Set.of()
                    : new TreeSet<>(schema.getProperties().keySet());
            Set<String> read = new TreeSet<>(org.mallcrm.adapters.http.common.Bodies.components(record).keySet());
            if (!documented.equals(read)) {
                wrong.add(key + ": documented " + documented + ", read " + read);
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** The JSON record each component schema describes. */
    static final Map<String, Class<?>> RECORDS = Map.ofEntries(
            Map.entry("Stall", org.mallcrm.adapters.http.stall.StallJson.class),
            Map.entry("StallDocument", org.mallcrm.adapters.http.stall.StallDocumentJson.class),
            Map.entry("StallHistory", org.mallcrm.adapters.http.stall.StallHistoryJson.class),
            Map.entry("FloorStats", org.mallcrm.adapters.http.floor.FloorStatsJson.class),
            Map.entry("Merchant", org.mallcrm.adapters.http.merchant.MerchantJson.class),
            Map.entry("LeaseSpec", org.mallcrm.application.lease.port.in.LeaseSpec.class),
            Map.entry("Lease", org.mallcrm.adapters.http.lease.LeaseJson.class),
            Map.entry("Schedule", org.mallcrm.adapters.http.lease.ScheduleJson.class),
            Map.entry("Allocation", org.mallcrm.adapters.http.lease.AllocationJson.class),
            Map.entry("Deposit", org.mallcrm.adapters.http.lease.DepositJson.class),
            Map.entry("MerchantFile", org.mallcrm.adapters.http.merchant.MerchantFileJson.class),
            Map.entry("FollowUp", org.mallcrm.adapters.http.merchant.PipelineJson.FollowUpJson.class),
            Map.entry("BehaviourType", org.mallcrm.adapters.http.credit.CreditJson.TypeJson.class),
            Map.entry("Credit", org.mallcrm.adapters.http.credit.CreditJson.class),
            Map.entry("CreditRecorded", org.mallcrm.adapters.http.credit.CreditJson.RecordedJson.class),
            Map.entry("MerchantRequest", org.mallcrm.adapters.http.request.RequestJson.class),
            Map.entry("Trip", org.mallcrm.adapters.http.channel.ChannelJson.TripJson.class),
            Map.entry("Reconciliation", org.mallcrm.adapters.http.channel.ChannelJson.ReconciliationJson.class),
            Map.entry("Statement", org.mallcrm.adapters.http.channel.ChannelJson.StatementJson.class),
            Map.entry("Buyer", org.mallcrm.adapters.http.buyer.BuyerJson.class),
            Map.entry("BuyerFile", org.mallcrm.adapters.http.buyer.BuyerFileJson.class),
            Map.entry("Share", org.mallcrm.adapters.http.buyer.ShareJson.class),
            Map.entry("Rfm", org.mallcrm.adapters.http.buyer.RfmJson.class),
            Map.entry("RfmPage", org.mallcrm.adapters.http.coupon.MarketingRoutes.RfmPageJson.class),
            Map.entry("CampaignSpec", org.mallcrm.adapters.http.coupon.CampaignSpecJson.class),
            Map.entry("Audience", org.mallcrm.adapters.http.coupon.CampaignSpecJson.AudienceJson.class),
            Map.entry("CouponBatch", org.mallcrm.adapters.http.coupon.CampaignSpecJson.CouponSpecJson.class),
            Map.entry("Campaign", org.mallcrm.adapters.http.coupon.CampaignJson.class),
            Map.entry("CampaignStats", org.mallcrm.adapters.http.coupon.CampaignStatsJson.class),
            Map.entry("Coupon", org.mallcrm.adapters.http.coupon.CouponJson.class),
            Map.entry("Redemption", org.mallcrm.adapters.http.coupon.RedemptionJson.class),
            Map.entry("Reversal", org.mallcrm.adapters.http.coupon.MarketingRoutes.ReversalJson.class),
            Map.entry("Signup", org.mallcrm.adapters.http.coupon.SignupJson.class),
            Map.entry("SubsidyStatement", org.mallcrm.adapters.http.coupon.SubsidyStatementJson.class),
            Map.entry("Setting", org.mallcrm.adapters.http.settings.SettingJson.class),
            Map.entry("SettingChange", org.mallcrm.adapters.http.settings.SettingChangeJson.class),
            Map.entry("SettingsChanged", org.mallcrm.adapters.http.settings.SettingsRoutes.ChangedJson.class),
            Map.entry("GroupReport", org.mallcrm.adapters.http.report.GroupReportJson.class),
            Map.entry("MallFigures", org.mallcrm.adapters.http.report.MallFiguresJson.class));

    /** The properties of a schema, those of each part of an allOf included. */
    static Set<String> properties(Schema<?> schema) {
        Set<String> out = new TreeSet<>();
        if (schema.getProperties() != null) {
            out.addAll(schema.getProperties().keySet());
        }
        if (schema.getAllOf() != null) {
            for (Schema<?> part : schema.getAllOf()) {
                out.addAll(properties(resolve(part)));
            }
        }
        return out;
    }

    /** The JSON names a record writes; an unwrapped component writes its own fields in its place. */
    static Set<String> written(Class<?> record) {
        Set<String> out = new TreeSet<>();
        org.mallcrm.adapters.http.common.Bodies.components(record).forEach((name, c) -> {
            if (c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonUnwrapped.class)) {
                out.addAll(written(c.getType()));
            } else {
                out.add(name);
            }
        });
        return out;
    }

    @Test
    void component_schemas_document_exactly_the_fields_their_json_records_write() {
        List<String> wrong = new ArrayList<>();
        RECORDS.forEach((name, record) -> {
            Schema<?> schema = api.getComponents().getSchemas().get(name);
            if (schema == null) {
                wrong.add(name + ": no such schema");
                return;
            }
            Set<String> documented = properties(schema);
            Set<String> written = written(record);
            if (!documented.equals(written)) {
                Set<String> missing = new TreeSet<>(written);
                missing.removeAll(documented);
                Set<String> extra = new TreeSet<>(documented);
                extra.removeAll(written);
                wrong.add(name + ": not documented " + missing + ", documented but not written " + extra);
            }
        });
        assertThat(wrong).isEmpty();
    }
}
