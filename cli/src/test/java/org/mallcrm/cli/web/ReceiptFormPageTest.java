package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.lease.LeaseNo;

/**
 * The receipt form of a lease's page (登记收款) over a real server: an amount that is only nearly one ("100.", ".5",
 * "+5", "1e3", "100.000", refused by the one parser of amounts) is said above the form, naming the field, with what
 * was typed kept in it, and no receipt is recorded; a plain amount is.
 */
class ReceiptFormPageTest {

    @TempDir
    Path dir;

    private ServedMall mall;

    @BeforeEach
    void start() {
        CliRun cli = ServedMall.stallsAndMerchant(dir, ServedMall.A101);
        ServedMall.lease(cli, dir, ServedMall.LEASE_L1);
        mall = ServedMall.serve(dir.resolve("m.db"));
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    private int receipts() {
        return mall.ctx.receipts().list(LeaseNo.of("L-1"), null, 100).items().size();
    }

    @Test
    void an_amount_that_is_only_nearly_one_is_named_above_the_receipt_form_and_nothing_is_recorded() throws Exception {
        WebVisitor finance = mall.staff("qian", "财务部");
        for (String amount : List.of("100.", ".5", "+5", "1e3", "100.000")) {
            HttpResponse<String> r = finance.post("/leases/L-1/receipts", "_csrf=" + finance.csrf + "&amount="
                    + WebVisitor.enc(amount) + "&on=2026-04-01&method=TRANSFER");
            String page = r.body();
            // as the lease page's other forms answer a bad field: 422, the page itself with the form
            assertThat(r.statusCode()).as(amount).isEqualTo(422);
            assertThat(page).as(amount).contains("<h1>租赁合同 L-1</h1>")
                    .doesNotContain("Exception", "org.mallcrm", "IllegalArgument");
            int form = page.indexOf("<form class=\"form receipt-form\"");
            int error = page.indexOf("data-error=\"receipt\"");
            int field = page.indexOf("<input name=\"amount\"");
            assertThat(form).as(amount).isPositive();
            assertThat(error).as(amount + ": the message in the form, above its fields").isGreaterThan(form)
                    .isLessThan(field);
            String said = page.substring(error, page.indexOf("</ul>", error));
            assertThat(said).as(amount).contains("金额（元）：应为大于零的金额，最多两位小数，例如 8190.00")
                    .doesNotContain("收款日期");
            // what was typed stays in the field, to be corrected there
            assertThat(page.substring(field, page.indexOf('>', field))).as(amount)
                    .contains("value=\"" + amount + "\"");
            assertThat(receipts()).as(amount + ": nothing recorded").isZero();
        }

        HttpResponse<String> badDay = finance.post("/leases/L-1/receipts", "_csrf=" + finance.csrf
                + "&amount=100.50&on=2026-04-31&method=TRANSFER");
        assertThat(badDay.statusCode()).isEqualTo(422);
        assertThat(badDay.body()).contains("收款日期：应为日期，例如 2026-12-31");
        assertThat(receipts()).isZero();

        HttpResponse<String> recorded = finance.post("/leases/L-1/receipts", "_csrf=" + finance.csrf
                + "&amount=100.50&on=2026-04-01&method=TRANSFER");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(303);
        assertThat(finance.follow(recorded).body()).contains("已登记收款单").contains("¥100.50");
        assertThat(receipts()).isEqualTo(1);
    }
}
