package org.mallcrm.cli.buyer;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.mallcrm.cli.CliRun;

/**
 * A temp database with a small mall for the buyer, campaign and coupon commands: stalls of five business types,
 * three operating merchants (M-0001 and M-0002 with leases over 2026, M-0003 with none), and helpers. The process
 * runs as if it were {@link #now} ({@code -Dmallcrm.now}), set per step.
 */
final class MarketingCli {

    static final String STALLS = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
            + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
            + "1F-A-102,1F,A,男装,24.00,150.00,VACANT,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n"
            + "1F-A-103,1F,A,童装,24.00,170.00,VACANT,\"POLYGON((12000 0, 16000 0, 16000 6000, 12000 6000, 12000 0))\"\n"
            + "1F-A-104,1F,A,鞋包,24.00,170.00,VACANT,\"POLYGON((16000 0, 20000 0, 20000 6000, 16000 6000, 16000 0))\"\n"
            + "1F-A-105,1F,A,饰品,24.00,170.00,VACANT,\"POLYGON((20000 0, 24000 0, 24000 6000, 20000 6000, 20000 0))\"\n";
    static final String MERCHANTS = "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
            + "M-0001,杭州丽人服饰,王丽,13800000001,展会,OPERATING,A,女装,浙江\n"
            + "M-0002,广州潮男,李强,13900000002,老客户介绍,OPERATING,B,男装,广东\n"
            + "M-0003,温州鞋业,陈明,13700000003,展会,OPERATING,B,鞋包,浙江\n";

    static String lease(String no, String merchant, String stall) {
        return "{ \"lease_no\": \"" + no + "\", \"merchant_no\": \"" + merchant + "\", \"stall_nos\": [\"" + stall
                + "\"], \"kind\": \"NEW\", \"start\": \"2026-01-01\", \"end\": \"2026-12-31\", "
                + "\"rent_per_m2_month\": \"100.00\", \"billing\": \"MONTHLY\", \"advance_days\": 0, "
                + "\"rent_free\": [], \"proration\": \"ACTUAL_DAYS\", \"management_fee_per_m2_month\": \"0.00\", "
                + "\"security_deposit\": \"0.00\", \"ratios\": null }";
    }

    final Path dir;
    final CliRun cli;

    MarketingCli(Path dir) {
        this.dir = dir;
        this.cli = new CliRun(dir.resolve("mall.db"));
        now("2026-01-01T08:00:00+08:00");
        cli.ok("import", "stalls", write("stalls.csv", STALLS).toString());
        cli.ok("import", "merchants", write("merchants.csv", MERCHANTS).toString());
        cli.ok("leases", "create", "--spec", write("l1.json", lease("L-1", "M-0001", "1F-A-101")).toString());
        cli.ok("leases", "create", "--spec", write("l2.json", lease("L-2", "M-0002", "1F-A-102")).toString());
    }

    /** Every following command runs as if it were this instant. */
    static void now(String instant) {
        System.setProperty("mallcrm.now", instant);
    }

    static void realTime() {
        System.clearProperty("mallcrm.now");
    }

    Path write(String name, String content) {
        return CliRun.write(dir, name, content);
    }

    CliRun.Result run(String... args) {
        return cli.run(args);
    }

    CliRun.Result ok(String... args) {
        return cli.ok(args);
    }

    JsonNode json(String... args) {
        return cli.json(args);
    }
}
