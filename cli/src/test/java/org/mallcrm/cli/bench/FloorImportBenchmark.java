package org.mallcrm.cli.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mallcrm.cli.Main;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Point;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.Wkt;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.FloorLayout;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/**
 * How long validating a 5,000-stall floor import takes: writes one floor of stalls in rows back to back along
 * corridors (every sixth row end an L-shaped corner stall), then runs {@code import stalls FILE --dry-run}
 * through the real CLI and use case on a fresh SQLite file, several times in one JVM, and times the overlap check
 * ({@link FloorLayout#overlaps}) on its own.
 *
 * <pre>
 *   bench/floor-import.sh            # builds, then runs this and the packaged CLI cold
 *   java -cp … FloorImportBenchmark [STALLS] [RUNS]
 *   java -cp … FloorImportBenchmark --write FILE [STALLS]   # only write the CSV
 * </pre>
 */
public final class FloorImportBenchmark {

    private FloorImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--write")) {
            int n = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
            writeCsv(Path.of(args[1]), n);
            System.out.println("wrote " + n + " stalls to " + args[1]);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("mallcrm-bench");
        Path csv = dir.resolve("floor.csv");
        writeCsv(csv, n);
        System.out.printf("floor of %d stalls: %s (%d KB)%n", n, csv, Files.size(csv) / 1024);

        List<Stall> stalls = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, n + 1)) {
            String wkt = line.substring(line.indexOf("\"POLYGON") + 1, line.length() - 1);
            String no = line.substring(0, line.indexOf(','));
            stalls.add(Stall.of(StallNo.of(no), "1F", "A", new BusinessType("女装"), Wkt.parsePolygon(wkt),
                    Area.parse("10.00"), Money.parse("100.00"), StallStatus.VACANT));
        }
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            int found = FloorLayout.overlaps(stalls, s -> true).size();
            long t1 = System.nanoTime();
            System.out.printf("overlap check alone, run %d: %.1f ms (%d overlaps)%n", i + 1, (t1 - t0) / 1e6, found);
        }
        for (int i = 0; i < runs; i++) {
            Path db = dir.resolve("mall-" + i + ".db");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long t0 = System.nanoTime();
            int code = Main.run(new String[] {"--db", db.toString(), "import", "stalls", csv.toString(), "--dry-run"},
                    new PrintWriter(out), new PrintWriter(err));
            long t1 = System.nanoTime();
            System.out.printf("import stalls --dry-run, run %d: %.0f ms, exit %d, %s%n", i + 1, (t1 - t0) / 1e6, code,
                    err.toString().strip().replace('\n', ' '));
        }
    }

    /** One floor of {@code n} stalls: rows of 100 stalls, two rows back to back, a 3 m corridor between pairs. */
    static void writeCsv(Path file, int n) throws IOException {
        SplittableRandom rnd = new SplittableRandom(5000);
        String[] trades = {"女装", "男装", "童装", "鞋包", "饰品", "内衣", "面料辅料", "箱包"};
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("stall_no,floor,zone,business_type,leasable_area_m2,base_rent,status,outline_wkt\n");
            int perRow = 100;
            long y = 0;
            int written = 0;
            for (int row = 0; written < n; row++) {
                long depth = 5000;
                long x = 0;
                boolean backRow = row % 2 == 1;
                long y0 = backRow ? y + depth : y;
                for (int i = 0; i < perRow && written < n; i++) {
                    long width = 3000 + 500L * rnd.nextInt(11);
                    Polygon outline;
                    if (i == perRow - 1 && row % 6 == 0) {
                        long notch = depth / 2;
                        outline = Polygon.of(new Point(x, y0), new Point(x + width, y0), new Point(x + width, y0 + notch),
                                new Point(x + width / 2, y0 + notch), new Point(x + width / 2, y0 + depth),
                                new Point(x, y0 + depth));
                    } else {
                        outline = Polygon.rectangle(x, y0, x + width, y0 + depth);
                    }
                    long leasable = outline.area().hundredths() * (110 + rnd.nextInt(11)) / 100;
                    String status = rnd.nextInt(100) < 68 ? "LEASED" : "VACANT";
                    w.write(String.format("1F-%02d-%03d,1F,%c,%s,%s,%d.00,%s,\"%s\"%n", row, i, (char) ('A' + row % 26),
                            trades[rnd.nextInt(trades.length)], Area.ofHundredths(leasable), 100 + rnd.nextInt(150),
                            status, outline.toWkt()));
                    x += width;
                    written++;
                }
                if (backRow) {
                    y += 2 * depth + 3000;
                }
            }
        }
    }
}
