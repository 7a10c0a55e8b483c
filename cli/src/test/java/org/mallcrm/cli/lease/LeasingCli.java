package org.mallcrm.cli.lease;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.CliRun;

/** A temp database with the stalls and merchants of the worked examples, and helpers to run leasing commands. */
final class LeasingCli {

    static final String STALLS = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
            + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
            + "1F-A-102,1F,A,男装,24.00,150.00,VACANT,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n"
            + "1F-A-103,1F,A,童装,24.00,170.00,VACANT,\"POLYGON((12000 0, 16000 0, 16000 6000, 12000 6000, 12000 0))\"\n"
            + "1F-A-104,1F,A,童装,24.00,170.00,RENOVATING,\"POLYGON((16000 0, 20000 0, 20000 6000, 16000 6000, 16000 0))\"\n";
    static final String MERCHANTS = "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
            + "M-0001,杭州丽人服饰,王丽,13800000001,展会,NEGOTIATING,A,女装,浙江\n"
            + "M-0002,广州潮男,李强,13900000002,老客户介绍,QUALIFIED,B,男装,广东\n";

    /** The B1 lease spec of the contract. */
    static final String B1 = """
            { "lease_no": "L-2026-0001", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
              "start": "2026-01-15", "end": "2027-01-14", "leasable_area_m2": "45.50",
              "rent_per_m2_month": "180.00", "billing": "QUARTERLY", "advance_days": 30,
              "rent_free": [{"from": "2026-01-15", "to": "2026-03-14"}],
              "escalation": {"percent": "5", "every_months": 12, "anchor": "START", "compound": true},
              "proration": "ACTUAL_DAYS",
              "management_fee_per_m2_month": "0.00", "security_deposit": "16380.00",
              "ratios": null }
            """;

    final Path dir;
    final CliRun cli;

    LeasingCli(Path dir) {
        this(dir, new CliRun(dir.resolve("mall.db")));
    }

    /** The same mall through another runner (a server database's, say). */
    LeasingCli(Path dir, CliRun cli) {
        this.dir = dir;
        this.cli = cli;
        ok("import", "stalls", write("stalls.csv", STALLS).toString());
        ok("import", "merchants", write("merchants.csv", MERCHANTS).toString());
    }

    Path write(String name, String content) {
        return CliRun.write(dir, name, content);
    }

    /** B1 with some fields replaced (a JSON object of overrides). */
    static String b1With(String overrides) {
        try {
            ObjectNode spec = (ObjectNode) Json.mapper().readTree(B1);
            spec.setAll((ObjectNode) Json.mapper().readTree(overrides));
            return Json.mapper().writeValueAsString(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CliRun.Result run(String... args) {
        return cli.run(args);
    }

    /** Runs a command that must succeed, and returns its output. */
    CliRun.Result ok(String... args) {
        return cli.ok(args);
    }

    JsonNode json(String... args) {
        return cli.json(args);
    }

    JsonNode createLease(String name, String spec) {
        return json("leases", "create", "--spec", write(name, spec).toString());
    }

    static java.util.List<String> texts(JsonNode array, String field) {
        java.util.List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
