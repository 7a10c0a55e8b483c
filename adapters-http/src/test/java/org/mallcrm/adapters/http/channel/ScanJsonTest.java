package org.mallcrm.adapters.http.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.Scan;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanId;
import org.mallcrm.domain.channel.ScanKind;
import org.mallcrm.domain.channel.TripNo;

/**
 * A posted scan's answer is the bytes Jackson's generator writes for it, whether it is joined straight (plain ASCII)
 * or goes through the generator (a code with a quote, a backslash, Chinese …), and reads back as the scan.
 */
class ScanJsonTest {

    /** Characters a code is made of: plain ones, and every one JSON escapes or writes as UTF-8 (a scan code has no control character). */
    private static final String CHARS = "aZ09-._:/?=&#% {}[],'\"\\王芳\u3000é€";

    private static byte[] generated(Scan s, Optional<TripNo> trip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("scan_id", s.scanId().value());
            g.writeStringField("kind", s.kind().name());
            g.writeStringField("code", s.code().value());
            g.writeStringField("buyer_id", s.buyer().value());
            g.writeStringField("scanned_at", ChannelJson.instant(s.scannedAt()));
            g.writeFieldName("trip_no");
            if (trip.isPresent()) {
                g.writeString(trip.get().value());
            } else {
                g.writeNull();
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    @Test
    void every_answer_is_what_the_generator_writes_and_reads_back_as_the_scan() throws IOException {
        SplittableRandom rng = new SplittableRandom(20261207);
        ObjectMapper mapper = new ObjectMapper();
        int plain = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder code = new StringBuilder("c");
            String alphabet = n % 2 == 0 ? "abcXYZ019-._:/?=&#%" : CHARS;
            for (int k = rng.nextInt(1, 30); k > 0; k--) {
                code.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            Scan s = new Scan(ScanId.of("W-" + n), n % 3 == 0 ? ScanKind.CHANNEL : ScanKind.CHECKIN,
                    ScanCode.of(code.toString()), BuyerId.of("B-" + rng.nextInt(1000)),
                    Instant.ofEpochSecond(rng.nextLong(1_700_000_000L, 1_900_000_000L), rng.nextInt(1_000_000_000)));
            Optional<TripNo> trip = n % 4 == 0 ? Optional.empty() : Optional.of(TripNo.of("T" + n));
            byte[] answer = ChannelRoutes.scanJson(s, trip);
            assertThat(new String(answer, StandardCharsets.UTF_8)).as(s.code().value())
                    .isEqualTo(new String(generated(s, trip), StandardCharsets.UTF_8));
            JsonNode back = mapper.readTree(answer);
            assertThat(back.get("code").asText()).isEqualTo(s.code().value());
            assertThat(back.get("scan_id").asText()).isEqualTo(s.scanId().value());
            assertThat(back.get("trip_no").isNull()).isEqualTo(trip.isEmpty());
            if (ChannelRoutes.plain(s.code().value())) {
                plain++;
            }
        }
        assertThat(plain).as("answers joined straight").isBetween(10_000, 19_000);
    }

    @Test
    void plain_text_is_printable_ascii_without_quote_or_backslash() {
        assertThat(ChannelRoutes.plain("QR-T000001 https://x.cn/a?b=1&c=#")).isTrue();
        for (String s : new String[] {"a\"b", "a\\b", "a\u007fb", "a\u001fb", "王", "é"}) {
            assertThat(ChannelRoutes.plain(s)).as(s).isFalse();
        }
    }
}
