package org.mallcrm.cli.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.stall.port.in.Approval;
import org.mallcrm.application.stall.port.in.ChangeStallCommand;
import org.mallcrm.application.stall.port.in.ImportStallsUseCase;
import org.mallcrm.application.stall.port.in.MergeStallsCommand;
import org.mallcrm.application.stall.port.in.ReshapeResult;
import org.mallcrm.application.stall.port.in.SplitStallCommand;
import org.mallcrm.cli.AppContext;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Axis;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.Point;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/**
 * A generated, plausible wholesale clothing mall: each floor a rectangular hall whose zones are blocks between main
 * aisles, each zone rows of stalls back to back along corridors, realistic sizes and rents, mixed trades and
 * statuses, a few L-shaped and chamfered stalls (and, after {@link #reshape}, a few split and merged ones).
 * Everything goes in through the same use cases as real data, so the demo obeys every rule. The same seed
 * gives the same mall.
 */
public final class DemoMall {

    /** How big a mall to make. */
    public enum Size {
        // a zone is rowPairs × 2 rows of stallsPerRow stalls: as many as before, in blocks closer to square
        SMALL(2, 4, 4, 11), MEDIUM(3, 5, 6, 13), LARGE(4, 6, 8, 18);

        final int floors;
        final int zones;
        final int rowPairs;
        final int stallsPerRow;

        Size(int floors, int zones, int rowPairs, int stallsPerRow) {
            this.floors = floors;
            this.zones = zones;
            this.rowPairs = rowPairs;
            this.stallsPerRow = stallsPerRow;
        }
    }

    static final String[] TRADES = {"女装", "男装", "童装", "鞋包", "饰品", "内衣", "面料辅料", "箱包"};
    private static final long CORRIDOR_MM = 3000;
    /** Main aisles between the zones' blocks. */
    private static final long AISLE_MM = 6000;
    /** The aisle along the hall's walls. */
    private static final long PERIMETER_MM = 5000;

    private DemoMall() {
    }

    /** What the demo put in the database. */
    public record Summary(int stalls, int reshapeDocuments, DemoLeasing.Summary leasing, BuyerDemo.Summary buyers) {
    }

    /** How many vacant stalls the demo splits, and how many neighbouring vacant pairs it merges, per floor. */
    static final int SPLITS_PER_FLOOR = 2;
    static final int MERGES_PER_FLOOR = 2;

    /**
     * Fills the mall in one transaction: a demo is all there or not at all, and its thousands of writes commit once.
     */
    public static Summary populate(AppContext ctx, long seed, Size size) {
        return ctx.unitOfWork().inTransaction(() -> populateInTransaction(ctx, seed, size));
    }

    private static Summary populateInTransaction(AppContext ctx, long seed, Size size) {
        List<ImportRow> rows = stallRows(seed, size);
        ImportOutcome outcome = ctx.importStalls().importStalls(ImportStallsUseCase.COLUMNS.required(), rows,
                ImportOptions.DEFAULT);
        if (outcome instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("the demo generator made bad stalls: " + r.errors().subList(0,
                    Math.min(5, r.errors().size())));
        }
        int reshaped = reshape(ctx, size);
        DemoLeasing.Summary leasing = DemoLeasing.populate(ctx, seed);
        DemoMerchants.populate(ctx, seed);
        ChannelDemo.populate(ctx, seed);
        DemoLeasing.relocateOne(ctx);
        return new Summary(rows.size(), reshaped, leasing, BuyerDemo.populate(ctx, seed));
    }

