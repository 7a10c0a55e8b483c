package org.mallcrm.cli.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.cli.CliRun;
import org.mallcrm.cli.DatabaseFingerprint;

/**
 * All or nothing, for real: a file with any structural problem (a row of another length, bad bytes, broken quoting,
 * nothing to import) stores nothing, whatever the kind, and says where; the database is byte for byte as before.
 */
class ImportAllOrNothingTest {

    static final String STALL_HEADER = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n";
    static final String TRIP_HEADER = "trip_no,channel,channel_name,channel_code,coach_plate,arrival_date,"
            + "window_start,window_end,reported_headcount\n";
    static final String TRIP = "T-%d,CH1,渠道一,QR-%d,浙A·%d,2026-03-10,2026-03-10T09:00:00+08:00,"
            + "2026-03-10T18:00:00+08:00,40\n";

    @TempDir
    Path dir;
    LeasingCli mall;
    Path db;
    String before;

    @BeforeEach
    void setUp() {
        mall = new LeasingCli(dir);
        mall.createLease("b1.json", LeasingCli.b1With("{\"lease_no\": \"L-B1\"}"));
        db = dir.resolve("mall.db");
        before = DatabaseFingerprint.of(db);
    }

    private Path write(String name, String content) {
        return mall.write(name, content);
    }

