package org.mallcrm.adapters.http.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.web.console.TableView.Cell;
import org.mallcrm.adapters.http.web.console.TableView.Column;
import org.mallcrm.adapters.http.web.console.TableView.Row;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.money.Money;

class XlsxTableTest {

    private final Formats f = Formats.of(Locale.SIMPLIFIED_CHINESE);

    private static List<org.dhatim.fastexcel.reader.Row> read(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true,
                false)); Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
            return rows.toList();
        }
    }

    @Test
    void money_is_the_exact_decimal_of_its_fen_and_dates_are_dates() throws IOException {
        Instant at = Instant.parse("2026-12-06T09:30:15Z");
        Row row = new Row(List.of(Cell.link("L-2026-0001", "/leases/L-2026-0001"), Cell.money(Money.ofFen(1374007), f),
                Cell.money(Money.ofFen(-5), f), Cell.date(LocalDate.of(2026, 12, 6), f), Cell.instant(at, f),
                Cell.count(12345, f), Cell.area(Area.ofHundredths(4550), f), Cell.money(null, f)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = XlsxTable.write(out, "租赁合同", List.of(new Column("合同编号", false), new Column("月租", true),
                new Column("退款", true), new Column("到期日", false), new Column("时间", false),
                new Column("天数", true), new Column("面积", true), new Column("空", true)), Listing.Rows.of(List.of(row)),
                100);

        assertThat(n).isEqualTo(1);
        List<org.dhatim.fastexcel.reader.Row> rows = read(out.toByteArray());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getCell(0).asString()).isEqualTo("合同编号");
        assertThat(rows.get(0).getCell(7).asString()).isEqualTo("空");
        var r = rows.get(1);
        assertThat(r.getCell(0).asString()).isEqualTo("L-2026-0001");
        assertThat(r.getCell(1).getType()).isEqualTo(CellType.NUMBER);
        // the cell holds the decimal itself, not a double's expansion of it
        assertThat(r.getCell(1).getRawValue()).isEqualTo("13740.07");
        assertThat(r.getCell(1).asNumber()).isEqualByComparingTo(new BigDecimal("13740.07"));
        assertThat(r.getCell(1).getDataFormatString()).isEqualTo(XlsxTable.MONEY_FORMAT);
        assertThat(r.getCell(2).getRawValue()).isEqualTo("-0.05");
        assertThat(r.getCell(3).asDate()).isEqualTo(LocalDateTime.of(2026, 12, 6, 0, 0));
        assertThat(r.getCell(3).getDataFormatString()).isEqualTo(XlsxTable.DATE_FORMAT);
        // instants in the mall's time zone (Beijing)
        assertThat(r.getCell(4).asDate()).isEqualTo(LocalDateTime.of(2026, 12, 6, 17, 30, 15));
        assertThat(r.getCell(5).asNumber()).isEqualByComparingTo("12345");
        assertThat(r.getCell(6).getRawValue()).isEqualTo("45.50");
        assertThat(r.getCellCount() <= 7 || r.getCell(7) == null || r.getCell(7).getType() == CellType.EMPTY).isTrue();
    }

    @Test
    void a_list_read_in_chunks_is_written_whole_one_chunk_at_a_time() throws IOException {
        int total = 12_345;
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger largest = new AtomicInteger();
        Listing.Rows rows = (cursor, limit, out) -> {
            reads.incrementAndGet();
            largest.accumulateAndGet(limit, Math::max);
            int from = cursor == null ? 0 : Integer.parseInt(cursor);
            int to = Math.min(total, from + limit);
            for (int i = from; i < to; i++) {
                out.accept(new Row(List.of(Cell.count(i, f), Cell.money(Money.ofFen(i * 101L), f))));
            }
            return to < total ? String.valueOf(to) : null;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(XlsxTable.write(out, "x", List.of(new Column("n", true), new Column("m", true)), rows, 500))
                .isEqualTo(total);

        assertThat(reads.get()).isEqualTo(25);
        assertThat(largest.get()).isEqualTo(500);
        List<org.dhatim.fastexcel.reader.Row> back = read(out.toByteArray());
        assertThat(back).hasSize(total + 1);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            var r = back.get(i + 1);
            if (r.getCell(0).asNumber().intValueExact() != i
                    || r.getCell(1).asNumber().compareTo(BigDecimal.valueOf(i * 101L, 2)) != 0) {
                wrong.add(i + ": " + r);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_file_is_named_after_the_page_and_the_day_in_both_forms_of_rfc_6266() {
        assertThat(ListRoutes.contentDisposition("租赁合同", "/leases", LocalDate.of(2026, 12, 6))).isEqualTo(
                "attachment; filename=\"leases-2026-12-06.xlsx\"; filename*=UTF-8''"
                        + "%E7%A7%9F%E8%B5%81%E5%90%88%E5%90%8C-2026-12-06.xlsx");
        assertThat(ListRoutes.contentDisposition("2026年12月 账单", "/logs/sign-ins", LocalDate.of(2026, 12, 6)))
                .startsWith("attachment; filename=\"logs-sign-ins-2026-12-06.xlsx\"; filename*=UTF-8''2026%E5%B9%B4")
                .contains("%20%E8%B4%A6%E5%8D%95-2026-12-06.xlsx");
        assertThat(ListRoutes.contentDisposition("a/b:c", "/x", LocalDate.of(2026, 1, 2))).endsWith("''a_b_c-2026-01-02.xlsx");
        assertThat(XlsxTable.sheetName("a[b]c:d*e?f/g\\h".repeat(3))).hasSizeLessThanOrEqualTo(31).doesNotContain("[",
                "]", ":", "*", "?", "/", "\\");
        assertThat(ListRoutes.withoutCursor("status=VACANT&cursor=abc&floor=1F")).isEqualTo("status=VACANT&floor=1F");
        assertThat(ListRoutes.withoutCursor(null)).isEmpty();
    }
}
