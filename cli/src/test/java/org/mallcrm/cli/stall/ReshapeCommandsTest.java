package org.mallcrm.cli.stall;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.cli.CliRun;
import org.mallcrm.domain.time.MallTime;

/**
 * Split, merge, change, history and plan through the command line on a real database file: the worked examples
 * A1 and A2 end to end, the L-shaped cut, and each refusal leaving the database as it was.
 */
class ReshapeCommandsTest {

    static final String STALLS = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
            + "A101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
            + "A102,1F,A,女装,24.00,150.00,VACANT,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n"
            + "A103,1F,A,男装,24.00,170.00,VACANT,\"POLYGON((12000 0, 16000 0, 16000 6000, 12000 6000, 12000 0))\"\n"
            + "FAR,1F,A,男装,24.00,170.00,VACANT,\"POLYGON((20000 0, 24000 0, 24000 6000, 20000 6000, 20000 0))\"\n"
            + "C1,2F,C,鞋包,16.00,100.00,VACANT,\"POLYGON((0 0, 4000 0, 4000 4000, 0 4000, 0 0))\"\n"
            + "C2,2F,C,鞋包,16.00,100.00,VACANT,\"POLYGON((4000 4000, 8000 4000, 8000 8000, 4000 8000, 4000 4000))\"\n"
            + "L1,2F,C,童装,27.00,120.00,VACANT,"
            + "\"POLYGON((20000 0, 26000 0, 26000 3000, 23000 3000, 23000 6000, 20000 6000, 20000 0))\"\n"
            + "B1,1F,B,童装,40.00,120.00,LEASED,\"POLYGON((0 10000, 8000 10000, 8000 15000, 0 15000, 0 10000))\"\n";

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliRun(dir.resolve("mall.db"));
        CliRun.Result imported = cli.run("import", "stalls", write("stalls.csv", STALLS).toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private JsonNode json(String... args) throws IOException {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--format";
        all[args.length + 1] = "json";
        CliRun.Result r = cli.run(all);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return Json.mapper().readTree(r.out());
    }

    /** Everything a refusal must leave alone: every stall, and the history (documents) of the ones involved. */
    private String state(String... nos) {
        StringBuilder b = new StringBuilder(cli.run("stalls", "list", "--format", "json").out());
        for (String no : nos) {
            b.append(cli.run("stalls", "history", no, "--format", "json").out());
        }
        return b.toString();
    }

    private static String stallLine(JsonNode s) {
        return s.get("stall_no").asText() + " " + s.get("status").asText() + " " + s.get("outline_area_m2").asText()
                + " " + s.get("leasable_area_m2").asText() + " " + s.get("base_rent").asText() + " "
                + s.get("monthly_rent").asText();
    }

    @Test
    void a1_a_cut_at_x_2600_gives_14_79_and_30_71_m2_renting_2662_20_and_5527_80() throws IOException {
        JsonNode r = json("stalls", "split", "A101", "--cut", "x=2600", "--requested-by", "zhang.wei",
                "--approved-by", "li.na", "--on", "2026-03-01");

        JsonNode doc = r.get("document");
        assertThat(doc.get("document_no").asText()).matches("SPL-\\d{4}-0001");
        assertThat(doc.get("kind").asText()).isEqualTo("SPLIT");
        assertThat(doc.get("from")).extracting(JsonNode::asText).containsExactly("A101");
        assertThat(doc.get("to")).extracting(JsonNode::asText).containsExactly("A101-1", "A101-2");
        assertThat(doc.get("leasable_areas_m2")).extracting(JsonNode::asText).containsExactly("14.79", "30.71");
        assertThat(doc.get("requested_by").asText()).isEqualTo("zhang.wei");
        assertThat(doc.get("approved_by").asText()).isEqualTo("li.na");
        assertThat(doc.get("effective_on").asText()).isEqualTo("2026-03-01");
        assertThat(doc.get("approved_at").asText()).endsWith("+08:00");
        assertThat(r.get("stalls")).extracting(ReshapeCommandsTest::stallLine).containsExactly(
                "A101 SPLIT 40.00 45.50 180.00 8190.00",
                "A101-1 VACANT 13.00 14.79 180.00 2662.20",
                "A101-2 VACANT 27.00 30.71 180.00 5527.80");

        JsonNode child = json("stalls", "show", "A101-1");
        assertThat(child.get("outline_wkt").asText()).isEqualTo("POLYGON((0 0, 2600 0, 2600 5000, 0 5000, 0 0))");
        assertThat(child.get("parents")).extracting(JsonNode::asText).containsExactly("A101");
        assertThat(json("stalls", "show", "A101").get("children")).extracting(JsonNode::asText)
                .containsExactly("A101-1", "A101-2");
    }

    @Test
    void a1_three_parts_of_10_10_20_m2_from_a_file_share_45_50_as_11_38_11_37_22_75() throws IOException {
        Path parts = write("parts.json", """
                [{"stall_no": "A101-W", "outline_wkt": "POLYGON((0 0, 2000 0, 2000 5000, 0 5000, 0 0))"},
                 {"stall_no": "A101-M", "outline_wkt": "POLYGON((2000 0, 4000 0, 4000 5000, 2000 5000, 2000 0))"},
                 {"stall_no": "A101-E", "outline_wkt": "POLYGON((4000 0, 8000 0, 8000 5000, 4000 5000, 4000 0))"}]
                """);

        JsonNode r = json("stalls", "split", "A101", "--into", parts.toString());

        assertThat(r.get("stalls")).extracting(s -> s.get("stall_no").asText() + " " + s.get("leasable_area_m2")
                .asText()).containsExactly("A101 45.50", "A101-W 11.38", "A101-M 11.37", "A101-E 22.75");
    }

    @Test
    void a_surveyed_figure_in_the_parts_file_overrides_the_apportionment() throws IOException {
        Path parts = write("parts.json", """
                [{"stall_no": "W", "outline_wkt": "POLYGON((0 0, 2600 0, 2600 5000, 0 5000, 0 0))",
                  "leasable_area_m2": "15.00"},
                 {"stall_no": "E", "outline_wkt": "POLYGON((2600 0, 8000 0, 8000 5000, 2600 5000, 2600 0))"}]
                """);

        JsonNode r = json("stalls", "split", "A101", "--into", parts.toString());

        assertThat(r.get("document").get("leasable_areas_m2")).extracting(JsonNode::asText)
                .containsExactly("15.00", "30.50");
    }

    @Test
    void a2_two_neighbours_merge_into_one_48_m2_stall_at_160() throws IOException {
        JsonNode r = json("stalls", "merge", "A102", "A103", "--as", "A102-3");

        assertThat(r.get("document").get("base_rent").asText()).isEqualTo("160.00");
        assertThat(r.get("document").get("price_rule").asText()).isEqualTo("WEIGHTED_AVERAGE");
        JsonNode merged = json("stalls", "show", "A102-3");
        assertThat(stallLine(merged)).isEqualTo("A102-3 VACANT 48.00 48.00 160.00 7680.00");
        assertThat(merged.get("outline_wkt").asText())
                .isEqualTo("POLYGON((8000 0, 16000 0, 16000 6000, 8000 6000, 8000 0))");
        assertThat(merged.get("parents")).extracting(JsonNode::asText).containsExactly("A102", "A103");
        assertThat(json("stalls", "show", "A103").get("status").asText()).isEqualTo("MERGED");
    }

    @Test
    void a_straight_cut_through_an_l_shaped_stall_is_exact() throws IOException {
        JsonNode r = json("stalls", "split", "L1", "--cut", "x=22000");

        assertThat(r.get("stalls")).extracting(ReshapeCommandsTest::stallLine).containsExactly(
                "L1 SPLIT 27.00 27.00 120.00 3240.00",
                "L1-1 VACANT 12.00 12.00 120.00 1440.00",
                "L1-2 VACANT 15.00 15.00 120.00 1800.00");
        assertThat(json("stalls", "show", "L1-2").get("outline_wkt").asText()).isEqualTo(
                "POLYGON((22000 0, 26000 0, 26000 3000, 23000 3000, 23000 6000, 22000 6000, 22000 0))");
    }

    @Test
    void a_split_leaving_a_gap_is_refused_with_the_reason_and_changes_nothing() throws IOException {
        Path parts = write("gap.json", """
                [{"outline_wkt": "POLYGON((0 0, 2600 0, 2600 5000, 0 5000, 0 0))"},
                 {"outline_wkt": "POLYGON((3000 0, 8000 0, 8000 5000, 3000 5000, 3000 0))"}]
                """);
        String before = state("A101");

        CliRun.Result r = cli.run("stalls", "split", "A101", "--into", parts.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("GAP", "uncovered", "nothing was changed");
        assertThat(r.out()).isEmpty();
        assertThat(state("A101")).isEqualTo(before);
    }

    @Test
    void a_split_into_overlapping_parts_is_refused_and_changes_nothing() throws IOException {
        Path parts = write("overlap.json", """
                [{"outline_wkt": "POLYGON((0 0, 3000 0, 3000 5000, 0 5000, 0 0))"},
                 {"outline_wkt": "POLYGON((2600 0, 8000 0, 8000 5000, 2600 5000, 2600 0))"}]
                """);
        String before = state("A101");

        CliRun.Result r = cli.run("stalls", "split", "A101", "--into", parts.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("OVERLAP", "overlap");
        assertThat(state("A101")).isEqualTo(before);
    }

    @Test
    void a2_a_corner_only_merge_is_refused_and_changes_nothing() {
        String before = state("C1", "C2");

        CliRun.Result r = cli.run("stalls", "merge", "C1", "C2", "--as", "C3");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("CORNER_ONLY", "only at a corner");
        assertThat(state("C1", "C2")).isEqualTo(before);
    }

    @Test
    void a2_a_merge_of_stalls_that_do_not_touch_is_refused_and_changes_nothing() {
        String before = state("A102", "FAR");

        CliRun.Result r = cli.run("stalls", "merge", "A102", "FAR", "--as", "X1");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("NOT_ADJACENT", "do not touch");
        assertThat(state("A102", "FAR")).isEqualTo(before);
    }

    @Test
    void a2_splitting_or_merging_a_leased_stall_is_refused_and_changes_nothing() {
        String before = state("B1");

        CliRun.Result split = cli.run("stalls", "split", "B1", "--cut", "x=4000");
        CliRun.Result merge = cli.run("stalls", "merge", "A101", "B1", "--as", "X2");

        assertThat(split.exitCode()).isEqualTo(1);
        assertThat(split.err()).contains("NOT_VACANT", "B1 is LEASED", "lease amendment");
        assertThat(merge.exitCode()).isEqualTo(1);
        assertThat(state("B1")).isEqualTo(before);
    }

    @Test
    void malformed_parts_are_exit_65_a_missing_file_66_a_bad_cut_64_and_nothing_changes() throws IOException {
        String before = state("A101");

        CliRun.Result notJson = cli.run("stalls", "split", "A101", "--into", write("bad.json", "[{\"outline_wkt\": ").toString());
        CliRun.Result badWkt = cli.run("stalls", "split", "A101", "--into", write("wkt.json",
                "[{\"outline_wkt\": \"POLYGON((0 0, 1 1))\"}, {\"outline_wkt\": \"SQUARE\"}]").toString());
        CliRun.Result unknownField = cli.run("stalls", "split", "A101", "--into",
                write("field.json", "[{\"wkt\": \"POLYGON((0 0, 1 0, 1 1, 0 0))\"}]").toString());
        CliRun.Result missing = cli.run("stalls", "split", "A101", "--into", dir.resolve("nope.json").toString());
        CliRun.Result badCut = cli.run("stalls", "split", "A101", "--cut", "z=12");

        assertThat(notJson.exitCode()).isEqualTo(65);
        assertThat(notJson.err()).contains("bad.json");
        assertThat(badWkt.exitCode()).isEqualTo(65);
        assertThat(badWkt.err()).contains("wkt.json[0].outline_wkt", "wkt.json[1].outline_wkt");
        assertThat(unknownField.exitCode()).isEqualTo(65);
        assertThat(missing.exitCode()).isEqualTo(66);
        assertThat(badCut.exitCode()).isEqualTo(64);
        assertThat(cli.run("stalls", "split", "A101").exitCode()).isEqualTo(64);
        assertThat(state("A101")).isEqualTo(before);
    }

    @Test
    void an_unknown_stall_is_exit_1() {
        CliRun.Result r = cli.run("stalls", "split", "NOPE", "--cut", "x=1");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("NOPE");
    }

    @Test
    void a_change_renumbers_and_history_shows_the_family_both_ways_with_its_trail() throws IOException {
        json("stalls", "split", "A101", "--cut", "x=2600", "--on", "2026-03-01");
        json("stalls", "merge", "A101-2", "A102", "--as", "M1", "--on", "2026-04-01");
        JsonNode changed = json("stalls", "change", "A101-1", "--number", "1F-A-201", "--leasable-area", "15.00",
                "--on", "2026-05-01");
        assertThat(changed.get("document").get("leasable_area_after_m2").asText()).isEqualTo("15.00");

        JsonNode root = json("stalls", "history", "A101");
        assertThat(root.get("descendants")).extracting(d -> d.get("stall_no").asText() + "@"
                + d.get("generation").asInt()).containsExactly("1F-A-201@1", "A101-2@1", "M1@2");
        assertThat(root.get("documents")).extracting(d -> d.get("kind").asText() + " " + d.get("effective_on")
                .asText()).containsExactly("SPLIT 2026-03-01", "MERGE 2026-04-01", "CHANGE 2026-05-01");

        JsonNode merged = json("stalls", "history", "M1");
        assertThat(merged.get("ancestors")).extracting(d -> d.get("stall_no").asText() + "@"
                + d.get("generation").asInt()).containsExactly("A101-2@1", "A102@1", "A101@2");

        JsonNode renamed = json("stalls", "history", "A101-1");
        assertThat(renamed.get("stall").get("stall_no").asText()).isEqualTo("1F-A-201");
        assertThat(renamed.get("former_numbers")).extracting(JsonNode::asText).containsExactly("A101-1");

        CliRun.Result table = cli.run("stalls", "history", "1F-A-201");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("formerly A101-1", "Ancestors:", "SPLIT A101 → A101-1, A101-2 (cut x=2600)",
                "CHANGE A101-1 → 1F-A-201");
    }

    @Test
    void a_change_needs_something_to_change() {
        assertThat(cli.run("stalls", "change", "A101").exitCode()).isEqualTo(64);
        CliRun.Result same = cli.run("stalls", "change", "A101", "--leasable-area", "45.50");
        assertThat(same.exitCode()).isEqualTo(1);
        assertThat(same.err()).contains("NO_CHANGE");
    }

    @Test
    void the_effective_date_defaults_to_today_and_the_people_to_the_os_user() throws IOException {
        JsonNode doc = json("stalls", "split", "A101", "--cut", "y=2000").get("document");

        assertThat(doc.get("effective_on").asText()).isEqualTo(LocalDate.now(MallTime.ZONE).toString());
        assertThat(doc.get("requested_by").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(doc.get("approved_by").asText()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void plan_writes_an_svg_of_the_floor_and_prints_its_figures() throws IOException {
        json("stalls", "split", "A101", "--cut", "x=2600");
        Path svg = dir.resolve("plan.svg");

        JsonNode stats = json("stalls", "plan", "--floor", "1F", "--out", svg.toString());

        assertThat(stats.get("stalls").asInt()).isEqualTo(6);
        assertThat(stats.get("by_status").get("LEASED").asInt()).isEqualTo(1);
        assertThat(stats.get("leasable_area_m2").asText()).isEqualTo("157.50");
        assertThat(stats.get("leased_area_pct").asText()).isEqualTo("25.40");
        String text = Files.readString(svg);
        assertThat(text).startsWith("<?xml").contains("<svg", "data-stall-no=\"A101-1\"", "data-stall-no=\"B1\"")
                .doesNotContain("data-stall-no=\"A101\"");
        CliRun.Result byType = cli.run("stalls", "plan", "--floor", "1F", "--color", "business_type", "--out",
                dir.resolve("types.svg").toString());
        assertThat(byType.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("types.svg"))).contains("Business type");
        assertThat(cli.run("stalls", "plan", "--floor", "9F", "--out", svg.toString()).exitCode()).isEqualTo(1);
        assertThat(cli.run("stalls", "plan", "--floor", "1F", "--color", "mood", "--out", svg.toString()).exitCode())
                .isEqualTo(64);
    }

    @Test
    void plan_into_a_folder_that_does_not_exist_is_refused_and_no_folder_is_made() {
        Path missing = dir.resolve("no/such/folder");

        CliRun.Result r = cli.run("stalls", "plan", "--floor", "1F", "--out", missing.resolve("plan.svg").toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(64);
        assertThat(r.err().strip()).isEqualTo("error: --out " + missing.resolve("plan.svg") + ": the folder " + missing
                + " does not exist");
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("no")).doesNotExist();

        CliRun.Result folder = cli.run("stalls", "plan", "--floor", "1F", "--out", dir.toString());
        assertThat(folder.exitCode()).as(folder.err()).isEqualTo(64);
        assertThat(folder.err()).contains("--out " + dir + " is a folder; name a file to write the plan to");
    }

    @Test
    void every_new_command_has_help_that_explains_it() {
        for (String c : new String[] {"split", "merge", "change", "history", "plan"}) {
            CliRun.Result r = cli.run("stalls", c, "--help");
            assertThat(r.exitCode()).as(c).isZero();
            assertThat(r.out()).as(c).contains("Usage: mallcrm stalls " + c).hasSizeGreaterThan(300);
        }
    }
}