    private Path write(String name, byte[]... parts) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] p : parts) {
                out.write(p);
            }
            Path f = dir.resolve(name);
            Files.write(f, out.toByteArray());
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Runs an import that must be refused as bad data without changing the database. */
    private CliRun.Result refused(String... args) {
        CliRun.Result r = mall.run(args);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(65);
        assertThat(r.err()).contains("nothing was written");
        assertThat(DatabaseFingerprint.of(db)).as("the database is unchanged").isEqualTo(before);
        return r;
    }

    @Test
    void a_receipt_file_with_a_short_row_stores_not_even_the_good_receipt() {
        Path file = write("receipts.csv", "receipt_no,lease_no,received_on,amount,method\n"
                + "R-9001,L-B1,2026-04-01,5000.00,CASH\n"
                + "R-9002,L-B1,2026-04-02,3000.00\n");

        CliRun.Result r = refused("import", "receipts", file.toString());

        assertThat(r.err()).contains("3,,,\"expected 5 fields as in the header, found 4\"");
        assertThat(mall.json("leases", "show", "L-B1").get("credit").asText()).isEqualTo("0.00");
    }

    @Test
    void every_small_kind_stores_nothing_when_one_row_has_another_number_of_fields() {
        refused("import", "stalls", write("stalls.csv", STALL_HEADER
                + "2F-A-001,2F,A,女装,20.00,100.00,VACANT,\"POLYGON((0 0, 4000 0, 4000 5000, 0 5000, 0 0))\"\n"
                + "2F-A-002,2F,A,女装,20.00,100.00,VACANT\n").toString());
        refused("import", "merchants", write("merchants.csv", "merchant_no,name,contact_name,phone,lead_source,"
                + "stage,grade,business_type,province\n"
                + "M-0100,新商户,张三,13800000100,展会,PROSPECT,,女装,浙江\n"
                + "M-0101,新商户二,李四,13800000101,展会,PROSPECT,,女装,浙江,多一列\n").toString());
        refused("import", "trips", write("trips.csv", TRIP_HEADER + TRIP.formatted(1, 1, 1)
                + "T-2,CH1,渠道一,QR-2\n").toString());
        refused("import", "scans", write("scans.csv", "scan_id,kind,code,buyer_id,scanned_at\n"
                + "S-1,CHECKIN,GATE-1,B-1,2026-03-10T10:00:00+08:00\n"
                + "S-2,CHECKIN,GATE-1\n").toString());
    }

    @Test
    void a_workbook_row_with_a_value_beyond_the_header_stores_nothing() throws IOException {
        Path file = dir.resolve("stalls.xlsx");
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "mallcrm-test", "1.0");
            Worksheet ws = wb.newWorksheet("stalls");
            String[][] rows = {
                STALL_HEADER.strip().split(","),
                {"2F-A-001", "2F", "A", "女装", "20.00", "100.00", "VACANT", "POLYGON((0 0, 4000 0, 4000 5000, 0 5000, 0 0))"},
                {"2F-A-002", "2F", "A", "女装", "20.00", "100.00", "VACANT",
                    "POLYGON((4000 0, 8000 0, 8000 5000, 4000 5000, 4000 0))", "多余"},
            };
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    ws.value(r, c, rows[r][c]);
                }
            }
            wb.finish();
        }

        CliRun.Result r = refused("import", "stalls", file.toString());

        assertThat(r.err()).contains("3,,,\"a value in column 9, beyond the header's 8 columns\"");
    }

    @Test
    void a_scan_file_broken_after_thousands_of_good_rows_leaves_none_of_them() {
        StringBuilder good = new StringBuilder("scan_id,kind,code,buyer_id,scanned_at\n");
        for (int i = 1; i <= 9_000; i++) {
            good.append("S-").append(i).append(",CHECKIN,GATE-1,B-").append(i % 97).append(",2026-03-10T10:00:00+08:00\n");
        }
        CliRun.Result shortRow = refused("import", "scans", write("short.csv", good + "S-x,CHECKIN\n").toString());
        assertThat(shortRow.err()).contains("9002,,,\"expected 5 fields as in the header, found 2\"");

        CliRun.Result badByte = refused("import", "scans", write("bytes.csv", utf8(good.toString()),
                utf8("S-y,CHECKIN,GATE-"), new byte[] {(byte) 0xE4, (byte) 0xB8}, utf8(",B-1,2026-03-10T10:00:00+08:00\n"))
                .toString());
        assertThat(badByte.err().strip()).isEqualTo("error: " + dir.resolve("bytes.csv") + ": not valid UTF-8: a byte "
                + "on line 9002 is not part of a UTF-8 character (save the file as UTF-8); nothing was written");
    }

    @Test
    void a_whole_file_problem_is_one_line_on_stderr_and_writes_no_errors_file() {
        Path errors = dir.resolve("errors.csv");
        String[][] cases = {
            {"empty.csv", "", "the file is empty: expected a header row"},
            {"blank.csv", "\n\n", "the file has no header row"},
            {"header.csv", STALL_HEADER, "the file has a header but no data rows"},
            {"quote.csv", STALL_HEADER + "2F-A-001,2F,A,女装,20.00,100.00,VACANT,\"POLYGON((0 0, 4000 0, 4000 5000, 0 5000,"
                    + " 0 0))\n", "not valid CSV: the quoted field opened on line 2 never closes"},
            {"after.csv", STALL_HEADER + "\"2F-A-001\"x,2F,A,女装,20.00,100.00,VACANT,P\n",
                "not valid CSV: on line 2 a quoted field is followed by text before the next comma"},
            {"bad.xlsx", "this is not a workbook", "not a readable .xlsx workbook"},
        };
        for (String[] c : cases) {
            CliRun.Result r = refused("import", "stalls", write(c[0], c[1]).toString(), "--errors", errors.toString());
            assertThat(r.err().strip().lines()).as(c[0]).hasSize(1);
            assertThat(r.err()).as(c[0]).contains(c[2]);
            assertThat(errors).as(c[0]).doesNotExist();
        }
    }

    @Test
    void a_bad_byte_is_bad_data_for_every_kind_on_its_own_line() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, (byte) 0xFF, (byte) 0xD8};
        for (String kind : new String[] {"stalls", "merchants", "receipts", "trips", "scans", "leases"}) {
            CliRun.Result r = refused("import", kind, write(kind + ".bin", binary).toString());
            assertThat(r.err()).as(kind).contains("not valid UTF-8: a byte on line 1 ");
        }
        Path leases = write("leases.jsonl", utf8("{\"lease_no\": \"L-X\"}\n\n{\"lease_no\": \"L-"),
                new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("\"}\n"));
        assertThat(refused("leases", "import", leases.toString()).err()).contains("a byte on line 3 ");
    }

    @Test
    void a_line_of_json_lines_that_is_not_a_spec_stores_none_of_the_others() {
        String good = LeasingCli.b1With("{\"lease_no\": \"L-NEW\", \"stall_nos\": [\"1F-A-102\"], "
                + "\"leasable_area_m2\": \"24.00\", \"security_deposit\": \"0.00\"}");
        Path file = write("leases.jsonl", good + "\n{\"lease_no\": \"L-BROKEN\", \n");

        CliRun.Result r = refused("import", "leases", file.toString());

        assertThat(r.err()).contains("2,,,not a lease spec: is not valid JSON (column 26)");
    }

    @Test
    void errors_into_a_missing_folder_is_refused_before_anything_is_imported() {
        Path file = write("stalls.csv", STALL_HEADER
                + "2F-A-001,2F,A,女装,20.00,100.00,VACANT,\"POLYGON((0 0, 4000 0, 4000 5000, 0 5000, 0 0))\"\n");

        CliRun.Result r = mall.run("import", "stalls", file.toString(), "--errors",
                dir.resolve("no/such/folder/errors.csv").toString());

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("--errors").contains("does not exist").doesNotContain("Exception");
        assertThat(DatabaseFingerprint.of(db)).isEqualTo(before);
    }
}
