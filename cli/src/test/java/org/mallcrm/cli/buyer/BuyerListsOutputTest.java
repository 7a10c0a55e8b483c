package org.mallcrm.cli.buyer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.adapters.http.buyer.RfmJson;
import org.mallcrm.adapters.http.buyer.ShareJson;
import org.mallcrm.cli.output.Format;
import org.mallcrm.cli.output.Output;

/** The long buyer lists print their cells straight; what they print is what the JSON records print, to the byte. */
class BuyerListsOutputTest {

    private static String printed(Format format, Consumer<Output> print) {
        StringWriter text = new StringWriter();
        print.accept(new Output(new PrintWriter(text), format));
        return text.toString();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rfmRowsPrintAsTheirJsonRecords(Format format) {
        List<RfmJson> rows = List.of(
                new RfmJson("b1", 1, 3, "1200.00", "H", "H", "H", "IMPORTANT_VALUE", "重要价值客户"),
                new RfmJson("B-2.x_y", 244, 1, "0.00", "L", "L", "L", "GENERAL_WINBACK", "一般挽留客户"),
                new RfmJson("0", 0, 365, "12345678.05", "H", "H", "L", "GENERAL_VALUE", "一般价值客户"));
        List<String> columns = BuyersSubcommand.RFM_FIELDS;
        String generic = printed(format, o -> o.list(rows, columns));
        assertThat(printed(format, o -> o.list(rows, columns, BuyersSubcommand.RFM_FIELDS,
                BuyersSubcommand.Rfm::cells))).isEqualTo(generic);
        List<String> some = List.of("buyer_id", "segment_name", "monetary");
        assertThat(printed(format, o -> o.list(rows, some, BuyersSubcommand.RFM_FIELDS, BuyersSubcommand.Rfm::cells)))
                .isEqualTo(printed(format, o -> o.list(rows, some)));
        assertThat(printed(format, o -> o.list(List.<RfmJson>of(), columns, BuyersSubcommand.RFM_FIELDS,
                BuyersSubcommand.Rfm::cells))).isEqualTo(printed(format, o -> o.list(List.of(), columns)));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sharesWithAwkwardKeysPrintAsTheirJsonRecords(Format format) {
        List<ShareJson> rows = List.of(new ShareJson("", 5017, "5.02"), new ShareJson("女装", 33531, "33.53"),
                new ShareJson("a,b", 1, "0.01"), new ShareJson("say \"hi\"", 2, "0.02"), new ShareJson(" lead", 3,
                        "0.03"), new ShareJson("#x", 4, "0.04"), new ShareJson("two\nlines", 5, "0.05"),
                new ShareJson("trail ", 6, "99.30"));
        List<String> columns = BuyersSubcommand.SHARE_FIELDS;
        assertThat(printed(format, o -> o.list(rows, columns, columns, BuyersSubcommand.Stats::cells)))
                .isEqualTo(printed(format, o -> o.list(rows, columns)));
        List<ShareJson> emptyFirst = List.of(new ShareJson("", 1, "100.00"));
        assertThat(printed(format, o -> o.list(emptyFirst, columns, columns, BuyersSubcommand.Stats::cells)))
                .isEqualTo(printed(format, o -> o.list(emptyFirst, columns)));
    }
}
