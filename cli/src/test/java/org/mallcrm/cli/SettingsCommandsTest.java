package org.mallcrm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.domain.settings.Setting;
import org.mallcrm.domain.settings.SettingCatalogue;

/**
 * {@code settings show|set|history}: every setting listed with its value, default and meaning; a change printed,
 * audited and applied to what is made after it; a wrong value or an unknown key refused naming the key and the
 * reason (exit 65, nothing changed).
 */
class SettingsCommandsTest {

    @TempDir
    Path dir;

    private JsonNode find(JsonNode all, String key) {
        for (JsonNode s : all) {
            if (s.get("key").asText().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no setting " + key + " in " + all);
    }

    @Test
    void show_lists_every_setting_with_its_value_default_and_meaning() {
        CliRun cli = new CliRun(dir.resolve("m.db"));

        JsonNode all = cli.json("settings", "show");

        List<String> keys = new ArrayList<>();
        all.forEach(s -> keys.add(s.get("key").asText()));
        assertThat(keys).containsExactlyElementsOf(SettingCatalogue.all().stream().map(Setting::key).toList());
        for (JsonNode s : all) {
            assertThat(s.get("value")).as(s.toString()).isEqualTo(s.get("default"));
            assertThat(s.get("description").asText()).as(s.toString()).isNotBlank();
        }
        assertThat(find(all, "lease.advance_days").get("default").asText()).isEqualTo("30");
        assertThat(cli.json("settings", "show", "late_fee.rate_pct_per_day").get("value").asText())
                .isEqualTo("0.05");
        String table = cli.ok("settings", "show").out();
        assertThat(table).contains("lease.advance_days").contains("30");
    }

    @Test
    void a_change_is_printed_audited_and_shown_and_setting_the_same_value_again_changes_nothing() {
        CliRun cli = new CliRun(dir.resolve("m.db"));

        JsonNode change = cli.json("settings", "set", "lease.advance_days", "15");
        CliRun.Result again = cli.run("settings", "set", "lease.advance_days", " 15 ");

        assertThat(change.get("key").asText()).isEqualTo("lease.advance_days");
        assertThat(change.get("old_value").asText()).isEqualTo("30");
        assertThat(change.get("new_value").asText()).isEqualTo("15");
        assertThat(change.get("changed_by").asText()).startsWith("cli:");
        assertThat(change.get("changed_at").asText()).isNotBlank();
        JsonNode shown = cli.json("settings", "show", "lease.advance_days");
        assertThat(shown.get("value").asText()).isEqualTo("15");
        assertThat(shown.get("default").asText()).isEqualTo("30");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("already 15");
        assertThat(cli.json("settings", "history")).singleElement()
                .satisfies(h -> assertThat(h.get("new_value").asText()).isEqualTo("15"));
        assertThat(cli.json("settings", "history", "late_fee.grace_days")).isEmpty();
    }

    @Test
    void a_wrong_value_or_an_unknown_key_is_refused_naming_the_key_and_the_reason_and_nothing_changes() {
        CliRun cli = new CliRun(dir.resolve("m.db"));

        CliRun.Result word = cli.run("settings", "set", "lease.advance_days", "soon");
        CliRun.Result tooMany = cli.run("settings", "set", "lease.advance_days", "400");
        CliRun.Result grade = cli.run("settings", "set", "credit.grade_b_min", "95");
        CliRun.Result unknown = cli.run("settings", "set", "lease.advance_dayz", "15");
        CliRun.Result enumValue = cli.run("settings", "set", "lease.proration", "WEEKLY");
        CliRun.Result tooMuch = cli.run("settings", "set", "buyer.rfm_fixed_monetary", "5000000000.00");
        CliRun.Result tooLarge = cli.run("settings", "set", "geometry.min_child_area_m2", "100000.01");

        for (CliRun.Result r : List.of(word, tooMany, grade, unknown, enumValue, tooMuch, tooLarge)) {
            assertThat(r.exitCode()).as(r.err()).isEqualTo(65);
            assertThat(r.out()).isEmpty();
        }
        assertThat(word.err()).contains("lease.advance_days").contains("soon");
        assertThat(tooMany.err()).contains("lease.advance_days").contains("from 0 to 365");
        assertThat(grade.err()).contains("credit.grade_b_min");
        assertThat(unknown.err()).contains("lease.advance_dayz");
        assertThat(enumValue.err()).contains("lease.proration").contains("ACTUAL_DAYS");
        assertThat(tooMuch.err()).contains("buyer.rfm_fixed_monetary").contains("limit of 1000000000.00");
        assertThat(tooLarge.err()).contains("geometry.min_child_area_m2").contains("limit of 100000.00 m²");
        assertThat(cli.json("settings", "history")).isEmpty();
        assertThat(cli.json("settings", "show", "lease.advance_days").get("value").asText()).isEqualTo("30");
        CliRun.Result noSuchShown = cli.run("settings", "show", "no.such");
        assertThat(noSuchShown.exitCode()).isEqualTo(64);
        assertThat(noSuchShown.err()).contains("no.such");
    }

    @Test
    void a_change_applies_to_leases_made_after_it_and_an_earlier_lease_keeps_its_plan() {
        CliRun cli = new CliRun(dir.resolve("m.db"));
        cli.ok("import", "stalls", CliRun.write(dir, "stalls.csv",
                "stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n"
                        + "1F-A-101,1F,A,女装,45.50,180.00,VACANT,\"POLYGON((0 0, 8000 0, 8000 5000, 0 5000, 0 0))\"\n"
                        + "1F-A-102,1F,A,男装,24.00,150.00,VACANT,"
                        + "\"POLYGON((8000 0, 12000 0, 12000 6000, 8000 6000, 8000 0))\"\n").toString());
        cli.ok("import", "merchants", CliRun.write(dir, "merchants.csv",
                "merchant_no,name,contact_name,phone,lead_source,stage,grade,business_type,province\n"
                        + "M-0001,丽人服饰,王丽,13800000001,展会,NEGOTIATING,A,女装,浙江\n"
                        + "M-0002,潮男,李强,13900000002,老客户介绍,QUALIFIED,B,男装,广东\n").toString());
        String spec = """
                { "lease_no": "%s", "merchant_no": "%s", "stall_nos": ["%s"], "kind": "NEW",
                  "start": "2026-01-15", "end": "2027-01-14", "rent_per_m2_month": "180.00", "billing": "QUARTERLY" }
                """;
        cli.ok("leases", "create", "--spec", CliRun.write(dir, "before.json",
                spec.formatted("L-2026-0001", "M-0001", "1F-A-101")).toString());
        cli.ok("settings", "set", "lease.advance_days", "10");
        cli.ok("leases", "create", "--spec", CliRun.write(dir, "after.json",
                spec.formatted("L-2026-0002", "M-0002", "1F-A-102")).toString());

        JsonNode before = cli.json("leases", "schedule", "L-2026-0001").get("installments");
        JsonNode after = cli.json("leases", "schedule", "L-2026-0002").get("installments");

        // the second quarter starts on 2026-04-15: due 30 days before it under the old setting, 10 under the new
        assertThat(before.get(1).get("due_on").asText()).isEqualTo("2026-03-16");
        assertThat(after.get(1).get("due_on").asText()).isEqualTo("2026-04-05");
    }
}