    /**
     * Some history, through the same use cases as the CLI: on every floor a few vacant stalls are cut in two and a
     * few pairs of vacant neighbours merged, and one split child is resurveyed. Deterministic: the first candidates
     * in stall-number order, so the same seed gives the same mall.
     */
    static int reshape(AppContext ctx, Size size) {
        int filed = 0;
        LocalDate today = ctx.clock().today();
        Approval approval = new Approval("招商-李明", "运营经理-陈静", Optional.empty());
        StallNo resurvey = null;
        for (int f = 1; f <= size.floors; f++) {
            List<Stall> stalls = ctx.stalls().activeOnFloor(f + "F");
            Set<StallNo> used = new HashSet<>();
            int splits = 0;
            for (Stall s : stalls) {
                if (splits == SPLITS_PER_FLOOR) {
                    break;
                }
                Polygon o = s.outline();
                if (s.status() != StallStatus.VACANT || o.vertices().size() != 4 || o.maxX() - o.minX() < 6000) {
                    continue;
                }
                ReshapeResult r = ctx.splitStall().split(new SplitStallCommand(s.no(),
                        new SplitStallCommand.ByCut(Axis.X, (o.minX() + o.maxX()) / 2),
                        approval.effective(today.minusDays(120 - 5L * filed))));
                if (r instanceof ReshapeResult.Filed done) {
                    filed++;
                    splits++;
                    used.add(s.no());
                    if (resurvey == null) {
                        resurvey = done.result().get(0).no();
                    }
                }
            }
            int merges = 0;
            for (int i = 0; i + 1 < stalls.size() && merges < MERGES_PER_FLOOR; i++) {
                Stall a = stalls.get(i);
                Stall b = stalls.get(i + 1);
                if (a.status() != StallStatus.VACANT || b.status() != StallStatus.VACANT || used.contains(a.no())
                        || used.contains(b.no()) || a.outline().vertices().size() != 4
                        || b.outline().vertices().size() != 4
                        || !a.outline().sharedBoundary(b.outline()).isAtLeast(1000)) {
                    continue;
                }
                ReshapeResult r = ctx.mergeStalls().merge(new MergeStallsCommand(List.of(a.no(), b.no()),
                        StallNo.of(a.no().value() + "M"), Optional.empty(),
                        approval.effective(today.minusDays(120 - 5L * filed))));
                if (r instanceof ReshapeResult.Filed) {
                    filed++;
                    merges++;
                    used.add(a.no());
                    used.add(b.no());
                    i++;
                }
            }
        }
        if (resurvey != null) {
            Stall child = ctx.stalls().find(resurvey).orElseThrow();
            ReshapeResult r = ctx.changeStall().change(new ChangeStallCommand(resurvey, Optional.empty(),
                    Optional.of(child.leasableArea().plus(Area.parse("0.50"))), approval.effective(today.minusDays(20))));
            if (r instanceof ReshapeResult.Filed) {
                filed++;
            }
        }
        return filed;
    }

