package org.mallcrm.application.stall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportOutcome.Imported;
import org.mallcrm.application.common.port.in.ImportOutcome.Rejected;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.port.in.UnreadableFileException;
import org.mallcrm.application.stall.port.in.ImportStallsUseCase;
import org.mallcrm.application.stall.service.ImportStallsService;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.fixtures.stall.InMemoryStalls;
import org.mallcrm.fixtures.stall.StallFixtures;

class ImportStallsServiceTest {

    private static final List<String> HEADER = ImportStallsUseCase.COLUMNS.required();
    private final InMemoryStalls stalls = new InMemoryStalls();
    private final org.mallcrm.fixtures.settings.InMemoryMallSettings settings =
            new org.mallcrm.fixtures.settings.InMemoryMallSettings();
    private final ImportStallsService service = new ImportStallsService(stalls, new DirectUnitOfWork(), settings);

    private static ImportRow row(int line, String no, String area, String rent, String status, String wkt) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("stall_no", no);
        v.put("floor", "1F");
        v.put("zone", "A");
        v.put("business_type", "女装");
        v.put("leasable_area_m2", area);
        v.put("base_rent", rent);
        v.put("status", status);
        v.put("outline_wkt", wkt);
        return new ImportRow(line, v);
    }

    private static String square(long x, long y, long size) {
        return "POLYGON((" + x + " " + y + ", " + (x + size) + " " + y + ", " + (x + size) + " " + (y + size) + ", "
                + x + " " + (y + size) + ", " + x + " " + y + "))";
    }

    private ImportOutcome run(List<ImportRow> rows, ImportOptions options) {
        return service.importStalls(HEADER, rows, options);
    }

    private List<ImportRow> goodRows() {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row(i + 2, "1F-A-00" + i, "12.50", "180.00", "VACANT", square(i * 4000L, 0, 4000)));
        }
        return rows;
    }

    @Test
    void good_rows_are_all_imported_and_the_same_file_twice_changes_nothing() {
        assertThat(run(goodRows(), ImportOptions.DEFAULT)).isEqualTo(new Imported(5, 0, 0, false));
        assertThat(stalls.size()).isEqualTo(5);

        ImportOutcome again = run(goodRows(), ImportOptions.DEFAULT);
        assertThat(again).isEqualTo(new Imported(0, 0, 5, false));
        assertThat(((Imported) again).summary()).contains("unchanged 5").contains("nothing changed");
    }

    @Test
    void a_dry_run_validates_and_writes_nothing() {
        assertThat(run(goodRows(), new ImportOptions(true, false))).isEqualTo(new Imported(5, 0, 0, true));
        assertThat(stalls.size()).isZero();
    }

    @Test
    void one_bad_row_among_good_ones_writes_nothing_and_every_bad_row_is_named() {
        List<ImportRow> rows = goodRows();
        rows.add(row(7, "1F-A-100", "abc", "180.00", "VACANT", square(100_000, 0, 1000)));
        rows.add(row(8, "1F-A-101", "10.00", "-1.00", "SOLD", square(200_000, 0, 1000)));
        rows.add(row(9, "1F-A-102", "10.00", "12.345", "VACANT", "POLYGON((0 0, 10 10, 10 0, 0 5, 0 0))"));
        rows.add(row(10, "", "", "", "", ""));

        ImportOutcome outcome = run(rows, ImportOptions.DEFAULT);

        assertThat(stalls.size()).isZero();
        List<RowError> errors = ((Rejected) outcome).errors();
        assertThat(errors).extracting(RowError::line, RowError::column).contains(
                org.assertj.core.groups.Tuple.tuple(7, "leasable_area_m2"),
                org.assertj.core.groups.Tuple.tuple(8, "base_rent"),
                org.assertj.core.groups.Tuple.tuple(8, "status"),
                org.assertj.core.groups.Tuple.tuple(9, "base_rent"),
                org.assertj.core.groups.Tuple.tuple(9, "outline_wkt"),
                org.assertj.core.groups.Tuple.tuple(10, "stall_no"),
                org.assertj.core.groups.Tuple.tuple(10, "outline_wkt"));
        assertThat(errors).filteredOn(e -> e.line() == 9 && e.column().equals("base_rent"))
                .singleElement().extracting(RowError::reason).asString().contains("more than 2 decimal places");
        assertThat(errors).filteredOn(e -> e.line() == 9 && e.column().equals("outline_wkt"))
                .singleElement().extracting(RowError::reason).asString().contains("intersects itself");
        assertThat(errors).filteredOn(e -> e.line() == 8 && e.column().equals("status"))
                .singleElement().extracting(RowError::reason).asString().contains("unknown status");
        // each problem carries its stable code for pages that word it in their own language
        assertThat(errors).filteredOn(e -> e.line() == 9 && e.column().equals("base_rent")).singleElement()
                .extracting(RowError::code).isEqualTo(RowError.BAD_VALUE);
        assertThat(errors).filteredOn(e -> e.line() == 10 && e.column().equals("stall_no")).singleElement()
                .extracting(RowError::code).isEqualTo(RowError.MISSING_VALUE);
    }

    @Test
    void a_key_repeated_in_the_file_is_an_error_on_the_later_line() {
        List<ImportRow> rows = goodRows();
        rows.add(row(7, "1F-A-000", "12.50", "180.00", "VACANT", square(500_000, 0, 4000)));

        Rejected r = (Rejected) run(rows, ImportOptions.DEFAULT);

        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.reason()).contains("line 2");
            assertThat(e.code()).isEqualTo(RowError.DUPLICATE_IN_FILE);
            assertThat(e.args()).containsExactly("2");
        });
    }

    @Test
    void outlines_overlapping_each_other_or_a_stored_stall_are_refused() {
        stalls.insert(List.of(StallFixtures.a101()));
        List<ImportRow> rows = List.of(
                row(2, "X1", "10.00", "100.00", "VACANT", square(7000, 1000, 2000)),
                row(3, "X2", "10.00", "100.00", "VACANT", square(20_000, 0, 3000)),
                row(4, "X3", "10.00", "100.00", "VACANT", square(21_000, 1000, 3000)),
                row(5, "X4", "10.00", "100.00", "VACANT", square(8000, 0, 5000)));

        Rejected r = (Rejected) run(rows, ImportOptions.DEFAULT);

        assertThat(r.errors()).extracting(RowError::line).containsExactly(2, 2, 3, 4, 5);
        assertThat(r.errors().get(0).reason()).contains("A101").contains("already stored");
        assertThat(r.errors().get(0).code()).isEqualTo(ImportStallsService.OVERLAPS_STORED);
        assertThat(r.errors().get(0).args()).startsWith("A101");
        assertThat(r.errors()).filteredOn(e -> e.line() == 3).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo(ImportStallsService.OVERLAPS_LINE);
            assertThat(e.args()).startsWith("X3", "4");
        });
        assertThat(r.errors()).filteredOn(e -> e.line() == 3).singleElement()
                .extracting(RowError::reason).asString().contains("X3 (line 4)");
        assertThat(stalls.size()).isEqualTo(1);
    }

    @Test
    void an_overlap_up_to_the_malls_tolerance_is_accepted_and_one_beyond_it_is_refused_with_its_area() {
        stalls.insert(List.of(StallFixtures.a101()));
        // a 2000 mm square whose corner covers 1000 × 1000 mm of A101 [0,8000]×[0,5000]
        List<ImportRow> rows = List.of(row(2, "X1", "4.00", "100.00", "VACANT", square(7000, 4000, 2000)));
        settings.with(org.mallcrm.domain.settings.SettingCatalogue.GEOMETRY_OVERLAP_TOLERANCE_MM2, 999_999L);

        Rejected r = (Rejected) run(rows, ImportOptions.DEFAULT);
        assertThat(r.errors()).singleElement().extracting(RowError::reason).asString()
                .contains("A101", "by 1000000.00 mm², more than the 999999 mm² tolerated");

        settings.with(org.mallcrm.domain.settings.SettingCatalogue.GEOMETRY_OVERLAP_TOLERANCE_MM2, 1_000_000L);
        assertThat(run(rows, ImportOptions.DEFAULT)).isInstanceOf(ImportOutcome.Imported.class);
        assertThat(stalls.size()).isEqualTo(2);
    }

    @Test
    void a_changed_row_needs_update_and_then_updates() {
        run(goodRows(), ImportOptions.DEFAULT);
        List<ImportRow> changed = new ArrayList<>(goodRows());
        changed.set(0, row(2, "1F-A-000", "13.00", "180.00", "LEASED", square(0, 0, 4000)));

        Rejected r = (Rejected) run(changed, ImportOptions.DEFAULT);
        assertThat(r.errors()).singleElement().extracting(RowError::reason).asString()
                .contains("use --update").contains("leasable_area_m2 12.50 → 13.00");
        assertThat(r.errors().get(0).code()).isEqualTo(RowError.EXISTS_DIFFERENT);

        assertThat(run(changed, new ImportOptions(false, true))).isEqualTo(new Imported(0, 1, 4, false));
        assertThat(stalls.find(StallNo.of("1F-A-000")).orElseThrow().status()).isEqualTo(StallStatus.LEASED);
    }

    @Test
    void unknown_and_missing_columns_are_reported_on_the_header_line() {
        List<String> header = new ArrayList<>(HEADER);
        header.remove("zone");
        header.add("colour");

        Rejected r = (Rejected) service.importStalls(header, goodRows(), ImportOptions.DEFAULT);

        assertThat(r.errors()).extracting(RowError::line, RowError::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(1, "colour"), org.assertj.core.groups.Tuple.tuple(1, "zone"));
        assertThat(r.errors()).extracting(RowError::column, RowError::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("colour", RowError.UNKNOWN_COLUMN),
                org.assertj.core.groups.Tuple.tuple("zone", RowError.MISSING_COLUMN));
    }

    @Test
    void a_file_without_rows_is_refused() {
        assertThat(run(List.of(), ImportOptions.DEFAULT)).isInstanceOf(ImportOutcome.Unreadable.class);
    }

    /** Rows as a reader hands them over: the one at {@code shortLine} could not be split into the header's columns. */
    private static RowStream withShortRow(List<ImportRow> rows, int shortLine) {
        RowStream good = RowStream.of(HEADER, rows);
        return new RowStream() {
            private boolean onShort;
            private boolean shortDone;

            @Override
            public List<String> header() {
                return HEADER;
            }

            @Override
            public boolean next() {
                if (!shortDone && onShort) {
                    shortDone = true;
                    onShort = false;
                }
                if (!shortDone && !onShort) {
                    onShort = true;
                    return true;
                }
                return good.next();
            }

            @Override
            public int line() {
                return onShort ? shortLine : good.line();
            }

            @Override
            public String malformed() {
                return onShort ? "expected 8 fields as in the header, found 3" : null;
            }

            @Override
            public String value(int index) {
                return onShort ? "" : good.value(index);
            }
        };
    }

    @Test
    void a_row_the_reader_could_not_split_keeps_every_other_row_out_and_is_reported_with_their_problems() {
        List<ImportRow> rows = new ArrayList<>(goodRows());
        rows.add(row(9, "1F-A-009", "-1", "180.00", "VACANT", square(90_000, 0, 4000)));

        ImportOutcome o = service.importStalls(withShortRow(rows, 8), ImportOptions.DEFAULT);

        assertThat(o).isInstanceOf(Rejected.class);
        assertThat(((Rejected) o).errors()).extracting(RowError::line).containsExactly(8, 9);
        assertThat(stalls.findAll(List.of(StallNo.of("1F-A-000")))).isEmpty();
    }

    @Test
    void a_file_that_turns_unreadable_part_way_writes_nothing() {
        RowStream good = RowStream.of(HEADER, goodRows());
        RowStream breaking = new RowStream() {
            private int n;

            @Override
            public List<String> header() {
                return HEADER;
            }

            @Override
            public boolean next() {
                if (++n == 4) {
                    throw new UnreadableFileException("not valid UTF-8: a byte on line 5 is not part of a UTF-8 "
                            + "character");
                }
                return good.next();
            }

            @Override
            public int line() {
                return good.line();
            }

            @Override
            public String malformed() {
                return null;
            }

            @Override
            public String value(int index) {
                return good.value(index);
            }
        };

        ImportOutcome o = service.importStalls(breaking, ImportOptions.DEFAULT);

        assertThat(o).isEqualTo(new ImportOutcome.Unreadable("not valid UTF-8: a byte on line 5 is not part of a "
                + "UTF-8 character"));
        assertThat(stalls.findAll(List.of(StallNo.of("1F-A-000")))).isEmpty();
    }
}
