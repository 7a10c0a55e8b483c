package org.mallcrm.cli.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.buyer.port.in.ImportBuyersUseCase;
import org.mallcrm.application.channel.port.in.ImportScansUseCase;
import org.mallcrm.application.merchant.port.in.ImportMerchantsUseCase;
import org.mallcrm.application.stall.port.in.ImportStallsUseCase;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.cli.AppContext;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.TransportMode;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.MerchantStanding;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionOutcome;
import org.mallcrm.domain.coupon.Reversal;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.BusinessType;

/**
 * The buyer benchmark's mall (issue 9): 100,000 registered buyers (and 10,000 anonymous ones, seen only in scans)
 * across the 34 provinces and eight categories, ≈2×10⁶ check-in scans over the year ending 2026-10-31 (buyers from
 * once to weekly, one to three check-ins a visit), and 200,000 redemptions on their visit days (5 % reversed). Stalls,
 * merchants, leases, buyers and scans go in through the use cases (the scans by the bulk import); the coupons and
 * redemptions straight through the coupon store, each made by the domain and written in large transactions.
 *
 * <p>{@code java -cp … org.mallcrm.cli.bench.BuyerBenchData DB [SEED] [BUYERS]} (the process runs as of the
 * evening of 2026-10-31; also writes {@code buyers.csv} and {@code scans.csv} beside the database).
 */
public final class BuyerBenchData {

    static final String[] CATEGORIES = {"女装", "男装", "童装", "鞋包", "饰品", "家纺", "内衣", "箱包"};
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    static final int DAYS = 365;
    static final int REDEMPTIONS = 200_000;
    static final int MERCHANTS = 40;
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private BuyerBenchData() {
    }

