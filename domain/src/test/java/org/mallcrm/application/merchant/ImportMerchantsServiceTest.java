package org.mallcrm.application.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.merchant.port.in.ImportMerchantsUseCase;
import org.mallcrm.application.merchant.service.ImportMerchantsService;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.fixtures.common.FixedClock;
import org.mallcrm.fixtures.merchant.InMemoryMerchants;

class ImportMerchantsServiceTest {

    final InMemoryMerchants merchants = new InMemoryMerchants();
    final ImportMerchantsService service = new ImportMerchantsService(merchants, new DirectUnitOfWork(),
            FixedClock.at("2026-03-01T02:00:00Z"));
    final List<String> header = ImportMerchantsUseCase.COLUMNS.required();

    static ImportRow row(int line, String no, String stage, String grade) {
        return new ImportRow(line, Map.of("merchant_no", no, "name", "商户" + no, "contact_name", "王丽", "phone",
                "13800000001", "lead_source", "展会", "stage", stage, "grade", grade, "business_type", "女装",
                "province", "浙江"));
    }

    @Test
    void new_merchants_enter_their_stage_today_and_the_same_rows_again_change_nothing() {
        ImportOutcome first = service.importMerchants(header, List.of(row(2, "M-1", "QUALIFIED", "A"),
                row(3, "M-2", "", "")), ImportOptions.DEFAULT);
        ImportOutcome again = service.importMerchants(header, List.of(row(2, "M-1", "QUALIFIED", "A"),
                row(3, "M-2", "", "")), ImportOptions.DEFAULT);

        assertThat(first).isEqualTo(new ImportOutcome.Imported(2, 0, 0, false));
        assertThat(again).isEqualTo(new ImportOutcome.Imported(0, 0, 2, false));
        var m1 = merchants.find(MerchantNo.of("M-1")).orElseThrow();
        assertThat(m1.stage()).isEqualTo(Stage.QUALIFIED);
        assertThat(m1.currentStage().enteredOn()).hasToString("2026-03-01");
        assertThat(merchants.find(MerchantNo.of("M-2")).orElseThrow().stage()).isEqualTo(Stage.PROSPECT);
    }

    @Test
    void a_changed_row_is_an_error_without_update_and_moves_the_stage_with_it() {
        service.importMerchants(header, List.of(row(2, "M-1", "NEGOTIATING", "B")), ImportOptions.DEFAULT);

        ImportOutcome refused = service.importMerchants(header, List.of(row(2, "M-1", "PLACED", "A")),
                ImportOptions.DEFAULT);
        ImportOutcome updated = service.importMerchants(header, List.of(row(2, "M-1", "PLACED", "A")),
                new ImportOptions(false, true));

        assertThat(refused).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(((ImportOutcome.Rejected) refused).errors().get(0).reason()).contains("--update", "stage", "grade");
        assertThat(updated).isEqualTo(new ImportOutcome.Imported(0, 1, 0, false));
        var m = merchants.find(MerchantNo.of("M-1")).orElseThrow();
        assertThat(m.stageHistory()).extracting(e -> e.stage()).containsExactly(Stage.NEGOTIATING, Stage.PLACED);
    }

