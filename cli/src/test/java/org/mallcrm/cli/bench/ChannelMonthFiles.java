package org.mallcrm.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.mallcrm.adapters.http.channel.ChannelJson;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.adapters.persistence.channel.CommissionRulesJson;
import org.mallcrm.domain.channel.Channel;
import org.mallcrm.domain.channel.CommissionCalculator;
import org.mallcrm.domain.channel.HeadCounts;
import org.mallcrm.domain.channel.Reconciler;
import org.mallcrm.domain.channel.Reconciliation;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.ValidHeadSink;
import org.mallcrm.fixtures.channel.RandomMonth;

/**
 * Writes a generated month ({@link RandomMonth}) as the files the CLI imports: {@code trips.csv}, {@code scans.csv},
 * {@code rules.json}, and {@code expected.json}, the reconciliation computed in memory straight from the generator
 * (no database) for checking what the CLI reports.
 *
 * <p>{@code java -cp … org.mallcrm.cli.bench.ChannelMonthFiles DIR [SEED] [benchmark|small|N_BUYERS] [YYYY-MM]}
 *
 * <p>With a month other than the benchmark's (March 2025), the benchmark's load falls in that month and every scan
 * id starts with {@code YYYYMM-}, so that the month can be imported beside the benchmark's ("last month's scans").
 */
public final class ChannelMonthFiles {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private ChannelMonthFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/channel-month");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        String size = args.length > 2 ? args[2] : "benchmark";
        YearMonth other = args.length > 3 ? YearMonth.parse(args[3]) : null;
        if (other != null && !other.equals(RandomMonth.Spec.benchmark(seed).month())) {
            RandomMonth.Spec b = RandomMonth.Spec.benchmark(seed);
            RandomMonth.Spec spec = new RandomMonth.Spec(seed, other, other.lengthOfMonth(), b.channels(), b.trips(),
                    b.buyers(), b.granularitySeconds());
            Files.createDirectories(dir);
            long rows = writeScans(RandomMonth.of(spec), dir.resolve("scans.csv"),
                    other.toString().replace("-", "") + "-");
            System.err.println("wrote " + rows + " scans of " + other + " to " + dir);
            return;
        }
        RandomMonth.Spec spec = switch (size) {
            case "benchmark" -> RandomMonth.Spec.benchmark(seed);
            case "small" -> new RandomMonth.Spec(seed, YearMonth.of(2025, 3), 31, 20, 400, 7_000, 1);
            default -> new RandomMonth.Spec(seed, YearMonth.of(2025, 3), 31, 300,
                    Math.max(1, Integer.parseInt(size) / 18), Integer.parseInt(size), 1);
        };
        long rows = write(RandomMonth.of(spec), dir);
        System.err.println("wrote " + rows + " scans and " + spec.trips() + " trips to " + dir);
    }

    /** Writes the files; returns the number of scans. */
    public static long write(RandomMonth month, Path dir) throws IOException {
        Files.createDirectories(dir);
        writeTrips(month, dir.resolve("trips.csv"));
        long n = writeScans(month, dir.resolve("scans.csv"));
        Files.writeString(dir.resolve("rules.json"), CommissionRulesJson.toJson(month.rules()).toPrettyString());
        YearMonth m = month.spec().month();
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("expected.json").toFile(),
                ChannelJson.ReconciliationJson.of(m.atDay(1), m.atEndOfMonth(), expected(month)));
        return n;
    }

    /** The month reconciled in memory, fed straight from the generator in buyer order. */
    public static Reconciliation expected(RandomMonth month) {
        Reconciler r = new Reconciler(month.trips(), month.rules(), ValidHeadSink.NONE);
        month.forEachRow((id, kind, code, buyer, at) -> r.scan(buyer, kind, code, at, id));
        HeadCounts counts = r.finish();
        return CommissionCalculator.compute(counts, month.rules());
    }

    static void writeTrips(RandomMonth month, Path file) throws IOException {
        List<Channel> channels = month.channels();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("trip_no,channel,channel_name,channel_code,coach_plate,arrival_date,window_start,window_end,"
                    + "reported_headcount\n");
            for (Trip t : month.trips()) {
                String name = channels.get(Integer.parseInt(t.channel().value().substring(2)) - 1).name();
                w.write(t.tripNo() + "," + t.channel() + "," + name + "," + t.channelCode() + "," + t.coachPlate()
                        + "," + t.arrivalDate() + "," + iso(t.windowStart()) + "," + iso(t.windowEnd()) + ","
                        + t.reportedHeadcount() + "\n");
            }
        }
    }

    static long writeScans(RandomMonth month, Path file) throws IOException {
        return writeScans(month, file, "");
    }

    static long writeScans(RandomMonth month, Path file, String idPrefix) throws IOException {
        long[] n = new long[1];
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scan_id,kind,code,buyer_id,scanned_at\n");
            StringBuilder sb = new StringBuilder(96);
            month.forEachRow((id, kind, code, buyer, at) -> {
                sb.setLength(0);
                sb.append(idPrefix).append(id).append(',').append(kind.name()).append(',').append(code).append(',').append(buyer)
                        .append(',').append(iso(at)).append('\n');
                try {
                    w.append(sb);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n[0]++;
            });
        }
        return n[0];
    }

    /** {@code 2025-03-10T09:15:00+08:00}, seconds always written. */
    static String iso(Instant at) {
        OffsetDateTime t = at.atOffset(BEIJING);
        LocalDate d = t.toLocalDate();
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d%s+08:00", d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), t.getNano() == 0 ? "" : String.format(".%09d", t.getNano()));
    }
}
