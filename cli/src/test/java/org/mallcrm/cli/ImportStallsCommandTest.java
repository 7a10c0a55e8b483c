package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Json;

class ImportStallsCommandTest {

    static final String HEADER = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n";
    static final String GOOD = HEADER
            + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
            + "1F-A-102,1F,A,男装,24.00,150,LEASED,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n"
            + "2F-B-001,2F,B,童装,30.5,120.50,RENOVATING,\"POLYGON((0 0, 6000 0, 6000 5000, 0 5000, 0 0))\"\n";

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(dir.resolve("mall.db"));
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private int stallCount() throws IOException {
        CliRun.Result r = cli.run("stalls", "list", "--format", "json");
        assertThat(r.exitCode()).isZero();
        return Json.mapper().readTree(r.out()).size();
    }

    @Test
    void a_good_file_imports_and_the_same_file_twice_changes_nothing() throws IOException {
        Path file = write("stalls.csv", GOOD);

        CliRun.Result first = cli.run("import", "stalls", file.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.err()).contains("imported 3, updated 0, unchanged 0");
        assertThat(first.out()).isEmpty();

        CliRun.Result again = cli.run("import", "stalls", file.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("imported 0, updated 0, unchanged 3").contains("nothing changed");
        assertThat(stallCount()).isEqualTo(3);
    }

    @Test
    void stall_json_has_the_contract_fields_with_money_and_areas_as_strings() throws IOException {
        cli.run("import", "stalls", write("stalls.csv", GOOD).toString());

        JsonNode s = Json.mapper().readTree(cli.run("stalls", "show", "1F-A-101", "--format", "json").out());

        assertThat(s.get("stall_no").asText()).isEqualTo("1F-A-101");
        assertThat(s.get("leasable_area_m2").asText()).isEqualTo("45.50");
        assertThat(s.get("outline_area_m2").asText()).isEqualTo("40.00");
        assertThat(s.get("base_rent").asText()).isEqualTo("180.00");
        assertThat(s.get("status").asText()).isEqualTo("VACANT");
        assertThat(s.get("outline_wkt").asText()).startsWith("POLYGON((");
        assertThat(s.get("base_rent").isTextual()).isTrue();
    }

    @Test
    void a_file_with_bad_rows_writes_nothing_names_every_bad_line_and_exits_65() throws IOException {
        Path file = write("bad.csv", HEADER
                + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
                + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((20000 0, 28000 0, 28000 5000, 20000 5000, 20000 0))\"\n"
                + "1F-A-103,1F,A,女装,10.00,100.00,VACANT,\"POLYGON((1000 1000, 3000 1000, 3000 3000, 1000 3000, 1000 1000))\"\n"
                + "1F-A-104,1F,A,女装,10.00,100.00,VACANT,\"POLYGON((0 0, 10 10, 10 0, 0 5, 0 0))\"\n"
                + "1F-A-105,1F,A,女装,10.00,100.00,VACANT,\"POLYGON((0 0, 10 0, 10 10, 0 10))\"\n"
                + "1F-A-106,1F,A,女装,10.00,-5.00,VACANT,\"POLYGON((40000 0, 41000 0, 41000 1000, 40000 1000, 40000 0))\"\n"
                + "1F-A-107,1F,A,女装,10.00,12.345,VACANT,\"POLYGON((50000 0, 51000 0, 51000 1000, 50000 1000, 50000 0))\"\n"
                + "1F-A-108,1F,A,女装,10.00,100.00,SOLD,\"POLYGON((60000 0, 61000 0, 61000 1000, 60000 1000, 60000 0))\"\n"
                + "1F-A-109,1F,A,女装,ten,100.00,VACANT,\"POLYGON((70000 0, 71000 0, 71000 1000, 70000 1000, 70000 0))\"\n"
                + "1F-A-110,,A,女装,10.00,100.00,VACANT,\"POLYGON((80000 0, 81000 0, 81000 1000, 80000 1000, 80000 0))\"\n"
                + "1F-A-111,1F,A\n");
        Path errors = dir.resolve("errors.csv");

        CliRun.Result r = cli.run("import", "stalls", file.toString(), "--errors", errors.toString());

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("nothing was written");
        for (int line = 3; line <= 12; line++) {
            assertThat(r.err()).as("line " + line).containsPattern("(?m)^" + line + ",");
        }
        assertThat(r.err()).contains("also on line 2")
                .contains("overlaps stall 1F-A-101 (line 2)")
                .contains("intersects itself")
                .contains("not closed")
                .contains("negative")
                .contains("more than 2 decimal places")
                .contains("unknown status")
                .contains("'ten' is not a number")
                .contains("required value is missing")
                .contains("expected 8 fields");
        assertThat(Files.readString(errors)).startsWith("line,column,value,reason").contains("also on line 2");
        assertThat(stallCount()).isZero();
    }

    @Test
    void an_amount_or_area_that_is_only_nearly_a_number_is_bad_data_naming_the_value() throws IOException {
        Path file = write("stalls.csv", HEADER
                + "1F-A-101,1F,A,女装,45.50,100.,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
                + "1F-A-102,1F,A,男装,.5,150,VACANT,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n"
                + "1F-A-103,1F,A,男装,24.00,+5,VACANT,\"POLYGON((12000 0, 16000 0, 16000 6000, 12000 6000, 12000 0))\"\n"
                + "1F-A-104,1F,A,男装,24.00,1e3,VACANT,\"POLYGON((16000 0, 20000 0, 20000 6000, 16000 6000, 16000 0))\"\n"
                + "1F-A-105,1F,A,男装,24.00,180.000,VACANT,\"POLYGON((20000 0, 24000 0, 24000 6000, 20000 6000, 20000 0))\"\n");

        CliRun.Result r = cli.run("import", "stalls", file.toString());

        assertThat(r.exitCode()).as(r.err()).isEqualTo(65);
        assertThat(r.err()).contains("nothing was written")
                .contains("2,base_rent,100.,amount '100.' has no digit after the decimal point; write 100")
                .contains("3,leasable_area_m2,.5,area '.5' has no digit before the decimal point; write 0.5")
                .contains("4,base_rent,+5,amount '+5' has a '+' sign; write the number without it")
                .contains("5,base_rent,1e3,amount '1e3' is not a number")
                .contains("6,base_rent,180.000,amount '180.000' has more than 2 decimal places");
        assertThat(stallCount()).isZero();
    }

    @Test
    void overlapping_a_stall_already_stored_is_refused() throws IOException {
        cli.run("import", "stalls", write("stalls.csv", GOOD).toString());
        Path file = write("more.csv", HEADER
                + "1F-A-200,1F,A,女装,10.00,100.00,VACANT,\"POLYGON((7000 1000, 9000 1000, 9000 2000, 7000 2000, 7000 1000))\"\n");

        CliRun.Result r = cli.run("import", "stalls", file.toString());

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("overlaps stall 1F-A-101 (already stored)")
                .contains("overlaps stall 1F-A-102 (already stored)");
        assertThat(stallCount()).isEqualTo(3);
    }

    @Test
    void unknown_and_missing_columns_are_reported_on_line_1() throws IOException {
        Path file = write("cols.csv", "stall_no,floor,colour\nX,1F,red\n");

        CliRun.Result r = cli.run("import", "stalls", file.toString());

        assertThat(r.exitCode()).isEqualTo(65);
        assertThat(r.err()).contains("1,colour,colour,\"unknown column").contains("1,zone,,required column is missing");
    }

    @Test
    void an_empty_file_is_bad_data_and_a_missing_file_is_66() throws IOException {
        assertThat(cli.run("import", "stalls", write("empty.csv", "").toString()).exitCode()).isEqualTo(65);
        assertThat(cli.run("import", "stalls", write("header-only.csv", HEADER).toString()).exitCode())
                .isEqualTo(65);
        CliRun.Result missing = cli.run("import", "stalls", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(66);
        assertThat(missing.err()).contains("not found");
    }

    @Test
    void a_byte_order_mark_is_tolerated() throws IOException {
        Path file = dir.resolve("bom.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(GOOD.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(cli.run("import", "stalls", file.toString()).exitCode()).isZero();
        assertThat(stallCount()).isEqualTo(3);
    }

    @Test
    void a_dry_run_reports_and_writes_nothing() throws IOException {
        CliRun.Result r = cli.run("import", "stalls", write("stalls.csv", GOOD).toString(), "--dry-run");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("dry run, nothing written");
        assertThat(stallCount()).isZero();
    }

    @Test
    void a_changed_row_needs_update() throws IOException {
        cli.run("import", "stalls", write("stalls.csv", GOOD).toString());
        Path changed = write("changed.csv", GOOD.replace("45.50,180.00,VACANT", "45.50,190.00,VACANT"));

        CliRun.Result refused = cli.run("import", "stalls", changed.toString());
        assertThat(refused.exitCode()).isEqualTo(65);
        assertThat(refused.err()).contains("use --update");

        CliRun.Result updated = cli.run("import", "stalls", changed.toString(), "--update");
        assertThat(updated.exitCode()).isZero();
        assertThat(updated.err()).contains("updated 1, unchanged 2");
    }

    @Test
    void an_xlsx_file_with_the_same_columns_imports() throws IOException {
        Path file = dir.resolve("stalls.xlsx");
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "mallcrm-test", "1.0");
            Worksheet ws = wb.newWorksheet("stalls");
            String[] header = HEADER.strip().split(",");
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            Object[][] rows = {
                {"1F-A-101", "1F", "A", "女装", 45.5, 180, "VACANT", "POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))"},
                {"1F-A-102", "1F", "A", "男装", "24.00", "150.00", "LEASED",
                    "POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))"},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else {
                        ws.value(r + 1, c, (String) v);
                    }
                }
            }
            wb.finish();
        }

        CliRun.Result r = cli.run("import", "stalls", file.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode s = Json.mapper().readTree(cli.run("stalls", "show", "1F-A-101", "--format", "json").out());
        assertThat(s.get("leasable_area_m2").asText()).isEqualTo("45.50");
        assertThat(s.get("business_type").asText()).isEqualTo("女装");
    }
}
