package org.mallcrm.cli.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.time.MallTime;

/** The pipeline, requests and the 360° file through the real command line. */
class PipelineCommandsTest {

    @TempDir
    Path dir;
    MerchantCli mall;
    /** Imports date the first stage by the wall clock, so the moves are dated after it. */
    final LocalDate today = LocalDate.now(MallTime.ZONE);

    @BeforeEach
    void setUp() {
        mall = new MerchantCli(dir);
    }

    @Test
    void advancing_keeps_a_history_with_exact_dwell_days_and_a_refused_move_exits_1_with_the_reason() {
        mall.ok("merchants", "advance", "M-0002", "--to", "PLACED", "--on", today.plusDays(3).toString());
        JsonNode m = mall.json("merchants", "advance", "M-0002", "--to", "SIGNED", "--on", today.plusDays(17).toString());
        JsonNode history = m.get("stage_history");
        assertThat(history).hasSize(3);
        assertThat(history.get(0).get("stage").asText()).isEqualTo("QUALIFIED");
        assertThat(history.get(0).get("dwell_days").asLong()).isEqualTo(3);
        assertThat(history.get(1).get("stage").asText()).isEqualTo("PLACED");
        assertThat(history.get(1).get("left_on").asText()).isEqualTo(today.plusDays(17).toString());
        assertThat(history.get(1).get("dwell_days").asLong()).isEqualTo(14);

        CliRun.Result back = mall.run("merchants", "advance", "M-0002", "--to", "PROSPECT");
        assertThat(back.exitCode()).isEqualTo(1);
        assertThat(back.err()).contains("SIGNED → PROSPECT refused");
        assertThat(mall.run("merchants", "advance", "M-0002", "--to", "HAPPY").exitCode()).isEqualTo(65);

        JsonNode dwell = mall.json("merchants", "report", "dwell", "--as-of", today.plusDays(20).toString());
        assertThat(dwell.get(0).get("merchant_no").asText()).isEqualTo("M-0001");
        assertThat(dwell.get(0).get("dwell_days").asLong()).isEqualTo(20);
        assertThat(dwell.get(1).get("dwell_days").asLong()).isEqualTo(3);
        JsonNode funnel = mall.json("merchants", "report", "funnel");
        assertThat(funnel).hasSize(8);
        assertThat(funnel.get(4).get("stage").asText()).isEqualTo("SIGNED");
        assertThat(funnel.get(4).get("current").asLong()).isEqualTo(1);
        JsonNode conversion = mall.json("merchants", "report", "conversion");
        assertThat(conversion.get(0).get("lead_source").asText()).isEqualTo("展会");
        assertThat(conversion.get(1).get("conversion_pct").asText()).isEqualTo("100.0");
        assertThat(conversion.get(1).get("median_days_to_sign").asText()).isEqualTo("17.0");
    }

