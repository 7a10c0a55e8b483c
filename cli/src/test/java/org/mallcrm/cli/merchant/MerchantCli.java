package org.mallcrm.cli.merchant;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.mallcrm.cli.CliRun;

/** A temp mall with stalls, merchants and the D1 catalogue, and helpers to run commands on it. */
final class MerchantCli {

    static final String STALLS = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
            + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
            + "1F-A-102,1F,A,男装,24.00,150.00,VACANT,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n";
    static final String MERCHANTS = "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
            + "M-0001,杭州丽人服饰,王丽,13800000001,展会,NEGOTIATING,A,女装,浙江\n"
            + "M-0002,广州潮男,李强,13900000002,老客户介绍,QUALIFIED,B,男装,广东\n";
    static final String TYPES = """
            [{"code": "LATE_OPENING", "name": "迟开门", "points": -1, "severity": "NORMAL"},
             {"code": "BLOCKING_AISLE", "name": "占道经营", "points": -3, "severity": "NORMAL"},
             {"code": "OVERDUE_RENT", "name": "逾期缴租", "points": -5, "severity": "NORMAL"},
             {"code": "BONUS", "name": "表彰加分", "points": 2, "severity": "NORMAL"},
             {"code": "FIRE_HAZARD", "name": "消防违规", "points": -20, "severity": "SEVERE", "evidence_required": true}]
            """;

    /** B1's lease spec for a merchant, signed on a given day, of a kind (NEW or RENEWAL). */
    static String b1(String leaseNo, String merchant, String kind, String signingDate) {
        return """
            { "lease_no": "%s", "merchant_no": "%s", "stall_nos": ["1F-A-101"], "kind": "%s",
              "start": "2026-01-15", "end": "2027-01-14", "leasable_area_m2": "45.50",
              "rent_per_m2_month": "180.00", "billing": "QUARTERLY", "advance_days": 30,
              "rent_free": [{"from": "2026-01-15", "to": "2026-03-14"}],
              "escalation": {"percent": "5", "every_months": 12, "anchor": "START", "compound": true},
              "proration": "ACTUAL_DAYS", "management_fee_per_m2_month": "0.00", "security_deposit": "16380.00",
              "ratios": null, "signing_date": "%s" }
            """.formatted(leaseNo, merchant, kind, signingDate);
    }

    final Path dir;
    final CliRun cli;

    MerchantCli(Path dir) {
        this.dir = dir;
        this.cli = new CliRun(dir.resolve("mall.db"));
        ok("import", "stalls", write("stalls.csv", STALLS).toString());
        ok("import", "merchants", write("merchants.csv", MERCHANTS).toString());
        ok("credit", "types", "--set", write("types.json", TYPES).toString());
    }

    Path write(String name, String content) {
        return CliRun.write(dir, name, content);
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
}
