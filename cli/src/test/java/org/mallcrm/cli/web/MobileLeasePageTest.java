package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.access.Role;

/**
 * A merchant's lease in the merchant app (/m/, a phone 390 px wide) shows its payment plan one card per installment,
 * each with its due day, amount, paid and outstanding, instead of the console's nine-column table whose amounts a
 * phone pushes off-screen; the staff console keeps its table.
 */
class MobileLeasePageTest {

    @TempDir
    Path dir;

    private ServedMall mall;

    @BeforeEach
    void start() {
        ServedMall.now("2026-04-02T10:00:00+08:00");
        Path db = dir.resolve("m.db");
        CliRun cli = new CliRun(db);
        ServedMall.stalls(cli, dir, ServedMall.A101);
        ServedMall.merchants(cli, dir, "M-0001,杭州丽人服饰,王芳,13800000001,,QUALIFIED,A,女装,浙江\n");
        ServedMall.lease(cli, dir, """
                { "lease_no": "L-2026-0001", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
                  "start": "2026-01-01", "end": "2026-12-31", "rent_per_m2_month": "180.00", "billing": "QUARTERLY",
                  "advance_days": 0, "proration": "ACTUAL_DAYS", "management_fee_per_m2_month": "0.00",
                  "security_deposit": "0.00", "ratios": null }
                """);
        mall = ServedMall.serve(db);
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    @Test
    void the_phone_shows_each_installment_as_a_card_and_the_console_keeps_its_table() throws Exception {
        WebVisitor merchant = mall.account("m-0001", Role.MERCHANT, "M-0001");
        String phone = merchant.get("/m/leases/L-2026-0001").body();
        assertThat(phone).contains("<h1").contains("收款计划").contains("data-field=\"lease_no\">L-2026-0001<");
        // no wide table: one card per quarter, its figures labelled
        assertThat(phone).doesNotContain("<table").contains("data-plan");
        assertThat(Pattern.compile("<li data-seq=\"\\d+\"").matcher(phone).results().count()).isEqualTo(4);
        assertThat(phone).containsPattern("<li data-seq=\"1\" data-status=\"[A-Z_]+\"><div class=\"m-card\">\\s*"
                + "<div class=\"m-plan-head\"><strong>第 1 期</strong>")
                .contains("应缴日 <b data-field=\"due_on\">2026-01-01</b>")
                .contains("<dt>应收</dt><dd data-field=\"amount\">¥24,570.00</dd>")
                .contains("<dt>未收本金</dt><dd data-field=\"outstanding\">")
                .contains("<dt>已收</dt><dd data-field=\"paid\">¥0.00</dd>");

        // the staff console's schedule stays the nine-column table
        String console = mall.staff("zhao", "财务部").get("/leases/L-2026-0001").body();
        String plan = console.substring(console.indexOf("收款计划"));
        assertThat(plan).contains("<table class=\"grid list\">").contains("<tr data-seq=\"1\"");
        String head = plan.substring(plan.indexOf("<thead>"), plan.indexOf("</thead>"));
        assertThat(Pattern.compile("<th[ >]").matcher(head).results().count()).isEqualTo(9);
    }
}