    @Test
    void every_bad_row_is_named_and_nothing_is_written() {
        ImportOutcome o = service.importMerchants(header, List.of(row(2, "M-1", "SOLD", "A"), row(3, "M-2", "", "E"),
                row(4, "M-1", "", ""), row(5, "M-3", "", "")), ImportOptions.DEFAULT);

        assertThat(o).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(((ImportOutcome.Rejected) o).errors()).extracting(RowError::line, RowError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "stage"),
                        org.assertj.core.groups.Tuple.tuple(3, "grade"));
        assertThat(merchants.list(null, 10)).isEmpty();
    }

    static ImportRow row(int line, String no, String stage, String grade, String enteredOn) {
        Map<String, String> v = new java.util.HashMap<>(row(line, no, stage, grade).values());
        v.put("stage_entered_on", enteredOn);
        return new ImportRow(line, v);
    }

    final List<String> withEnteredOn = ImportMerchantsUseCase.COLUMNS.all();

    @Test
    void stage_entered_on_is_an_optional_column_and_dwell_times_count_from_it() {
        assertThat(withEnteredOn).contains("stage_entered_on");

        ImportOutcome o = service.importMerchants(withEnteredOn, List.of(row(2, "M-1", "NEGOTIATING", "B",
                "2025-12-01"), row(3, "M-2", "QUALIFIED", "A", "")), ImportOptions.DEFAULT);

        assertThat(o).isEqualTo(new ImportOutcome.Imported(2, 0, 0, false));
        var m1 = merchants.find(MerchantNo.of("M-1")).orElseThrow();
        assertThat(m1.currentStage().enteredOn()).hasToString("2025-12-01");
        assertThat(m1.currentDwellDays(java.time.LocalDate.parse("2026-03-01"))).isEqualTo(90);
        assertThat(merchants.find(MerchantNo.of("M-2")).orElseThrow().currentStage().enteredOn())
                .hasToString("2026-03-01");
        assertThat(service.importMerchants(withEnteredOn, List.of(row(2, "M-1", "NEGOTIATING", "B", "2025-12-01"),
                row(3, "M-2", "QUALIFIED", "A", "")), ImportOptions.DEFAULT))
                .isEqualTo(new ImportOutcome.Imported(0, 0, 2, false));
    }

    @Test
    void a_bad_or_future_stage_entered_on_is_a_row_error_and_nothing_is_written() {
        ImportOutcome o = service.importMerchants(withEnteredOn, List.of(row(2, "M-1", "NEGOTIATING", "B", "2026-03-02"),
                row(3, "M-2", "", "", "01/12/2025"), row(4, "M-3", "", "", "2025-02-30"),
                row(5, "M-4", "", "", "+12025-01-01"), row(6, "M-5", "", "", "2026-03-01")), ImportOptions.DEFAULT);

        assertThat(o).isInstanceOf(ImportOutcome.Rejected.class);
        List<RowError> errors = ((ImportOutcome.Rejected) o).errors();
        assertThat(errors).extracting(RowError::line, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "stage_entered_on"),
                org.assertj.core.groups.Tuple.tuple(3, "stage_entered_on"),
                org.assertj.core.groups.Tuple.tuple(4, "stage_entered_on"),
                org.assertj.core.groups.Tuple.tuple(5, "stage_entered_on"));
        assertThat(errors.get(0).reason()).contains("future", "2026-03-01");
        // a date in the future is a problem of its own, not a badly written value: pages word it by its code
        assertThat(errors.get(0).code()).isEqualTo(RowError.FUTURE_DATE);
        assertThat(errors.get(0).args()).containsExactly("2026-03-01");
        assertThat(errors.get(1).reason()).contains("YYYY-MM-DD");
        assertThat(errors.get(1).code()).isEqualTo(RowError.BAD_VALUE);
        assertThat(merchants.list(null, 10)).isEmpty();
    }

    @Test
    void with_update_a_new_stage_is_entered_on_stage_entered_on_and_never_before_the_current_one() {
        service.importMerchants(withEnteredOn, List.of(row(2, "M-1", "NEGOTIATING", "B", "2025-12-01")),
                ImportOptions.DEFAULT);

        ImportOutcome tooEarly = service.importMerchants(withEnteredOn, List.of(row(2, "M-1", "QUALIFIED", "B",
                "2025-11-30")), new ImportOptions(false, true));
        ImportOutcome moved = service.importMerchants(withEnteredOn, List.of(row(2, "M-1", "QUALIFIED", "B",
                "2026-01-15")), new ImportOptions(false, true));

        assertThat(tooEarly).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(((ImportOutcome.Rejected) tooEarly).errors()).singleElement()
                .satisfies(e -> assertThat(e.column()).isEqualTo("stage_entered_on"));
        assertThat(moved).isEqualTo(new ImportOutcome.Imported(0, 1, 0, false));
        var m = merchants.find(MerchantNo.of("M-1")).orElseThrow();
        assertThat(m.stageHistory()).extracting(e -> e.stage() + " " + e.enteredOn() + ".." + e.leftOn())
                .containsExactly("NEGOTIATING 2025-12-01..2026-01-15", "QUALIFIED 2026-01-15..null");
    }

    @Test
    void another_date_for_the_same_stage_needs_update_and_re_dates_only_a_stay_the_pipeline_never_moved() {
        service.importMerchants(withEnteredOn, List.of(row(2, "M-1", "NEGOTIATING", "B", "2025-12-01"),
                row(3, "M-2", "NEGOTIATING", "B", "2025-12-01")), ImportOptions.DEFAULT);
        service.importMerchants(withEnteredOn, List.of(row(3, "M-2", "QUALIFIED", "B", "2026-01-15")),
                new ImportOptions(false, true));

        ImportOutcome refused = service.importMerchants(withEnteredOn, List.of(row(2, "M-1", "NEGOTIATING", "B",
                "2025-11-01")), ImportOptions.DEFAULT);
        ImportOutcome redated = service.importMerchants(withEnteredOn, List.of(row(2, "M-1", "NEGOTIATING", "B",
                "2025-11-01")), new ImportOptions(false, true));
        ImportOutcome history = service.importMerchants(withEnteredOn, List.of(row(3, "M-2", "QUALIFIED", "B",
                "2026-01-20")), new ImportOptions(false, true));

        assertThat(((ImportOutcome.Rejected) refused).errors().get(0).reason()).contains("stage_entered_on", "--update");
        assertThat(redated).isEqualTo(new ImportOutcome.Imported(0, 1, 0, false));
        assertThat(merchants.find(MerchantNo.of("M-1")).orElseThrow().currentStage().enteredOn())
                .hasToString("2025-11-01");
        assertThat(history).isInstanceOf(ImportOutcome.Rejected.class);
        assertThat(((ImportOutcome.Rejected) history).errors().get(0).column()).isEqualTo("stage_entered_on");
        assertThat(merchants.find(MerchantNo.of("M-2")).orElseThrow().currentStage().enteredOn())
                .hasToString("2026-01-15");
    }

    @Test
    void an_unknown_column_is_refused_on_line_1() {
        ImportOutcome o = service.importMerchants(List.of("merchant_no", "name", "colour"), List.of(),
                ImportOptions.DEFAULT);

        assertThat(((ImportOutcome.Rejected) o).errors()).extracting(RowError::line).containsOnly(1);
    }
}
