package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.ChannelCommandsTest;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.ClosedStatement;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.money.Money;

/**
 * The console's channel pages over a real server: a trip down to each head's two scans, the month's statements per
 * channel with the totals the use case gives, closing one (财务部 only, with the CSRF token, once), the rules.
 */
class ChannelPagesTest {

    @TempDir
    Path dir;

    private ServedMall mall;

    @BeforeEach
    void start() {
        ServedMall.now("2026-04-02T10:00:00+08:00");
        Path db = dir.resolve("m.db");
        CliRun cli = new CliRun(db);
        cli.ok("import", "trips", CliRun.write(dir, "trips.csv", ChannelCommandsTest.TRIP_HEADER
                + ChannelCommandsTest.trip("T-001", "CH01", "2026-03-10T09:00", "2026-03-10T11:00", 3)
                + ChannelCommandsTest.trip("T-002", "CH02", "2026-03-12T09:00", "2026-03-12T11:00", 1)
                + ChannelCommandsTest.trip("T-003", "CH02", "2026-05-01T09:00", "2026-05-01T11:00", 9)).toString());
        cli.ok("import", "scans", CliRun.write(dir, "scans.csv", ChannelCommandsTest.SCAN_HEADER
                + "S000001,CHANNEL,QR-T-001,B1," + ChannelCommandsTest.at("2026-03-10T08:00") + "\n"
                + "S000002,CHECKIN,GATE-1,B1," + ChannelCommandsTest.at("2026-03-10T09:30") + "\n"
                + "S000003,CHANNEL,QR-T-001,B2," + ChannelCommandsTest.at("2026-03-10T08:05") + "\n"
                + "S000004,CHECKIN,GATE-1,B2," + ChannelCommandsTest.at("2026-03-10T09:40") + "\n"
                + "S000005,CHANNEL,QR-T-002,B3," + ChannelCommandsTest.at("2026-03-12T08:05") + "\n"
                + "S000006,CHECKIN,GATE-2,B3," + ChannelCommandsTest.at("2026-03-12T09:40") + "\n").toString());
        mall = ServedMall.serve(db);
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    @Test
    void a_trip_shows_each_valid_head_with_its_two_scans() throws Exception {
        WebVisitor leasing = mall.staff("zhao", "招商部");
        String page = leasing.get("/trips/T-001").body();
        assertThat(page).contains("<h1").contains("团次 T-001").contains("data-field=\"valid_heads\">2<")
                .contains("data-field=\"reported\">3<").contains("S000001").contains("S000002").contains("S000003")
                .contains("S000004").doesNotContain("S000005").contains("草稿");
        assertThat(leasing.get("/trips?from=2026-03-01&to=2026-03-31").body()).contains("href=\"/trips/T-001\"")
                .contains("href=\"/statements/CH01/2026-03\"");
        assertThat(leasing.get("/trips/T-404").statusCode()).isEqualTo(404);
    }

    @Test
    void the_months_statements_total_as_the_use_case_and_finance_closes_one_once() throws Exception {
        WebVisitor finance = mall.staff("qian", "财务部");
        WebVisitor leasing = mall.staff("zhao", "招商部");
        YearMonth march = YearMonth.of(2026, 3);
        Money ch01 = mall.ctx.commissions().statement(ChannelCode.of("CH01"), march).total();
        Money ch02 = mall.ctx.commissions().statement(ChannelCode.of("CH02"), march).total();
        assertThat(ch01).isEqualTo(Money.parse("40.00"));

        String month = finance.get("/statements?month=2026-03").body();
        assertThat(month).contains("href=\"/statements/CH01/2026-03\"").contains("href=\"/statements/CH02/2026-03\"")
                .contains("2 个渠道，2 个团次，应付合计 ¥" + ch01.plus(ch02));
        assertThat(month).contains("href=\"/statements.xlsx?month=2026-03\"");
        HttpResponse<String> export = finance.get("/statements.xlsx?month=2026-03");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("content-disposition").orElseThrow()).contains(".xlsx");
        assertThat(finance.get("/statements?month=2026-13").statusCode()).isEqualTo(400);
        assertThat(finance.get("/statements/CH09/2026-03").statusCode()).isEqualTo(404);

        assertThat(leasing.get("/statements/CH01/2026-03").body()).doesNotContain("data-action=\"close\"");
        assertThat(leasing.post("/statements/CH01/2026-03/close", "_csrf=" + leasing.csrf + "&confirm=1")
                .statusCode()).as("招商部 cannot close").isEqualTo(403);
        String draft = finance.get("/statements/CH01/2026-03").body();
        assertThat(draft).contains("data-action=\"close\"").contains("data-field=\"total\">¥40.00<");
        assertThat(finance.post("/statements/CH01/2026-03/close", "confirm=1").statusCode()).as("no CSRF token")
                .isEqualTo(403);
        assertThat(mall.ctx.commissions().statement(ChannelCode.of("CH01"), march)).isNotInstanceOf(ClosedStatement.class);

        HttpResponse<String> closed = finance.post("/statements/CH01/2026-03/close", "_csrf=" + finance.csrf
                + "&confirm=1");
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(mall.ctx.commissions().statement(ChannelCode.of("CH01"), march)).isInstanceOf(ClosedStatement.class)
                .satisfies(s -> assertThat(s.total()).isEqualTo(ch01));
        String after = finance.follow(closed).body();
        assertThat(after).contains("已结算，结算单不再更改").contains("data-field=\"closed_at\"")
                .doesNotContain("data-action=\"close\"");
        HttpResponse<String> again = finance.post("/statements/CH01/2026-03/close", "_csrf=" + finance.csrf
                + "&confirm=1");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("不再更改").doesNotContain("Exception");
        assertThat(finance.post("/statements/CH02/2026-05/close", "_csrf=" + finance.csrf + "&confirm=1")
                .statusCode()).isEqualTo(422);
    }

