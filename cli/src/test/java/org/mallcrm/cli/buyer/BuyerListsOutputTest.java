package org.mallcrm.cli.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.adapters.http.buyer.RfmJson;
import org.mallcrm.adapters.http.buyer.ShareJson;
import org.mallcrm.cli.output.Format;
import org.mallcrm.cli.output.Output;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.RfmScore;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.money.Money;

/** The long buyer lists print their cells straight; what they print is what the JSON records print, to the byte. */
class BuyerListsOutputTest {

    private static String printed(Format format, Consumer<Output> print) {
        StringWriter text = new StringWriter();
        print.accept(new Output(new PrintWriter(text), format));
        return text.toString();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rfmScoresPrintAsTheirJsonRecords(Format format) {
        List<RfmScore> scores = List.of(
                new RfmScore(BuyerId.of("b1"), 1, 3, Money.ofFen(120_000), true, true, true,
                        RfmSegment.IMPORTANT_VALUE),
                new RfmScore(BuyerId.of("B-2.x_y"), 244, 1, Money.ZERO, false, false, false,
                        RfmSegment.GENERAL_WINBACK),
                new RfmScore(BuyerId.of("0"), 0, 365, Money.ofFen(1_234_567_805L), true, true, false,
                        RfmSegment.GENERAL_VALUE),
                new RfmScore(BuyerId.of("b4"), 17, 2, Money.ofFen(5), false, true, true,
                        RfmSegment.IMPORTANT_RETAIN));
        List<RfmJson> records = scores.stream().map(RfmJson::of).toList();
        List<String> columns = BuyersSubcommand.RFM_FIELDS;
        String generic = printed(format, o -> o.list(records, columns));
        assertThat(printed(format, o -> o.list(scores, RfmJson::of, columns, BuyersSubcommand.RFM_FIELDS,
                BuyersSubcommand.Rfm::cells))).isEqualTo(generic);
        List<String> some = List.of("buyer_id", "segment_name", "monetary");
        assertThat(printed(format, o -> o.list(scores, RfmJson::of, some, BuyersSubcommand.RFM_FIELDS, BuyersSubcommand.Rfm::cells)))
                .isEqualTo(printed(format, o -> o.list(records, some)));
        assertThat(printed(format, o -> o.list(List.<RfmScore>of(), RfmJson::of, columns, BuyersSubcommand.RFM_FIELDS,
                BuyersSubcommand.Rfm::cells))).isEqualTo(printed(format, o -> o.list(List.of(), columns)));
    }

    @Test
    void aLongRfmListPrintsAsItsJsonRecordsAcrossTheWritersPieces() {
        // several pieces of text handed to the writer (Output.PIECE is 65,536 characters)
        List<RfmScore> scores = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            boolean r = i % 2 == 0;
            boolean f = i % 3 == 0;
            boolean m = i % 5 == 0;
            scores.add(new RfmScore(BuyerId.of(String.format("B%06d", i)), i % 366, 1 + i % 40,
                    Money.ofFen(i * 1_234L), r, f, m, RfmSegment.of(r, f, m)));
        }
        List<RfmJson> records = scores.stream().map(RfmJson::of).toList();
        String csv = printed(Format.CSV, o -> o.list(scores, RfmJson::of, BuyersSubcommand.RFM_FIELDS, BuyersSubcommand.RFM_FIELDS,
                BuyersSubcommand.Rfm::cells));
        assertThat(csv.length()).isGreaterThan(3 * (1 << 16));
        assertThat(csv).isEqualTo(printed(Format.CSV, o -> o.list(records, BuyersSubcommand.RFM_FIELDS)));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sharesWithAwkwardKeysPrintAsTheirJsonRecords(Format format) {
        List<ShareJson> rows = List.of(new ShareJson("", 5017, "5.02"), new ShareJson("女装", 33531, "33.53"),
                new ShareJson("a,b", 1, "0.01"), new ShareJson("say \"hi\"", 2, "0.02"), new ShareJson(" lead", 3,
                        "0.03"), new ShareJson("#x", 4, "0.04"), new ShareJson("two\nlines", 5, "0.05"),
                new ShareJson("trail ", 6, "99.30"));
        List<String> columns = BuyersSubcommand.SHARE_FIELDS;
        assertThat(printed(format, o -> o.list(rows, r -> r, columns, columns, BuyersSubcommand.Stats::cells)))
                .isEqualTo(printed(format, o -> o.list(rows, columns)));
        List<ShareJson> emptyFirst = List.of(new ShareJson("", 1, "100.00"));
        assertThat(printed(format, o -> o.list(emptyFirst, r -> r, columns, columns, BuyersSubcommand.Stats::cells)))
                .isEqualTo(printed(format, o -> o.list(emptyFirst, columns)));
    }
}
