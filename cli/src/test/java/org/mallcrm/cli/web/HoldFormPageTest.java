package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.domain.stall.StallNo;

/**
 * The hold form of a stall's card on the floor plan (收订金锁定铺位) over a real server: an amount that is not one
 * the money parser takes, or not above zero, is said in the form above its fields, naming the field by its label as
 * the receipt form does, with what was typed kept in it; the stall stays vacant. A bad merchant number, kind or
 * number of days is said the same way ("标签：原因"). A plain amount holds it.
 */
class HoldFormPageTest {

    @TempDir
    Path dir;

    private ServedMall mall;

    @BeforeEach
    void start() {
        ServedMall.stallsAndMerchant(dir, ServedMall.A101);
        mall = ServedMall.serve(dir.resolve("m.db"));
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    private boolean held() {
        return mall.ctx.deposits().holding(StallNo.of("1F-A-101")).isPresent();
    }

    @Test
    void a_bad_amount_is_named_by_its_label_above_the_hold_form_and_the_stall_stays_vacant() throws Exception {
        WebVisitor finance = mall.staff("qian", "财务部");
        assertThat(finance.get("/floors/1F?stall=1F-A-101").body()).as("the card offers the form")
                .contains("<form class=\"form hold-form\"");
        for (String amount : List.of("100.", ".5", "+5", "1e3", "100.000", "-1", "0", "abc")) {
            HttpResponse<String> r = finance.post("/stalls/1F-A-101/hold", "_csrf=" + finance.csrf
                    + "&merchant_no=M-0001&amount=" + WebVisitor.enc(amount) + "&kind=EARNEST&days=");
            String card = r.body();
            // the card comes back in place of the one posted from, with its form
            assertThat(r.statusCode()).as(amount).isEqualTo(422);
            assertThat(card).as(amount).contains("data-stall-no=\"1F-A-101\"")
                    .doesNotContain("Exception", "org.mallcrm", "IllegalArgument");
            int form = card.indexOf("<form class=\"form hold-form\"");
            int error = card.indexOf("data-error=\"hold\"");
            int field = card.indexOf("<input name=\"amount\"");
            assertThat(form).as(amount).isPositive();
            assertThat(error).as(amount + ": the message in the form, above its fields").isGreaterThan(form)
                    .isLessThan(card.indexOf("<input name=\"merchant_no\""));
            String said = card.substring(error, card.indexOf("</ul>", error));
            assertThat(said).as(amount).contains("金额（元）：应为大于零的金额，最多两位小数，例如 5000.00")
                    .doesNotContain("商户编号", "锁定天数");
            // what was typed stays in the field, to be corrected there
            assertThat(card.substring(field, card.indexOf('>', field))).as(amount)
                    .contains("value=\"" + amount + "\"");
            assertThat(held()).as(amount + ": nothing held").isFalse();
        }

        HttpResponse<String> ok = finance.post("/stalls/1F-A-101/hold", "_csrf=" + finance.csrf
                + "&merchant_no=M-0001&amount=5000.00&kind=EARNEST&days=");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("已锁定，订金单号").contains("data-status=\"RESERVED\"");
        assertThat(held()).isTrue();
    }

    @Test
    void a_bad_merchant_kind_or_days_is_named_by_its_label_as_the_amount_is() throws Exception {
        WebVisitor finance = mall.staff("qian", "财务部");
        record Bad(String merchant, String kind, String days, String said, String notSaid) {
        }
        for (Bad b : List.of(
                new Bad("", "EARNEST", "", "商户编号：应为商户编号，例如 M-0001", "请填写正确的商户编号"),
                new Bad("M 0001", "EARNEST", "", "商户编号：应为商户编号，例如 M-0001", "请填写正确的商户编号"),
                new Bad("M-0001", "DEPOSIT", "", "类型：请从列表中选择", "请选择订金或定金"),
                new Bad("M-0001", "EARNEST", "0", "锁定天数：应为 1 到 366 的整数", "锁定天数须为"),
                new Bad("M-0001", "EARNEST", "367", "锁定天数：应为 1 到 366 的整数", "锁定天数须为"),
                new Bad("M-0001", "EARNEST", "-1", "锁定天数：应为 1 到 366 的整数", "锁定天数须为"),
                new Bad("M-0001", "EARNEST", "abc", "锁定天数：应为 1 到 366 的整数", "锁定天数须为"))) {
            HttpResponse<String> r = finance.post("/stalls/1F-A-101/hold", "_csrf=" + finance.csrf
                    + "&merchant_no=" + WebVisitor.enc(b.merchant()) + "&amount=5000.00&kind=" + b.kind()
                    + "&days=" + WebVisitor.enc(b.days()));
            String card = r.body();
            assertThat(r.statusCode()).as(b.toString()).isEqualTo(422);
            int error = card.indexOf("data-error=\"hold\"");
            assertThat(error).as(b + ": the message in the form, above its fields")
                    .isGreaterThan(card.indexOf("<form class=\"form hold-form\""))
                    .isLessThan(card.indexOf("<input name=\"merchant_no\""));
            String said = card.substring(error, card.indexOf("</ul>", error));
            // one message, for the one field at fault, in the "标签：原因" form of the other messages
            assertThat(said).as(b.toString()).contains(b.said()).doesNotContain(b.notSaid()).doesNotContain("金额（元）");
            assertThat(said.split("<li", -1)).as(b + ": one message").hasSize(2);
            assertThat(held()).as(b + ": nothing held").isFalse();
        }
    }
}
