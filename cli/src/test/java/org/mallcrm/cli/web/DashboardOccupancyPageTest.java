package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;

/**
 * The dashboard's floors and business types count occupancy as its headline does: the leasable area under leases in
 * force on the day. A stall signed for a lease that starts later is 已租 on the floor plan (signed) but not occupied
 * yet, so it is in neither the headline nor the tables.
 */
class DashboardOccupancyPageTest {

    @TempDir
    Path dir;

    private ServedMall mall;

    @BeforeEach
    void start() {
        ServedMall.now("2026-04-02T10:00:00+08:00");
        Path db = dir.resolve("m.db");
        CliRun cli = new CliRun(db);
        ServedMall.stalls(cli, dir, ServedMall.A101 + ServedMall.A102);
        ServedMall.merchants(cli, dir, "M-0001,杭州丽人服饰,王芳,13800000001,,QUALIFIED,A,女装,浙江\n"
                + "M-0002,广州潮男,李强,13900000002,,QUALIFIED,B,男装,广东\n");
        // 1F-A-101 (女装) under a lease in force today; 1F-A-102 (男装) signed for a lease that starts next month
        ServedMall.lease(cli, dir, lease("L-2026-0001", "M-0001", "1F-A-101", "2026-01-01", "2026-12-31"));
        ServedMall.lease(cli, dir, lease("L-2026-0002", "M-0002", "1F-A-102", "2026-05-01", "2027-04-30"));
        mall = ServedMall.serve(db);
    }

    private static String lease(String no, String merchant, String stall, String start, String end) {
        return """
                { "lease_no": "%s", "merchant_no": "%s", "stall_nos": ["%s"], "kind": "NEW",
                  "start": "%s", "end": "%s", "rent_per_m2_month": "180.00", "billing": "MONTHLY",
                  "advance_days": 0, "proration": "ACTUAL_DAYS", "management_fee_per_m2_month": "0.00",
                  "security_deposit": "0.00", "ratios": null }
                """.formatted(no, merchant, stall, start, end);
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    @Test
    void a_stall_whose_lease_starts_later_is_leased_in_neither_the_headline_nor_the_floor_and_trade_tables() throws Exception {
        WebVisitor staff = mall.staff("zhao", "招商部");
        String page = staff.get("/").body();
        // the headline: 45.50 of 91.00 m² under a lease in force
        assertThat(page).contains("data-figure=\"occupancy\">50.00%<").contains("已租 45.50 m² / 可租 91.00 m²");
        // the floor adds up to the headline, not to the stalls signed
        assertThat(page).containsPattern("<tr data-floor=\"1F\">.*?<td class=\"num\">91\\.00 m²</td>"
                + "<td class=\"num\">45\\.50 m²</td><td class=\"num\"><a [^>]*data-figure=\"occupancy-1F\">50\\.00%</a>");
        // and so do the business types: 女装's stall is occupied, 男装's is signed but not yet occupied
        assertThat(page).containsPattern("<td><a href=\"/stalls\\?business_type=[^\"]*\">女装</a></td>"
                + "<td class=\"num\">1</td><td class=\"num\">45\\.50 m²</td><td class=\"num\">100\\.00%</td>");
        assertThat(page).containsPattern("<td><a href=\"/stalls\\?business_type=[^\"]*\">男装</a></td>"
                + "<td class=\"num\">1</td><td class=\"num\">45\\.50 m²</td><td class=\"num\">0\\.00%</td>");

        // the floor plan keeps showing what is signed: both stalls 已租 by status
        String plan = staff.get("/floors/1F").body();
        assertThat(plan).containsPattern("data-stall-no=\"1F-A-102\"[^>]*data-status=\"LEASED\"");
    }
}
