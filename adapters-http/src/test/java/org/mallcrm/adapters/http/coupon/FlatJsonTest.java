package org.mallcrm.adapters.http.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mallcrm.adapters.http.common.Json;

/** The claim and redemption replies written without Jackson are exactly what Jackson writes. */
class FlatJsonTest {

    private static final List<String> TEXTS = List.of("", "RD-ABCD2345EFGH6789-1", "120.00", "\"quoted\"",
            "back\\slash", "line\nbreak\ttab\rret\bbs\ffeed", "\u0000\u0001\u001f\u007f", "/slash/", "广州 白马服装城",
            "emoji \uD83D\uDE00", "\u2028\u2029", "<script>&amp;</script>");

    @Test
    void aRedemptionIsWrittenAsJacksonWritesIt() throws Exception {
        FlatJson<RedemptionJson> flat = FlatJson.of(RedemptionJson.class);
        for (RedemptionJson r : redemptions()) {
            assertThat(new String(flat.bytes(r), "UTF-8"))
                    .isEqualTo(new String(Json.mapper().writeValueAsBytes(r), "UTF-8"));
        }
    }

    @Test
    void aCouponIsWrittenAsJacksonWritesIt() throws Exception {
        FlatJson<CouponJson> flat = FlatJson.of(CouponJson.class);
        Random random = new Random(9);
        for (int i = 0; i < 200; i++) {
            CouponJson c = new CouponJson(text(random), text(random), text(random), text(random), text(random),
                    text(random), text(random), text(random), text(random), random.nextInt() * (i % 2));
            assertThat(new String(flat.bytes(c), "UTF-8"))
                    .isEqualTo(new String(Json.mapper().writeValueAsBytes(c), "UTF-8"));
        }
    }

    @Test
    void everyCharacterIsEscapedAsJacksonEscapesIt() throws Exception {
        StringBuilder all = new StringBuilder();
        for (int ch = 0; ch <= 0xFFFF; ch++) {
            if (!Character.isSurrogate((char) ch)) {
                all.append((char) ch);
            }
        }
        all.appendCodePoint(0x1F600).appendCodePoint(0x20BB7).appendCodePoint(0x10FFFF);
        RedemptionJson r = new RedemptionJson(all.toString(), null, null, null, null, null, null, null, null, null,
                null, false, null, null);
        assertThat(new String(FlatJson.of(RedemptionJson.class).bytes(r), "UTF-8"))
                .isEqualTo(new String(Json.mapper().writeValueAsBytes(r), "UTF-8"));
    }

    @Test
    void aRecordWithOtherKindsOfValuesIsRefused() {
        record Nested(String a, List<String> b) {
        }
        assertThatThrownBy(() -> FlatJson.of(Nested.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nested.b");
    }

    private static List<RedemptionJson> redemptions() {
        Random random = new Random(16);
        List<RedemptionJson> out = new ArrayList<>();
        out.add(new RedemptionJson("RD-ABCD2345EFGH6789-1", "ABCD2345EFGH6789", "C-WRK", "B000001", "M0001",
                "120.00", null, "10.00", "5.00", "5.00", "2026-10-15T02:00:00Z", false, null, null));
        for (int i = 0; i < 200; i++) {
            out.add(new RedemptionJson(text(random), text(random), text(random), text(random), text(random),
                    text(random), text(random), text(random), text(random), text(random), text(random),
                    random.nextBoolean(), text(random), text(random)));
        }
        return out;
    }

    private static String text(Random random) {
        int pick = random.nextInt(TEXTS.size() + 1);
        return pick == TEXTS.size() ? null : TEXTS.get(pick);
    }
}
