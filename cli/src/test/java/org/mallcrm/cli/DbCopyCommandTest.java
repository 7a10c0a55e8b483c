package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.persistence.EmbeddedPostgres;

/** {@code db copy}: a mall's whole history moves into an empty server database, checked, all or nothing. */
class DbCopyCommandTest {

    static final String STALLS = "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
            + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
            + "1F-A-102,1F,A,男装,24.00,150.00,VACANT,\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n";
    static final String MERCHANTS = "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
            + "M-0001,杭州丽人服饰,王丽,13800000001,展会,NEGOTIATING,A,女装,浙江\n";
    static final String LEASE = """
            { "lease_no": "L-2026-0001", "merchant_no": "M-0001", "stall_nos": ["1F-A-101"], "kind": "NEW",
              "start": "2026-01-15", "end": "2027-01-14", "leasable_area_m2": "45.50",
              "rent_per_m2_month": "180.00", "billing": "QUARTERLY", "advance_days": 30,
              "rent_free": [{"from": "2026-01-15", "to": "2026-03-14"}],
              "escalation": {"percent": "5", "every_months": 12, "anchor": "START", "compound": true},
              "proration": "ACTUAL_DAYS", "management_fee_per_m2_month": "0.00", "security_deposit": "16380.00",
              "ratios": null }
            """;
    static final String TRIPS = "trip_no,channel,channel_name,channel_code,coach_plate,arrival_date,window_start,"
            + "window_end,reported_headcount\n"
            + "T1,CH1,渠道一,QR-T1,浙A·00001,2025-03-10,2025-03-10T09:00:00+08:00,2025-03-10T11:00:00+08:00,2\n";
    static final String SCANS = "scan_id,kind,code,buyer_id,scanned_at\n"
            + "S1,CHANNEL,QR-T1,B1,2025-03-10T08:00:00+08:00\n"
            + "S2,CHECKIN,GATE-1,B1,2025-03-10T09:30:00.123456789+08:00\n"
            + "S3,CHANNEL,QR-T1,B2,2025-03-10T08:10:00+08:00\n"
            + "S4,CHECKIN,GATE-1,B2,2025-03-10T09:40:00+08:00\n";

    @TempDir
    Path dir;
    CliRun source;

    @BeforeEach
    void aMallWithHistory() {
        source = new CliRun(dir.resolve("mall.db"));
        source.ok("import", "stalls", CliRun.write(dir, "stalls.csv", STALLS).toString());
        source.ok("import", "merchants", CliRun.write(dir, "merchants.csv", MERCHANTS).toString());
        source.ok("leases", "create", "--spec", CliRun.write(dir, "lease.json", LEASE).toString());
        source.ok("receipts", "record", "--lease", "L-2026-0001", "--amount", "5000.00", "--on", "2026-01-20");
        source.ok("deposits", "hold", "1F-A-102", "--merchant", "M-0001", "--amount", "3000", "--kind", "EARNEST",
                "--on", "2026-02-01");
        source.ok("import", "trips", CliRun.write(dir, "trips.csv", TRIPS).toString());
        source.ok("import", "scans", CliRun.write(dir, "scans.csv", SCANS).toString());
        source.ok("commissions", "statement", "--channel", "CH1", "--month", "2025-03", "--close");
        source.ok("tokens", "create", "--role", "STAFF", "--name", "ops", "--department", "招商部");
    }

    @Test
    void a_copy_reads_back_the_same_everywhere_and_says_the_checks_held() {
        String target = EmbeddedPostgres.blankDatabase();

        CliRun.Result r = source.ok("db", "copy", "--to", target);

        assertThat(r.err()).contains("counts and money totals equal");
        CliRun copy = onUrl(target);
        for (List<String> command : List.of(List.of("stalls", "list"), List.of("merchants", "show", "M-0001"),
                List.of("leases", "schedule", "L-2026-0001"), List.of("deposits", "list"),
                List.of("reminders", "--as-of", "2026-06-01"), List.of("tokens", "list"),
                List.of("commissions", "statement", "--channel", "CH1", "--month", "2025-03"),
                List.of("commissions", "reconcile", "--from", "2025-03-01", "--to", "2025-03-31"))) {
            String[] args = command.toArray(String[]::new);
            assertThat(copy.json(args)).as(String.join(" ", command)).isEqualTo(source.json(args));
        }
        // the copy goes on numbering after the rows it got
        copy.ok("receipts", "record", "--lease", "L-2026-0001", "--amount", "100.00", "--on", "2026-01-21");
        copy.ok("tokens", "create", "--role", "STAFF", "--name", "second", "--department", "财务部");
    }

    @Test
    void json_lists_every_table_with_its_rows_and_money() {
        JsonNode summary = source.json("db", "copy", "--to", EmbeddedPostgres.blankDatabase());

        assertThat(summary.get("rows").asLong()).isPositive();
        JsonNode receipt = null;
        for (JsonNode t : summary.get("tables")) {
            if (t.get("table").asText().equals("receipt")) {
                receipt = t;
            }
        }
        assertThat(receipt).isNotNull();
        assertThat(receipt.get("rows").asLong()).isEqualTo(1);
        assertThat(receipt.get("money").asText()).isEqualTo("5000.00");
    }

    @Test
    void a_target_that_is_not_empty_is_refused_and_left_as_it_was() {
        String target = EmbeddedPostgres.blankDatabase();
        onUrl(target).ok("import", "stalls", CliRun.write(dir, "one.csv", STALLS.substring(0, STALLS.indexOf("\n1F-A-102")
                + 1)).toString());

        CliRun.Result r = source.run("db", "copy", "--to", target);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("not empty").contains("nothing was copied");
        assertThat(onUrl(target).json("stalls", "list")).hasSize(1);
    }

    @Test
    void a_url_of_another_kind_is_a_usage_error() {
        CliRun.Result r = source.run("db", "copy", "--to", "jdbc:mysql://localhost/mall");

        assertThat(r.exitCode()).isEqualTo(64);
        assertThat(r.err()).contains("jdbc:postgresql://HOST[:PORT]/DATABASE");
    }

    private static CliRun onUrl(String url) {
        return CliRun.onUrl(url);
    }
}