    public static void main(String[] args) throws IOException {
        Path db = Path.of(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int buyers = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        System.setProperty("mallcrm.now", "2026-10-31T20:00:00+08:00");
        long t0 = System.nanoTime();
        try (AppContext ctx = AppContext.open(new AppContext.Location("jdbc:sqlite:" + db.toAbsolutePath()),
                Optional.empty())) {
            Summary s = populate(ctx, db.toAbsolutePath().getParent(), seed, buyers);
            System.err.printf("generated %d buyers (+%d anonymous), %d check-in scans, %d redemptions (%d reversed) "
                    + "in %.1f s%n", s.buyers, s.anonymous, s.scans, s.redemptions, s.reversed,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    record Summary(int buyers, int anonymous, long scans, int redemptions, int reversed) {
    }

    static Summary populate(AppContext ctx, Path dir, long seed, int buyers) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        mall(ctx);
        int anonymous = buyers / 10;
        List<String> ids = new ArrayList<>();
        Path buyersCsv = dir.resolve("buyers.csv");
        List<ImportRow> rows = new ArrayList<>(buyers);
        Province[] provinces = Province.values();
        TransportMode[] modes = TransportMode.values();
        try (BufferedWriter w = Files.newBufferedWriter(buyersCsv, StandardCharsets.UTF_8)) {
            w.write("buyer_id,name,phone,main_category,province,transport_mode\n");
            for (int i = 0; i < buyers; i++) {
                String id = String.format("B%06d", i);
                ids.add(id);
                Map<String, String> v = new HashMap<>();
                v.put("buyer_id", id);
                v.put("name", "客户" + i);
                v.put("phone", Long.toString(13_000_000_000L + 7L * i));
                // skewed as a real mall's: the near provinces and the big categories first, some left empty
                v.put("main_category", rnd.nextInt(20) == 0 ? "" : CATEGORIES[skewed(rnd, CATEGORIES.length)]);
                v.put("province", rnd.nextInt(25) == 0 ? "" : provinces[skewed(rnd, provinces.length)].fullName());
                v.put("transport_mode", rnd.nextInt(10) == 0 ? "" : modes[skewed(rnd, modes.length)].name());
                rows.add(new ImportRow(i + 2, v));
                w.write(id + "," + v.get("name") + "," + v.get("phone") + "," + v.get("main_category") + ","
                        + v.get("province") + "," + v.get("transport_mode") + "\n");
            }
        }
        ImportOutcome imported = ctx.importBuyers().importBuyers(ImportBuyersUseCase.COLUMNS.all(), rows,
                ImportOptions.DEFAULT);
        if (imported instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("bad buyers: " + r.errors().subList(0, Math.min(5, r.errors().size())));
        }
        for (int i = 0; i < anonymous; i++) {
            ids.add(String.format("A%05d", i));
        }

        // visit days: half come a few times a year, a third monthly or so, the rest weekly
        Map<String, int[]> visits = new HashMap<>();
        List<String[]> scans = new ArrayList<>();
        Path scansCsv = dir.resolve("scans.csv");
        long scanCount = 0;
        try (BufferedWriter w = Files.newBufferedWriter(scansCsv, StandardCharsets.UTF_8)) {
            w.write("scan_id,kind,code,buyer_id,scanned_at\n");
            for (String id : ids) {
                int roll = rnd.nextInt(100);
                int days = roll < 50 ? 1 + rnd.nextInt(4) : roll < 85 ? 5 + rnd.nextInt(16) : 20 + rnd.nextInt(16);
                int[] chosen = rnd.ints(days, 0, DAYS).sorted().distinct().toArray();
                visits.put(id, chosen);
                for (int d : chosen) {
                    LocalDate day = LAST_DAY.minusDays(DAYS - 1 - d);
                    int checkins = rnd.nextInt(100) < 85 ? 2 : 1;
                    int minute = 8 * 60 + rnd.nextInt(6 * 60);
                    for (int k = 0; k < checkins; k++) {
                        Instant at = day.atStartOfDay().toInstant(BEIJING).plusSeconds(60L * (minute + k * 90)
                                + rnd.nextInt(60));
                        String sid = "S" + (++scanCount);
                        String when = ISO.format(at.atOffset(BEIJING));
                        String gate = "GATE-" + (1 + rnd.nextInt(4));
                        scans.add(new String[] {sid, gate, id, when});
                        w.write(sid + ",CHECKIN," + gate + "," + id + "," + when + "\n");
                    }
                }
            }
        }
        ImportOutcome s = ctx.importScans().importScans(rows(scans), ImportOptions.DEFAULT, e -> { });
        if (s instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("bad scans: " + r.errors().subList(0, Math.min(5, r.errors().size())));
        }
        scans.clear();

        int[] reversed = {0};
        int made = redemptions(ctx, rnd, ids.subList(0, buyers), visits, reversed);
        return new Summary(buyers, anonymous, scanCount, made, reversed[0]);
    }

    /** An index from 0 to n − 1, the low ones more often. */
    static int skewed(SplittableRandom rnd, int n) {
        double u = rnd.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    /** Stalls of the eight categories, operating merchants with a lease each over the year. */
    static void mall(AppContext ctx) {
        List<ImportRow> stalls = new ArrayList<>();
        List<ImportRow> merchants = new ArrayList<>();
        for (int i = 0; i < MERCHANTS; i++) {
            Map<String, String> s = new HashMap<>();
            s.put("stall_no", String.format("1F-A-%03d", i + 1));
            s.put("floor", "1F");
            s.put("zone", "A");
            s.put("business_type", CATEGORIES[i % CATEGORIES.length]);
            s.put("leasable_area_m2", "30.00");
            s.put("base_rent", "150.00");
            s.put("status", "VACANT");
            long x = i * 6000L;
            s.put("outline_wkt", "POLYGON((" + x + " 0, " + (x + 5000) + " 0, " + (x + 5000) + " 6000, " + x
                    + " 6000, " + x + " 0))");
            stalls.add(new ImportRow(i + 2, s));
            Map<String, String> m = new HashMap<>();
            m.put("merchant_no", String.format("M-%04d", i + 1));
            m.put("name", "商户" + (i + 1));
            m.put("contact_name", "联系人" + (i + 1));
            m.put("phone", Long.toString(13_900_000_000L + i));
            m.put("lead_source", "");
            m.put("stage", "OPERATING");
            m.put("grade", "");
            m.put("business_type", CATEGORIES[i % CATEGORIES.length]);
            m.put("province", "浙江");
            merchants.add(new ImportRow(i + 2, m));
        }
        check(ctx.importStalls().importStalls(ImportStallsUseCase.COLUMNS.required(), stalls, ImportOptions.DEFAULT));
        check(ctx.importMerchants().importMerchants(ImportMerchantsUseCase.COLUMNS.required(), merchants,
                ImportOptions.DEFAULT));
        for (int i = 0; i < MERCHANTS; i++) {
            LeaseSpec spec = new LeaseSpec(String.format("L-%04d", i + 1), String.format("M-%04d", i + 1),
                    List.of(String.format("1F-A-%03d", i + 1)), "NEW", "2025-10-01", "2027-09-30", null, "150.00",
                    null, "QUARTERLY", 30, null, null, null, null, "0.00", null, null, null, null);
            value(ctx.leaseUseCases().create(spec));
        }
    }

    private static void check(ImportOutcome o) {
        if (o instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("bad rows: " + r.errors().subList(0, Math.min(5, r.errors().size())));
        }
    }

    static <T> T value(Outcome<T> o) {
        if (o instanceof Outcome.Done<T> d) {
            return d.value();
        }
        throw new IllegalStateException("refused: " + o);
    }

    /** 200,000 redemptions on buyers' visit days, 10.00 off orders of 100 to 5,000 yuan; 5 % reversed an hour on. */
    private static int redemptions(AppContext ctx, SplittableRandom rnd, List<String> registered,
            Map<String, int[]> visits, int[] reversed) {
        CampaignSpec.CouponSpec coupon = new CampaignSpec.CouponSpec("AMOUNT_OFF", "0", "10.00", null, null,
                1_000_000, 1000, null, null, null, "50");
        Campaign campaign = value(ctx.campaignUseCases().create(new CampaignSpec("C-BENCH", "全年满减", "COUPON",
                "2025-11-01T00:00:00+08:00", "2026-10-31T23:59:59+08:00", null, null, coupon)));
        campaign = value(ctx.campaignUseCases().start(campaign.no()));
        Campaign running = campaign;
        Coupons coupons = ctx.coupons();
        int made = 0;
        int batch = 20_000;
        while (made < REDEMPTIONS) {
            int target = Math.min(REDEMPTIONS, made + batch);
            int from = made;
            made = ctx.database().inTransaction(() -> {
                int n = from;
                while (n < target) {
                    String buyer = registered.get(rnd.nextInt(registered.size()));
                    int[] days = visits.get(buyer);
                    int d = days[rnd.nextInt(days.length)];
                    Instant at = LAST_DAY.minusDays(DAYS - 1 - d).atStartOfDay().toInstant(BEIJING)
                            .plusSeconds(15 * 3600 + rnd.nextInt(3600));
                    Coupon c = Coupon.claim(CouponCode.fromBits(rnd.nextLong()), running, BuyerId.of(buyer),
                            at.minusSeconds(600));
                    if (coupons.claim(c, 1_000_000, 1000) != Coupons.ClaimResult.CLAIMED) {
                        continue;
                    }
                    MerchantNo merchant = MerchantNo.of(String.format("M-%04d", 1 + rnd.nextInt(MERCHANTS)));
                    MerchantStanding standing = MerchantStanding.of(merchant, true, true,
                            Set.of(new BusinessType(CATEGORIES[0])));
                    Money order = Money.ofFen(10_000 + rnd.nextInt(490_000));
                    Redemption r = ((RedemptionOutcome.Redeemed) c.redeem(running, standing, order,
                            Optional.of("SO" + n), at)).redemption();
                    if (!coupons.redeem(r)) {
                        throw new IllegalStateException("redemption not stored: " + r.no());
                    }
                    if (rnd.nextInt(20) == 0) {
                        coupons.reverse(r.no(), new Reversal(at.plusSeconds(3600), Reverser.staff("bench")));
                        reversed[0]++;
                    }
                    n++;
                }
                return n;
            });
        }
        return made;
    }

    /** The scans as a row stream. */
    private static RowStream rows(List<String[]> scans) {
        return new RowStream() {
            private int i = -1;

            @Override
            public List<String> header() {
                return ImportScansUseCase.COLUMNS.required();
            }

            @Override
            public boolean next() {
                return ++i < scans.size();
            }

            @Override
            public int line() {
                return i + 2;
            }

            @Override
            public String malformed() {
                return null;
            }

            @Override
            public String value(int index) {
                String[] s = scans.get(i);
                return switch (index) {
                    case 0 -> s[0];
                    case 1 -> "CHECKIN";
                    case 2 -> s[1];
                    case 3 -> s[2];
                    default -> s[3];
                };
            }
        };
    }

    static CampaignNo benchCampaign() {
        return CampaignNo.of("C-BENCH");
    }
}