    @Test
    void import_merchants_takes_an_optional_stage_entered_on_and_dwell_times_count_from_it() {
        String header = "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province,"
                + "stage_entered_on\n";
        CliRun.Result bad = mall.run("import", "merchants", mall.write("bad.csv", header
                + "M-0101,义乌小商品,张三,13800000101,展会,NEGOTIATING,B,饰品,浙江," + today.minusDays(40) + "\n"
                + "M-0102,温州鞋业,李四,13800000102,展会,QUALIFIED,A,鞋,浙江," + today.plusDays(1) + "\n"
                + "M-0103,石狮男装,王五,13800000103,展会,PROSPECT,,男装,福建,2025/12/01\n").toString());
        assertThat(bad.exitCode()).as(bad.err()).isEqualTo(65);
        assertThat(bad.err()).contains("3,stage_entered_on," + today.plusDays(1), "in the future",
                "4,stage_entered_on,2025/12/01", "YYYY-MM-DD");
        assertThat(mall.run("merchants", "show", "M-0101").exitCode()).isNotZero();

        CliRun.Result ok = mall.run("import", "merchants", mall.write("ok.csv", header
                + "M-0101,义乌小商品,张三,13800000101,展会,NEGOTIATING,B,饰品,浙江," + today.minusDays(40) + "\n"
                + "M-0102,温州鞋业,李四,13800000102,展会,QUALIFIED,A,鞋,浙江,\n").toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();

        JsonNode m = mall.json("merchants", "show", "M-0101");
        assertThat(m.get("stage_history").get(0).get("entered_on").asText())
                .isEqualTo(today.minusDays(40).toString());
        assertThat(m.get("stage_history").get(0).get("dwell_days").asLong()).isEqualTo(40);
        assertThat(mall.json("merchants", "show", "M-0102").get("stage_history").get(0).get("entered_on").asText())
                .isEqualTo(today.toString());
        JsonNode dwell = mall.json("merchants", "report", "dwell", "--as-of", today.toString());
        assertThat(dwell.get(0).get("merchant_no").asText()).isEqualTo("M-0101");
        assertThat(dwell.get(0).get("dwell_days").asLong()).isEqualTo(40);
        assertThat(mall.ok("import", "merchants", "--help").out()).contains("stage_entered_on");
    }

    @Test
    void follow_ups_are_due_for_their_agent_most_overdue_first() {
        mall.ok("merchants", "follow-up", "M-0001", "--note", "首次拜访", "--next", today.toString(), "--agent", "李明");
        mall.ok("merchants", "follow-up", "M-0002", "--note", "电话", "--next", today.plusDays(5).toString(),
                "--agent", "李明");
        assertThat(mall.run("merchants", "follow-up", "M-0001", "--note", "x", "--next", today.minusDays(1).toString())
                .exitCode()).isEqualTo(65);

        JsonNode due = mall.json("merchants", "follow-ups", "--due", "--agent", "李明", "--as-of",
                today.plusDays(7).toString());
        assertThat(due).hasSize(2);
        assertThat(due.get(0).get("merchant_no").asText()).isEqualTo("M-0001");
        assertThat(due.get(0).get("days_overdue").asLong()).isEqualTo(7);
        assertThat(mall.json("merchants", "follow-ups", "--due", "--agent", "王芳")).isEmpty();
        assertThat(mall.json("merchants", "follow-ups", "M-0001")).hasSize(1);
    }

    @Test
    void requests_only_for_leased_stalls_with_a_trail_and_the_360_file_shows_it_all() {
        mall.ok("leases", "create", "--spec",
                mall.write("l.json", MerchantCli.b1("L-2026-0001", "M-0001", "NEW", "2026-01-05")).toString());
        CliRun.Result notLeased = mall.run("requests", "create", "overtime", "--merchant", "M-0001", "--stall",
                "1F-A-102", "--date", today.toString(), "--from", "18:00", "--to", "22:00", "--reason", "到货");
        assertThat(notLeased.exitCode()).isEqualTo(1);
        assertThat(notLeased.err()).contains("does not lease stall 1F-A-102");

        JsonNode ot = mall.json("requests", "create", "overtime", "--merchant", "M-0001", "--stall", "1F-A-101",
                "--date", today.toString(), "--from", "18:00", "--to", "22:30", "--reason", "到货上架");
        String no = ot.get("request_no").asText();
        assertThat(ot.get("status").asText()).isEqualTo("SUBMITTED");
        JsonNode approved = mall.json("requests", "approve", no, "--by", "商服-张丽", "--note", "注意消防");
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("trail").get(1).get("what").asText()).isEqualTo("APPROVED: 注意消防");
        assertThat(approved.get("trail").get(1).get("by").asText()).isEqualTo("商服-张丽");
        assertThat(mall.run("requests", "reject", no, "--reason", "晚了").exitCode()).isEqualTo(1);

        String rp = mall.json("requests", "create", "repair", "--merchant", "M-0001", "--stall", "1F-A-101",
                "--category", "水电", "--description", "插座不通电", "--urgency", "URGENT").get("request_no").asText();
        assertThat(mall.run("requests", "resolve", rp, "--resolution", "x").exitCode()).isEqualTo(1);
        mall.ok("requests", "assign", rp, "--to", "工程-刘工");
        mall.json("requests", "create", "feedback", "--merchant", "M-0001", "--category", "卫生", "--text", "洗手间");
        assertThat(mall.json("requests", "list", "repair", "--status", "ASSIGNED")).hasSize(1);
        assertThat(mall.run("requests", "list", "repair", "--status", "LOST").exitCode()).isEqualTo(64);

        mall.ok("merchants", "log", "M-0001", "--note", "提醒整改门头", "--by", "商服-张丽");
        mall.ok("merchants", "contacts", "add", "M-0001", "--name", "张会计", "--phone", "0571-1234", "--role", "会计");
        mall.ok("credit", "record", "--merchant", "M-0001", "--type", "BONUS", "--on", today.toString());

        JsonNode file = mall.json("merchants", "show", "M-0001");
        assertThat(file.get("stage").asText()).isEqualTo("SIGNED");
        assertThat(file.get("stage_history")).hasSize(2);
        assertThat(file.get("contacts")).hasSize(2);
        assertThat(file.get("leases").get(0).get("lease_no").asText()).isEqualTo("L-2026-0001");
        assertThat(file.get("outstanding_bills").size()).isPositive();
        assertThat(file.get("credit").get("score").asInt()).isEqualTo(100);
        assertThat(file.get("overtime_requests").get(0).get("status").asText()).isEqualTo("APPROVED");
        assertThat(file.get("repair_requests").get(0).get("assignee").asText()).isEqualTo("工程-刘工");
        assertThat(file.get("feedback")).hasSize(1);
        assertThat(file.get("operations_log").get(0).get("note").asText()).isEqualTo("提醒整改门头");
        assertThat(mall.run("merchants", "show", "M-0404").exitCode()).isEqualTo(1);
    }
}
