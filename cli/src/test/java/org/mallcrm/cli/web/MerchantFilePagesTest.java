package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.access.Role;

/**
 * The 360° merchant file's actions over a real server, beside the CLI on the same database: 招商部 records a
 * follow-up, moves the merchant along (and is told in Chinese why a move is refused), adds a contact and a log note,
 * drafts a placement and takes it to approval; every refused form comes back with what was typed and the reason in
 * words, never an error page; other departments read the file without its forms (403 when they post), and a
 * merchant's account does not learn the page exists (404).
 */
class MerchantFilePagesTest {

    @TempDir
    Path dir;

    private CliRun cli;
    private ServedMall mall;

    @BeforeEach
    void start() {
        Path db = dir.resolve("m.db");
        cli = new CliRun(db);
        ServedMall.now("2026-10-02T10:00:00+08:00");
        ServedMall.stalls(cli, dir, ServedMall.A101 + ServedMall.A102);
        ServedMall.merchants(cli, dir, "M-0001,杭州丽人服饰,王丽,13800000001,展会,NEGOTIATING,B,女装,浙江\n"
                        + "M-0002,广州潮男,李强,13800000002,展会,PROSPECT,A,男装,广东\n");
        mall = ServedMall.serve(db);
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    private JsonNode file() {
        return cli.json("merchants", "show", "M-0001");
    }

    @Test
    void leasing_works_the_merchant_from_its_file_and_refusals_come_back_in_chinese() throws Exception {
        WebVisitor leasing = mall.staff("wang.zs", "LEASING");
        String page = leasing.get("/merchants/M-0001").body();
        assertThat(page).contains("data-section=\"actions\"").contains("data-form=\"follow-up\"")
                .contains("data-form=\"advance\"").contains("data-form=\"contact\"").contains("data-form=\"log\"")
                .contains("data-form=\"place\"");
        String csrf = "_csrf=" + leasing.csrf;

        assertThat(leasing.post("/merchants/M-0001/follow-ups", "note=x").statusCode()).as("no CSRF token")
                .isEqualTo(403);
        HttpResponse<String> early = leasing.post("/merchants/M-0001/follow-ups", csrf + "&note=" + WebVisitor.enc("谈了租金")
                + "&on=2026-10-02&next_visit_on=2026-09-30");
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("下次拜访日期 2026-09-30 早于跟进日期 2026-10-02").contains("谈了租金")
                .contains("data-error=\"follow-up\"").doesNotContain("is before");
        assertThat(leasing.post("/merchants/M-0001/follow-ups", csrf + "&note=&on=2026-10-02").body())
                .contains("请填写跟进内容");
        assertThat(leasing.post("/merchants/M-0001/follow-ups", csrf + "&note=x&on=2026-13-40").body())
                .contains("跟进日期“2026-13-40”不是有效日期");
        assertThat(file().get("follow_ups").size()).as("nothing written").isZero();
        HttpResponse<String> followed = leasing.post("/merchants/M-0001/follow-ups", csrf + "&note="
                + WebVisitor.enc("谈了租金，下周看铺") + "&on=2026-10-02&next_visit_on=2026-10-09");
        assertThat(followed.statusCode()).as(followed.body()).isEqualTo(303);
        assertThat(followed.headers().firstValue("location").orElseThrow()).endsWith("/merchants/M-0001?done=follow-up");
        assertThat(leasing.get("/merchants/M-0001?done=follow-up").body()).contains("跟进记录已保存。")
                .contains("谈了租金，下周看铺");
        JsonNode f = file().get("follow_ups").get(0);
        assertThat(f.get("next_visit_on").asText()).isEqualTo("2026-10-09");
        assertThat(f.get("agent").asText()).isEqualTo("wang.zs");

        // stages: forward, a move the pipeline refuses, a date before the stage began
        HttpResponse<String> operating = leasing.post("/merchants/M-0001/advance", csrf + "&to=OPERATING");
        assertThat(operating.statusCode()).isEqualTo(409);
        assertThat(operating.body()).contains("商户当前处于“跟进中”阶段，不能变更为“入驻运营”")
                .contains("data-error=\"advance\"").contains("<option value=\"OPERATING\" selected>")
                .doesNotContain("TRANSITION_NOT_ALLOWED");
        HttpResponse<String> before = leasing.post("/merchants/M-0001/advance", csrf + "&to=QUALIFIED&on=2020-01-01");
        assertThat(before.statusCode()).isEqualTo(409);
        assertThat(before.body()).contains("生效日期早于商户进入“跟进中”阶段的日期");
        assertThat(leasing.post("/merchants/M-0001/advance", csrf + "&to=").statusCode()).isEqualTo(422);
        assertThat(file().get("stage").asText()).isEqualTo("NEGOTIATING");
        assertThat(leasing.post("/merchants/M-0001/advance", csrf + "&to=QUALIFIED").statusCode()).isEqualTo(303);
        assertThat(file().get("stage").asText()).isEqualTo("QUALIFIED");
        assertThat(leasing.get("/merchants/M-0001?done=advance").body()).contains("商户阶段已变更。")
                .contains("data-stage=\"QUALIFIED\"");

        // a contact and a log note
        HttpResponse<String> badPhone = leasing.post("/merchants/M-0001/contacts", csrf + "&name=" + WebVisitor.enc("赵店长")
                + "&phone=abc");
        assertThat(badPhone.statusCode()).isEqualTo(422);
        assertThat(badPhone.body()).contains("电话只能包含数字").contains("value=\"赵店长\"");
        assertThat(leasing.post("/merchants/M-0001/contacts", csrf + "&name=" + WebVisitor.enc("赵店长")
                + "&phone=13900000009&role=" + WebVisitor.enc("店长")).statusCode()).isEqualTo(303);
        assertThat(file().get("contacts").toString()).contains("赵店长").contains("13900000009");
        assertThat(leasing.post("/merchants/M-0001/log", csrf + "&note=").statusCode()).isEqualTo(422);
        assertThat(leasing.post("/merchants/M-0001/log", csrf + "&note=" + WebVisitor.enc("补交了营业执照")).statusCode())
                .isEqualTo(303);
        assertThat(file().get("operations_log").get(0).get("note").asText()).isEqualTo("补交了营业执照");

        // a placement: bad stall, then drafted, submitted, a refused step, approved
        HttpResponse<String> noStall = leasing.post("/merchants/M-0001/placements", csrf + "&stall_nos=1F-Z-999");
        assertThat(noStall.statusCode()).isEqualTo(422);
        assertThat(noStall.body()).contains("找不到铺位 1F-Z-999").contains("value=\"1F-Z-999\"");
        assertThat(leasing.post("/merchants/M-0001/placements", csrf + "&stall_nos=").body())
                .contains("请至少填写一个铺位号");
        assertThat(file().get("placements").size()).isZero();
        HttpResponse<String> placed = leasing.post("/merchants/M-0001/placements", csrf + "&stall_nos=1F-A-101");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(303);
        JsonNode p = file().get("placements").get(0);
        String pno = p.get("placement_no").asText();
        assertThat(p.get("status").asText()).isEqualTo("DRAFT");
        assertThat(p.get("rent_per_m2_month").asText()).isEqualTo("180.00");
        String drafted = leasing.get("/merchants/M-0001?done=place").body();
        assertThat(drafted).contains("落位单已创建").contains("data-placement-no=\"" + pno + "\" data-status=\"DRAFT\"")
                .contains("data-action=\"submit-" + pno + "\"");
        assertThat(leasing.post("/merchants/M-0001/placements/" + pno + "/approve", csrf).statusCode())
                .isEqualTo(409);
        assertThat(leasing.post("/merchants/M-0001/placements/" + pno + "/approve", csrf).body())
                .contains("落位单 " + pno + " 当前为“草稿”，不能批准");
        assertThat(leasing.post("/merchants/M-0002/placements/" + pno + "/submit", csrf).statusCode())
                .as("another merchant's placement").isEqualTo(404);
        assertThat(leasing.post("/merchants/M-0001/placements/" + pno + "/submit", csrf).statusCode()).isEqualTo(303);
        assertThat(leasing.post("/merchants/M-0001/placements/" + pno + "/reject", csrf + "&note=").body())
                .contains("驳回落位单时请填写原因");
        assertThat(leasing.post("/merchants/M-0001/placements/" + pno + "/approve", csrf).statusCode())
                .isEqualTo(303);
        assertThat(file().get("placements").get(0).get("status").asText()).isEqualTo("APPROVED");
        assertThat(file().get("stage").asText()).as("an approved placement places the merchant").isEqualTo("PLACED");

        assertThat(leasing.post("/merchants/M-9999/follow-ups", csrf + "&note=x").statusCode()).isEqualTo(404);
        assertThat(mall.staff("boss", "ADMIN").get("/logs/operations").body()).contains("商户 M-0001：跟进中 → 资质通过")
                .contains("批准落位单 " + pno);
    }

    @Test
    void other_departments_read_the_file_without_its_forms_and_a_merchant_does_not_see_it() throws Exception {
        WebVisitor finance = mall.staff("li.na", "FINANCE");
        String page = finance.get("/merchants/M-0001").body();
        assertThat(page).contains("data-merchant-no=\"M-0001\"").doesNotContain("data-section=\"actions\"")
                .doesNotContain("data-form=\"follow-up\"");
        assertThat(finance.post("/merchants/M-0001/follow-ups", "_csrf=" + finance.csrf + "&note=x").statusCode())
                .isEqualTo(403);
        assertThat(finance.post("/merchants/M-0001/placements", "_csrf=" + finance.csrf + "&stall_nos=1F-A-101")
                .statusCode()).isEqualTo(403);

        WebVisitor merchant = mall.account("m1", Role.MERCHANT, "M-0001");
        assertThat(merchant.get("/merchants/M-0001").statusCode()).isEqualTo(404);
        assertThat(merchant.post("/merchants/M-0001/follow-ups", "_csrf=" + merchant.csrf + "&note=x").statusCode())
                .isEqualTo(404);
        assertThat(file().get("follow_ups").size()).isZero();
        assertThat(file().get("placements").size()).isZero();
    }
}