    @Test
    void the_trips_page_chooses_its_period_and_an_empty_one_offers_the_month_before() throws Exception {
        WebVisitor leasing = mall.staff("wu", "招商部");
        // today is 2026-04-02 and every trip arrived in March (or May)
        String thisMonth = leasing.get("/trips").body();
        assertThat(thisMonth).contains("data-form=\"period\"").contains("action=\"/trips\"")
                .contains("name=\"from\" value=\"2026-04-01\"").contains("name=\"to\" value=\"2026-04-02\"")
                .contains("2026-04-01 至 2026-04-02 没有到达的团次。")
                .contains("href=\"/trips?from=2026-03-01&amp;to=2026-03-31\" data-action=\"other-period\"")
                .contains("查看上月（2026年3月）的团次").doesNotContain("href=\"/trips/T-001\"");
        String march = leasing.get("/trips?from=2026-03-01&to=2026-03-31").body();
        assertThat(march).contains("href=\"/trips/T-001\"").contains("href=\"/trips/T-002\"")
                .contains("name=\"from\" value=\"2026-03-01\"").doesNotContain("data-action=\"other-period\"")
                .contains("<a class=\"chip\" href=\"/trips?from=2026-03-01&amp;to=2026-03-31\" aria-current=\"true\">上月</a>");
    }

    @Test
    void a_mistaken_period_is_said_on_the_trips_page_above_the_form_that_keeps_what_was_typed() throws Exception {
        WebVisitor leasing = mall.staff("zheng", "招商部");
        // a day that is not a date: the page itself, not the general 400 page, with the form as it was sent
        HttpResponse<String> badDay = leasing.get("/trips?from=2026-13-01&to=2026-03-31");
        assertThat(badDay.statusCode()).isEqualTo(200);
        assertThat(badDay.body()).contains("<h1>渠道团次</h1>").contains("data-form=\"period\"")
                .contains("name=\"from\" value=\"2026-13-01\"").contains("name=\"to\" value=\"2026-03-31\"")
                .contains("role=\"alert\" data-error=\"period\">开始日期“2026-13-01”不是有效的日期")
                .doesNotContain("参数 from/to 不正确").doesNotContain("href=\"/trips/T-001\"")
                .doesNotContain("data-export=\"xlsx\"").contains("href=\"/trips?from=2026-03-01&amp;to=2026-03-31\"");
        assertThat(leasing.get("/trips?from=2026-03-01&to=2026-03-32").body())
                .contains("name=\"to\" value=\"2026-03-32\"").contains("结束日期“2026-03-32”不是有效的日期");
        // an end before the start, and a period longer than the page reconciles
        String reversed = leasing.get("/trips?from=2026-03-31&to=2026-03-01").body();
        assertThat(reversed).contains("name=\"from\" value=\"2026-03-31\"").contains("name=\"to\" value=\"2026-03-01\"")
                .contains("data-error=\"period\">结束日期早于开始日期").doesNotContain("href=\"/trips/T-001\"");
        String tooLong = leasing.get("/trips?from=2025-01-01&to=2026-03-31").body();
        assertThat(tooLong).contains("name=\"from\" value=\"2025-01-01\"")
                .contains("data-error=\"period\">结束日期最多在开始日期之后 400 天");
        assertThat(leasing.get("/trips?from=2025-03-01&to=2026-04-05").body()).as("400 days after is allowed")
                .doesNotContain("data-error=\"period\"").contains("href=\"/trips/T-001\"");
        // the export has no page to say it on: still a bad request
        assertThat(leasing.get("/trips.xlsx?from=2026-13-01&to=2026-03-31").statusCode()).isEqualTo(400);
        assertThat(leasing.get("/trips?from=2026-03-01&to=2026-03-31").body()).doesNotContain("data-error=\"period\"");
    }

    @Test
    void the_channel_pages_name_each_channel_beside_its_code() throws Exception {
        WebVisitor leasing = mall.staff("sun", "招商部");
        String trips = leasing.get("/trips?from=2026-03-01&to=2026-03-31").body();
        assertThat(trips).contains("<th>渠道名称</th>").contains("<td>渠道 CH01</td>").contains("<td>渠道 CH02</td>");
        assertThat(leasing.get("/trips/T-001").body()).contains("data-field=\"channel\"><a href=\"/statements/CH01/2026-03\">"
                + "CH01 渠道 CH01</a>");
        String month = leasing.get("/statements?month=2026-03").body();
        assertThat(month).contains("<th>渠道名称</th>").contains("<td>渠道 CH02</td>");
        String statement = leasing.get("/statements/CH02/2026-03").body();
        assertThat(statement).contains("<h1>CH02 渠道 CH02 2026年3月 佣金结算单</h1>")
                .contains("data-field=\"channel\">CH02 渠道 CH02<");
        // the export keeps the code in its own column, for machines
        assertThat(leasing.get("/statements.xlsx?month=2026-03").statusCode()).isEqualTo(200);
    }

    @Test
    void the_rules_page_shows_the_default_policy() throws Exception {
        String page = mall.staff("zhao", "招商部").get("/commission-rules").body();
        assertThat(page).contains("<h1").contains("佣金规则").contains("默认（全部渠道）").contains("¥20.00");
        assertThat(mall.ctx.commissions().setRules(CommissionRules.DEFAULT.withChannel(ChannelCode.of("CH02"),
                CommissionPolicy.DEFAULT), "test")).isInstanceOf(Outcome.Done.class);
        assertThat(mall.staff("zhou", "招商部").get("/commission-rules").body()).contains("<td>CH02</td>").contains("<td>渠道 CH02</td>");
    }
}
