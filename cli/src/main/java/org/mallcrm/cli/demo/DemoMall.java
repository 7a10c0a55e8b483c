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
 * A generated, plausible wholesale clothing mall: floors of zones, each zone rows of stalls back to back
 * along corridors, realistic sizes and rents, mixed trades and statuses, a few L-shaped corner stalls.
 * Everything goes in through the same use cases as real data, so the demo obeys every rule. The same seed
 * gives the same mall.
 */
public final class DemoMall {

    /** How big a mall to make. */
    public enum Size {
        SMALL(2, 4, 2, 22), MEDIUM(3, 5, 3, 26), LARGE(4, 6, 4, 36);

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
    private static final long ZONE_GAP_MM = 6000;

    private DemoMall() {
    }

    /** What the demo put in the database. */
    public record Summary(int stalls, int reshapeDocuments, DemoLeasing.Summary leasing, BuyerDemo.Summary buyers) {
    }

    /** How many vacant stalls the demo splits, and how many neighbouring vacant pairs it merges, per floor. */
    static final int SPLITS_PER_FLOOR = 2;
    static final int MERGES_PER_FLOOR = 2;

    public static Summary populate(AppContext ctx, long seed, Size size) {
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
        Approval approval = new Approval("招商部 demo", "operations manager (demo)", Optional.empty());
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

    /** The stalls as import rows (the same columns as {@code import stalls}). */
    public static List<ImportRow> stallRows(long seed, Size size) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<ImportRow> rows = new ArrayList<>();
        int line = 2;
        for (int f = 1; f <= size.floors; f++) {
            String floor = f + "F";
            long zoneX = 0;
            for (int z = 0; z < size.zones; z++) {
                String zone = String.valueOf((char) ('A' + z));
                String trade = TRADES[(z + f) % TRADES.length];
                int n = 1;
                long y = 0;
                long zoneWidth = 0;
                for (int pair = 0; pair < size.rowPairs; pair++) {
                    long depth = 4000 + 500L * rnd.nextInt(5);
                    for (int side = 0; side < 2; side++) {
                        long x = zoneX;
                        long y0 = y + side * depth;
                        for (int s = 0; s < size.stallsPerRow; s++) {
                            long width = 3000 + 500L * rnd.nextInt(11);
                            Polygon outline;
                            boolean corner = s == size.stallsPerRow - 1 && side == 0 && rnd.nextInt(3) == 0;
                            if (corner) {
                                // an L: the full depth at the left, a shallower part at the right
                                long notch = depth / 2;
                                outline = Polygon.of(new Point(x, y0), new Point(x + width, y0),
                                        new Point(x + width, y0 + notch), new Point(x + width / 2, y0 + notch),
                                        new Point(x + width / 2, y0 + depth), new Point(x, y0 + depth));
                            } else {
                                outline = Polygon.rectangle(x, y0, x + width, y0 + depth);
                            }
                            rows.add(row(line++, floor, zone, n++, trade(rnd, trade), outline, rnd, f));
                            x += width;
                        }
                        zoneWidth = Math.max(zoneWidth, x - zoneX);
                    }
                    y += 2 * depth + CORRIDOR_MM;
                }
                zoneX += zoneWidth + ZONE_GAP_MM;
            }
        }
        return rows;
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
