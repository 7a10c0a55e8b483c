package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.stall.ReshapeRefusal;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/**
 * A stall's page over a real server: 档案部 splits a vacant stall and merges a part with its neighbour from it, the
 * lineage and the documents' trail show who asked and who approved; bad input is named, a leased stall is refused in
 * words, a department without the right gets 403.
 */
class StallPageTest {

    @TempDir
    Path dir;

    private ServedMall mall;

    @BeforeEach
    void start() {
        Path db = dir.resolve("m.db");
        CliRun cli = new CliRun(db);
        cli.ok("import", "stalls", CliRun.write(dir, "stalls.csv",
                "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
                        + "1F-A-001,1F,A,女装,40.00,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
                        + "1F-A-002,1F,A,女装,40.00,180.00,VACANT,\"POLYGON((8000 0, 16000 0, 16000 5000, 8000 5000, 8000 0))\"\n"
                        + "1F-A-003,1F,A,女装,40.00,180.00,LEASED,\"POLYGON((16000 0, 24000 0, 24000 5000, 16000 5000, 16000 0))\"\n")
                .toString());
        mall = ServedMall.serve(db);
    }

    @AfterEach
    void stop() {
        ServedMall.stop(mall);
    }

    @Test
    void archives_split_and_merge_from_the_page_and_the_trail_shows_who_asked_and_approved() throws Exception {
        WebVisitor archives = mall.staff("sun", "档案部");
        WebVisitor finance = mall.staff("qian", "财务部");
        assertThat(archives.get("/stalls/1F-A-001").body()).contains("data-form=\"split\"")
                .contains("没有拆分、合并或变更单据");
        assertThat(finance.get("/stalls/1F-A-001").body()).doesNotContain("data-form=\"split\"");
        assertThat(finance.post("/stalls/1F-A-001/split", "_csrf=" + finance.csrf + "&cut=x%3D3000&approved_by=x")
                .statusCode()).isEqualTo(403);
        assertThat(archives.get("/stalls/NOPE-1").statusCode()).isEqualTo(404);

        HttpResponse<String> badCut = archives.post("/stalls/1F-A-001/split", "_csrf=" + archives.csrf
                + "&cut=z%3D1&approved_by=" + WebVisitor.enc("张经理"));
        assertThat(badCut.statusCode()).isEqualTo(422);
        assertThat(badCut.body()).contains("切分线（毫米）：写作 x=毫米 或 y=毫米").doesNotContain("Exception");
        HttpResponse<String> noApprover = archives.post("/stalls/1F-A-001/split", "_csrf=" + archives.csrf
                + "&cut=x%3D3000&approved_by=");
        assertThat(noApprover.statusCode()).isEqualTo(422);
        assertThat(noApprover.body()).contains("审批人：必填");
        assertThat(mall.ctx.stalls().find(StallNo.of("1F-A-001")).orElseThrow().status()).isEqualTo(StallStatus.VACANT);

        HttpResponse<String> split = archives.post("/stalls/1F-A-001/split", "_csrf=" + archives.csrf
                + "&cut=x%3D3000&approved_by=" + WebVisitor.enc("张经理") + "&effective_on=2026-12-01");
        assertThat(split.statusCode()).isEqualTo(303);
        String child = archives.follow(split).body();
        assertThat(child).contains("已归档").contains("href=\"/stalls/1F-A-001\"").contains("拆分单")
                .contains("<td>sun</td>").contains("<td>张经理</td>").contains("2026-12-01");
        assertThat(mall.ctx.stalls().find(StallNo.of("1F-A-001")).orElseThrow().status()).isEqualTo(StallStatus.SPLIT);
        String parent = archives.get("/stalls/1F-A-001").body();
        assertThat(parent).contains("href=\"/stalls/1F-A-001-1\"").contains("href=\"/stalls/1F-A-001-2\"")
                .doesNotContain("data-form=\"split\"");

        HttpResponse<String> merged = archives.post("/stalls/1F-A-001-2/merge", "_csrf=" + archives.csrf
                + "&with=1F-A-002&as=1F-A-009&base_rent=180.00&approved_by=" + WebVisitor.enc("张经理"));
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(303);
        assertThat(merged.headers().firstValue("location").orElseThrow()).contains("/stalls/1F-A-009");
        assertThat(mall.ctx.stalls().find(StallNo.of("1F-A-009")).orElseThrow().parents())
                .containsExactlyInAnyOrder(StallNo.of("1F-A-001-2"), StallNo.of("1F-A-002"));

        HttpResponse<String> leased = archives.post("/stalls/1F-A-003/split", "_csrf=" + archives.csrf
                + "&cut=x%3D20000&approved_by=" + WebVisitor.enc("张经理"));
        assertThat(leased.statusCode()).isEqualTo(409);
        assertThat(leased.body()).contains("1F-A-003 不是待租状态");
    }

    @Test
    void every_refusal_reason_has_words_in_both_languages() throws Exception {
        for (String bundle : new String[] {"web/messages.properties", "web/messages_en.properties"}) {
            Properties p = new Properties();
            try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle),
                    StandardCharsets.UTF_8)) {
                p.load(in);
            }
            for (ReshapeRefusal.Reason r : ReshapeRefusal.Reason.values()) {
                assertThat(p.getProperty("stall.refusal." + r.name())).as(bundle + " " + r).isNotBlank();
            }
        }
    }

    @Test
    void a_change_to_an_area_beyond_the_largest_the_mall_keeps_is_refused_on_the_form_and_nothing_is_filed()
            throws Exception {
        WebVisitor archives = mall.staff("sun", "档案部");
        for (String area : List.of("100000.01", "1000000000.01", "99999999999999999999")) {
            HttpResponse<String> r = archives.post("/stalls/1F-A-002/change", "_csrf=" + archives.csrf
                    + "&leasable_area_m2=" + area + "&approved_by=" + WebVisitor.enc("张经理")
                    + "&effective_on=2026-04-01");
            assertThat(r.statusCode()).as(area).isEqualTo(422);
            String page = r.body();
            int error = page.indexOf("data-error=\"change\"");
            assertThat(error).as(area).isPositive().isLessThan(page.indexOf("data-form=\"split\""));
            assertThat(page.substring(error, page.indexOf("</ul>", error))).as(area)
                    .contains("应为正数面积，最多两位小数，不超过 100000.00 ㎡");
            assertThat(page).as(area).contains("value=\"" + area + "\"").doesNotContain("Exception");
            assertThat(mall.ctx.stallHistory().history(StallNo.of("1F-A-002")).orElseThrow()
                    .documents()).as(area).isEmpty();
        }
        // the largest area the mall keeps is an area
        assertThat(archives.post("/stalls/1F-A-002/change", "_csrf=" + archives.csrf + "&leasable_area_m2=100000.00"
                + "&approved_by=" + WebVisitor.enc("张经理") + "&effective_on=2026-04-01").statusCode()).isEqualTo(303);
    }
}
