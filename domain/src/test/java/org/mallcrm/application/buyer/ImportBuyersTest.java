package org.mallcrm.application.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.buyer.port.in.ImportBuyersUseCase;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.TransportMode;
import org.mallcrm.fixtures.coupon.MarketingWorld;

class ImportBuyersTest {

    private final MarketingWorld w = new MarketingWorld("2026-10-10T10:00");
    private static final List<String> HEADER = List.of("buyer_id", "name", "phone", "main_category", "province",
            "transport_mode");

    private static List<ImportRow> rows(String... lines) {
        List<ImportRow> rows = new ArrayList<>();
        int n = 1;
        for (String line : lines) {
            String[] v = line.split(",", -1);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < HEADER.size(); i++) {
                m.put(HEADER.get(i), i < v.length ? v[i] : "");
            }
            rows.add(new ImportRow(++n, m));
        }
        return rows;
    }

    private ImportOutcome run(ImportOptions options, String... lines) {
        return w.importBuyers.importBuyers(HEADER, rows(lines), options);
    }

    private static List<String> errors(ImportOutcome o) {
        return ((ImportOutcome.Rejected) o).errors().stream()
                .map(e -> e.line() + " " + e.column() + " [" + e.value() + "] " + e.reason()).toList();
    }

    @Test
    void buyers_are_imported_with_provinces_normalised_and_again_change_nothing() {
        String[] file = {"B0001,王芳,138 0013 8000,女装,浙江,COACH", "B0002,李强,+8613900139000,男装,广西,自驾",
                "B0003,张伟,13700137000,,,"};

        ImportOutcome first = run(ImportOptions.DEFAULT, file);

        assertThat(first).isEqualTo(new ImportOutcome.Imported(3, 0, 0, false));
        Buyer b1 = w.buyers.find(BuyerId.of("B0001")).orElseThrow();
        assertThat(b1.phone().value()).isEqualTo("13800138000");
        assertThat(b1.profile().province()).contains(Province.ZHEJIANG);
        assertThat(b1.profile().transportMode()).contains(TransportMode.COACH);
        assertThat(w.buyers.find(BuyerId.of("B0002")).orElseThrow().profile().province()).contains(Province.GUANGXI);
        assertThat(w.buyers.find(BuyerId.of("B0003")).orElseThrow().profile().mainCategory()).isEmpty();
        assertThat(run(ImportOptions.DEFAULT, file)).isEqualTo(new ImportOutcome.Imported(0, 0, 3, false));
    }

    @Test
    void a_changed_row_needs_update() {
        run(ImportOptions.DEFAULT, "B0001,王芳,13800138000,女装,浙江,COACH");

        ImportOutcome refused = run(ImportOptions.DEFAULT, "B0001,王芳,13800138000,童装,浙江省,TRAIN");
        assertThat(errors(refused)).containsExactly(
                "2 buyer_id [B0001] buyer exists with different values (main_category, transport_mode); "
                        + "use --update to change it");

        assertThat(run(new ImportOptions(false, true), "B0001,王芳,13800138000,童装,浙江省,TRAIN"))
                .isEqualTo(new ImportOutcome.Imported(0, 1, 0, false));
        assertThat(w.buyers.find(BuyerId.of("B0001")).orElseThrow().profile().transportMode())
                .contains(TransportMode.TRAIN);
    }

    @Test
    void every_bad_row_is_named_and_nothing_is_written() {
        run(ImportOptions.DEFAULT, "B0001,王芳,13800138000,女装,浙江,COACH");

        ImportOutcome o = run(ImportOptions.DEFAULT,
                "B0002,李强,13800138000,男装,江苏,COACH",
                "B0003,赵敏,1380013800,男装,江苏,COACH",
                "B0004,钱进,13600136000,家电,火星,BICYCLE",
                "B0005,孙丽,13500135000,女装,上海,",
                "B0006,周杰,13500135000,女装,上海,",
                "B0005,孙丽,13400134000,女装,上海,",
                ",,,,,");

        assertThat(errors(o)).containsExactly(
                "2 phone [13800138000] phone already used by buyer B0001",
                "3 phone [1380013800] phone '1380013800' is not a mainland mobile number (11 digits starting with 1)",
                "4 main_category [家电] main category '家电' is not one of the mall's business types (女装, 男装, 童装, "
                        + "鞋包, 饰品)",
                "4 province [火星] province '火星' is not one of the 34 provincial-level divisions (e.g. 浙江 or 浙江省, "
                        + "内蒙古, 香港)",
                "4 transport_mode [BICYCLE] transport mode 'BICYCLE' is not one of COACH, SELF_DRIVE, TRAIN, FLIGHT, "
                        + "LOGISTICS, OTHER",
                "6 phone [13500135000] phone already used by buyer B0005 on line 5",
                "7 buyer_id [B0005] buyer id also on line 5",
                "8 buyer_id [] required value is missing",
                "8 name [] required value is missing",
                "8 phone [] required value is missing");
        assertThat(w.buyers.size()).isEqualTo(1);
    }

    @Test
    void an_anonymous_buyer_registers_without_losing_its_visits() {
        w.checkin("B0009", "2026-09-01T10:00");
        w.checkin("B0009", "2026-09-15T10:00");
        assertThat(w.buyerQueries.show(BuyerId.of("B0009")).orElseThrow().registered()).isFalse();

        run(ImportOptions.DEFAULT, "B0009,吴昊,13300133000,鞋包,福建,FLIGHT");

        var file = w.buyerQueries.show(BuyerId.of("B0009")).orElseThrow();
        assertThat(file.registered()).isTrue();
        assertThat(file.visitDays()).hasSize(2);
        assertThat(file.rfm()).hasValueSatisfying(s -> assertThat(s.frequency()).isEqualTo(2));
    }

    @Test
    void a_dry_run_writes_nothing_and_the_header_is_checked() {
        assertThat(run(new ImportOptions(true, false), "B0001,王芳,13800138000,女装,浙江,COACH"))
                .isEqualTo(new ImportOutcome.Imported(1, 0, 0, true));
        assertThat(w.buyers.size()).isZero();

        ImportOutcome o = w.importBuyers.importBuyers(List.of("buyer_id", "name", "mobile"), rows(), ImportOptions.DEFAULT);
        assertThat(((ImportOutcome.Rejected) o).errors()).extracting(RowError::column).contains("mobile", "phone");
        assertThat(ImportBuyersUseCase.COLUMNS.all()).containsExactly("buyer_id", "name", "phone", "main_category",
                "province", "transport_mode");
    }
}