    /**
     * The stalls as import rows (the same columns as {@code import stalls}). Each floor is a rectangular hall: its
     * zones are blocks laid out in a grid (two or three across) with 6 m main aisles between them; inside a block,
     * rows of stalls stand back to back along 3 m corridors. A block's outer corners are chamfered where the main
     * aisles cross, and some row ends are L-shaped.
     */
    public static List<ImportRow> stallRows(long seed, Size size) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ImportRow> rows = new ArrayList<>();
        int line = 2;
        int across = size.zones <= 4 ? 2 : 3;
        for (int f = 1; f <= size.floors; f++) {
            String floor = f + "F";
            // first every zone's stalls around its own origin, then the blocks placed in the hall's grid
            List<List<Polygon>> blocks = new ArrayList<>();
            List<long[]> extents = new ArrayList<>();
            for (int z = 0; z < size.zones; z++) {
                List<Polygon> block = new ArrayList<>();
                long y = 0;
                long width = 0;
                for (int pair = 0; pair < size.rowPairs; pair++) {
                    long depth = 4000 + 500L * rnd.nextInt(5);
                    for (int side = 0; side < 2; side++) {
                        long y0 = y + side * depth;
                        long[] widths = rowWidths(rnd, size.stallsPerRow);
                        long x = 0;
                        for (int s = 0; s < size.stallsPerRow; s++) {
                            long w = widths[s];
                            boolean corner = s == size.stallsPerRow - 1 && side == 0 && rnd.nextInt(3) == 0;
                            block.add(corner ? ell(x, y0, w, depth) : Polygon.rectangle(x, y0, x + w, y0 + depth));
                            x += w;
                        }
                        width = Math.max(width, x);
                    }
                    y += 2 * depth + CORRIDOR_MM;
                }
                blocks.add(block);
                extents.add(new long[] {width, y - CORRIDOR_MM});
            }
            int gridRows = (size.zones + across - 1) / across;
            long[] colWidth = new long[across];
            long[] rowHeight = new long[gridRows];
            for (int z = 0; z < size.zones; z++) {
                colWidth[z % across] = Math.max(colWidth[z % across], extents.get(z)[0]);
                rowHeight[z / across] = Math.max(rowHeight[z / across], extents.get(z)[1]);
            }
            for (int z = 0; z < size.zones; z++) {
                String zone = String.valueOf((char) ('A' + z));
                String trade = TRADES[(z + f) % TRADES.length];
                long dx = PERIMETER_MM;
                for (int c = 0; c < z % across; c++) {
                    dx += colWidth[c] + AISLE_MM;
                }
                // zone A at the top left: the plan's y points north, so the first grid row is the highest
                long dy = PERIMETER_MM;
                for (int r = gridRows - 1; r > z / across; r--) {
                    dy += rowHeight[r] + AISLE_MM;
                }
                List<Polygon> block = blocks.get(z);
                int n = 1;
                for (int i = 0; i < block.size(); i++) {
                    Polygon outline = moved(block.get(i), dx, dy);
                    // the block's first stall faces the crossing of two main aisles: its corner is cut off
                    if (i == 0 && outline.vertices().size() == 4) {
                        outline = chamfered(outline);
                    }
                    rows.add(row(line++, floor, zone, n++, trade(rnd, trade), outline, rnd, f));
                }
            }
        }
        return rows;
    }

    /**
     * Frontages of one row: 3 to 8 m each at random, then scaled so that every row of a block is as long
     * ({@code stalls} × 5.5 m) and the rows end flush at the aisle; whole decimetres.
     */
    static long[] rowWidths(SplittableRandom rnd, int stalls) {
        long[] w = new long[stalls];
        long sum = 0;
        for (int s = 0; s < stalls; s++) {
            w[s] = 3000 + 500L * rnd.nextInt(11);
            sum += w[s];
        }
        long target = stalls * 5500L;
        long used = 0;
        for (int s = 0; s < stalls - 1; s++) {
            w[s] = Math.max(2500, Math.round(w[s] * (double) target / sum / 100.0) * 100);
            used += w[s];
        }
        w[stalls - 1] = Math.max(2500, target - used);
        return w;
    }

    private static Polygon moved(Polygon p, long dx, long dy) {
        return Polygon.of(p.vertices().stream().map(v -> new Point(v.x() + dx, v.y() + dy)).toArray(Point[]::new));
    }

    /** An L: the full depth at the left, a shallower part at the right. */
    private static Polygon ell(long x, long y0, long width, long depth) {
        long notch = depth / 2;
        return Polygon.of(new Point(x, y0), new Point(x + width, y0), new Point(x + width, y0 + notch),
                new Point(x + width / 2, y0 + notch), new Point(x + width / 2, y0 + depth), new Point(x, y0 + depth));
    }

    /** A rectangle with its lower-left corner cut at 45°, a third of its shorter side deep. */
    private static Polygon chamfered(Polygon r) {
        long cut = Math.min(r.maxX() - r.minX(), r.maxY() - r.minY()) / 3;
        return Polygon.of(new Point(r.minX() + cut, r.minY()), new Point(r.maxX(), r.minY()),
                new Point(r.maxX(), r.maxY()), new Point(r.minX(), r.maxY()), new Point(r.minX(), r.minY() + cut));
    }

    private static String trade(SplittableRandom rnd, String zoneTrade) {
        return rnd.nextInt(10) < 8 ? zoneTrade : TRADES[rnd.nextInt(TRADES.length)];
    }

    private static ImportRow row(int line, String floor, String zone, int n, String trade, Polygon outline,
            SplittableRandom rnd, int floorNo) {
        long outlineHundredths = outline.area().hundredths();
        // leasable area includes a share of common area: 10 to 20 % more than the outline
        long leasable = outlineHundredths * (110 + rnd.nextInt(11)) / 100;
        long baseYuan = switch (floorNo) {
            case 1 -> 150 + rnd.nextInt(111);
            case 2 -> 110 + rnd.nextInt(71);
            default -> 80 + rnd.nextInt(51);
        };
        String rent = baseYuan + (rnd.nextBoolean() ? ".00" : ".50");
        int roll = rnd.nextInt(100);
        StallStatus status = roll < 68 ? StallStatus.LEASED : roll < 90 ? StallStatus.VACANT : StallStatus.RENOVATING;
        Map<String, String> v = new HashMap<>();
        v.put("stall_no", String.format("%s-%s-%03d", floor, zone, n));
        v.put("floor", floor);
        v.put("zone", zone);
        v.put("business_type", trade);
        v.put("leasable_area_m2", Area.ofHundredths(leasable).toString());
        v.put("base_rent", rent);
        v.put("status", status.name());
        v.put("outline_wkt", outline.toWkt());
        return new ImportRow(line, v);
    }
}
