package org.mallcrm.cli.demo;


import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.mallcrm.adapters.persistence.buyer.JdbcMallBusinessTypes;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.campaign.port.in.SignupUseCases;
import org.mallcrm.application.channel.port.in.ImportScansUseCase;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimCommand;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimOutcome;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemCommand;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemOutcome;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase.ReverseCommand;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases.SubsidyCloseOutcome;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.cli.AppContext;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.TransportMode;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.coupon.Coupon;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.coupon.SettlementMethod;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.stall.BusinessType;
import static org.mallcrm.adapters.persistence.jooq.Tables.SCAN;

/**
 * The demo's buyers (下游客户), campaigns and coupons, through the use cases as real data would go in: a few thousand
 * registered buyers across provinces, main categories and transport modes (most of the channel demo's coach buyers,
 * and walk-ins), half a year of check-in visits, two finished coupon campaigns (满300减30 some ten weeks ago, 九折 capped at
 * 100.00 for 浙江 and 江苏 some six weeks ago) and one running (满500减50, this month), coupons claimed, redeemed at the
 * mall's operating merchants and a few reversed, and the first campaign's month settled for one merchant by an offset
 * on its rent and for another by payment.
 */
public final class BuyerDemo {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛",
        "明", "超", "秀英", "建华", "海燕", "国强", "晓东"};
    /** Provinces with weights: the mall's buyers come mostly from the east and the centre. */
    private static final String[] PROVINCES = {"浙江", "浙江", "浙江", "浙江", "江苏", "江苏", "江苏", "安徽", "安徽",
        "江西", "江西", "福建", "福建", "上海", "山东", "山东", "河南", "河南", "湖北", "湖南", "湖南", "广东", "广西",
        "四川", "重庆", "贵州", "云南", "陕西", "河北", "山西", "黑龙江", "吉林", "辽宁", "内蒙古", "新疆", "甘肃"};

    private BuyerDemo() {
    }

    /** What the demo added. */
    public record Summary(int buyers, int visits, int claims, int redemptions, int reversals) {
    }

    public static Summary populate(AppContext ctx, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 17 + 3);
        LocalDate today = ctx.clock().today();
        List<String> categories = new JdbcMallBusinessTypes(ctx.database(), ctx.mallId()).all().stream()
                .map(BusinessType::name).toList();

        // the channel demo's buyers (seen in scans), most of whom register, and walk-ins
        List<String> seen = ctx.database().dsl(c -> c.selectDistinct(SCAN.BUYER_ID).from(SCAN)
                .where(SCAN.MALL_ID.eq(ctx.mallId())).orderBy(SCAN.BUYER_ID).fetch(SCAN.BUYER_ID));
        Set<String> ids = new LinkedHashSet<>();
        for (String b : seen) {
            if (b.startsWith("B1") && rnd.nextInt(10) < 7) {
                ids.add(b);
            }
        }
        for (int w = 1; w <= 1500; w++) {
            ids.add(String.format("W%06d", w));
        }
        List<ImportRow> rows = new ArrayList<>();
        int phone = 0;
        for (String id : ids) {
            Map<String, String> v = new HashMap<>();
            v.put("buyer_id", id);
            v.put("name", SURNAMES[rnd.nextInt(SURNAMES.length)] + GIVEN[rnd.nextInt(GIVEN.length)]);
            phone++;
            v.put("phone", String.format("1%d%09d", 3 + rnd.nextInt(7), phone * 7919L % 1_000_000_000L));
            v.put("province", PROVINCES[rnd.nextInt(PROVINCES.length)]);
            v.put("main_category", categories.isEmpty() || rnd.nextInt(20) == 0 ? ""
                    : categories.get(rnd.nextInt(categories.size())));
            TransportMode mode = id.startsWith("B") ? (rnd.nextInt(5) == 0 ? TransportMode.TRAIN : TransportMode.COACH)
                    : TransportMode.values()[rnd.nextInt(TransportMode.values().length)];
            v.put("transport_mode", mode.name());
            rows.add(new ImportRow(rows.size() + 2, v));
        }
        ImportOutcome imported = ctx.importBuyers().importBuyers(List.of("buyer_id", "name", "phone",
                "main_category", "province", "transport_mode"), rows, ImportOptions.DEFAULT);
        if (imported instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("the demo made bad buyers: " + r.errors().subList(0,
                    Math.min(5, r.errors().size())));
        }

        // half a year of visits: each buyer comes back now and then, some often, some once
        List<String[]> scans = new ArrayList<>();
        List<String> registered = new ArrayList<>(ids);
        for (String id : registered) {
            int visits = 1 + (int) Math.min(40, -Math.log(1 - rnd.nextDouble()) * 4);
            for (int k = 0; k < visits; k++) {
                LocalDate day = today.minusDays(1 + rnd.nextInt(180));
                Instant at = day.atStartOfDay().toInstant(BEIJING).plusSeconds(7 * 3600 + rnd.nextInt(10 * 3600));
                scans.add(new String[] {String.format("DEMO-V%06d", scans.size() + 1), "CHECKIN",
                        rnd.nextBoolean() ? "GATE-1" : "GATE-2", id, iso(at)});
            }
        }
        ImportOutcome s = ctx.importScans().importScans(
                RowStream.ofArrays(ImportScansUseCase.COLUMNS.required(), scans), ImportOptions.DEFAULT, e -> { });
        if (s instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("the demo made bad visits: " + r.errors().subList(0,
                    Math.min(5, r.errors().size())));
        }

        List<MerchantNo> merchants = operatingMerchants(ctx.merchants());
        int[] counts = new int[3];
        LocalDate springStart = today.minusDays(75);
        LocalDate autumnStart = today.minusDays(40);
        String springNo = "C-" + springStart.getYear() + "-MJ300";
        campaign(ctx, new CampaignSpec(springNo, "满300减30 返场特惠", "COUPON", start(springStart),
                end(springStart.plusDays(6)), CampaignSpec.AudienceSpec.EVERYONE, null,
                new CampaignSpec.CouponSpec("AMOUNT_OFF", "300.00", "30.00", null, null, 800, 2, null, null, null,
                        "60")), springStart);
        play(ctx, rnd, springNo, registered, 520, springStart, 7, merchants, counts);
        String autumnNo = "C-" + autumnStart.getYear() + "-ZJJS9Z";
        campaign(ctx, new CampaignSpec(autumnNo, "江浙客户九折", "COUPON", start(autumnStart),
                end(autumnStart.plusDays(13)), new CampaignSpec.AudienceSpec(List.of("浙江", "江苏"), List.of(),
                        List.of(), List.of()), null,
                new CampaignSpec.CouponSpec("PERCENT_OFF", "0", null, "10", "100.00", 500, 1, 7, null, null, "50")),
                autumnStart);
        play(ctx, rnd, autumnNo, registered, 400, autumnStart, 14, merchants, counts);
        LocalDate nowStart = today.minusDays(5);
        String runningNo = "C-" + today.getYear() + "-MJ500";
        campaign(ctx, new CampaignSpec(runningNo, "满500减50 本月特惠", "COUPON", start(nowStart),
                end(today.plusDays(25)), CampaignSpec.AudienceSpec.EVERYONE, null,
                new CampaignSpec.CouponSpec("AMOUNT_OFF", "500.00", "50.00", null, null, 1000, 1, null, null, null,
                        "60")), nowStart);
        play(ctx, rnd, runningNo, registered, 180, nowStart, 5, merchants, counts);

        // an order fair (订货会) running since yesterday: buyers signed up, the first few checked in (签到) on its
        // first day, the others are still to come (staff check them in on the campaign's page)
        LocalDate fairStart = today.minusDays(1);
        String fairNo = "E-" + today.getYear() + "-DHH";
        campaign(ctx, new CampaignSpec(fairNo, "秋冬新品订货会", "EVENT", start(fairStart), end(today.plusDays(2)),
                CampaignSpec.AudienceSpec.EVERYONE, 60, null), fairStart);
        Instant opened = fairStart.atStartOfDay().toInstant(BEIJING);
        for (int i = 0; i < Math.min(24, registered.size()); i++) {
            BuyerId buyer = BuyerId.of(registered.get(i));
            SignupUseCases.SignupOutcome in = ctx.signupUseCases().signUp(new SignupUseCases.SignupCommand(
                    CampaignNo.of(fairNo), buyer, Optional.of(opened.plusSeconds(600L * (i + 1)))));
            if (i < 9 && in instanceof SignupUseCases.SignupOutcome.Done) {
                in = ctx.signupUseCases().attend(new SignupUseCases.SignupCommand(CampaignNo.of(fairNo), buyer,
                        Optional.of(opened.plusSeconds(3600L * 9 + 300L * i))));
            }
            if (!(in instanceof SignupUseCases.SignupOutcome.Done)) {
                throw new IllegalStateException("the demo order fair refused buyer " + buyer + ": " + in);
            }
        }

        // the spring month settled: the busiest merchant's offset on its rent, the next one's paid out
        YearMonth month = YearMonth.from(springStart);
        if (month.atEndOfMonth().isBefore(today)) {
            Map<MerchantNo, Integer> busiest = new HashMap<>();
            for (MerchantNo m : merchants) {
                for (Redemption r : ctx.coupons().redemptionsOf(m, month)) {
                    busiest.merge(r.merchant(), 1, Integer::sum);
                }
            }
            List<MerchantNo> ranked = busiest.entrySet().stream()
                    .sorted(Map.Entry.<MerchantNo, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            boolean offset = false;
            for (MerchantNo m : ranked) {
                SubsidyCloseOutcome o = ctx.subsidies().close(m, month, Optional.of(offset
                        ? SettlementMethod.PAY_OUT : SettlementMethod.OFFSET_RENT));
                if (o instanceof SubsidyCloseOutcome.Closed) {
                    if (offset) {
                        break;
                    }
                    offset = true;
                }
            }
        }
        return new Summary(ids.size(), scans.size(), counts[0], counts[1], counts[2]);
    }

    private static List<MerchantNo> operatingMerchants(Merchants all) {
        List<MerchantNo> out = new ArrayList<>();
        MerchantNo after = null;
        while (true) {
            var page = all.list(after, 500);
            if (page.isEmpty()) {
                return out;
            }
            for (var m : page) {
                if (m.stage() == Stage.OPERATING) {
                    out.add(m.no());
                }
                after = m.no();
            }
        }
    }

    /** Creates the campaign and starts it at the start of its window, as staff did then. */
    private static void campaign(AppContext ctx, CampaignSpec spec, LocalDate startDay) {
        Instant startedAt = startDay.atStartOfDay().toInstant(BEIJING).minusSeconds(3600);
        AppContext then = ctx.withClock(() -> startedAt);
        Outcome<?> created = then.campaignUseCases().create(spec);
        if (!created.isDone()) {
            throw new IllegalStateException("the demo campaign " + spec.campaignNo() + " was refused: " + created);
        }
        Outcome<?> started = then.campaignUseCases().start(CampaignNo.of(spec.campaignNo()));
        if (!started.isDone()) {
            throw new IllegalStateException("the demo campaign " + spec.campaignNo() + " did not start: " + started);
        }
    }

    /**
     * {@code claims} buyers claim a coupon at random moments of the campaign's first {@code days} days; most redeem
     * it an hour to a few days later at an operating merchant (a refused one is simply not redeemed, as at a real
     * till), and about one in thirty of those is reversed half an hour later.
     */
    private static void play(AppContext ctx, SplittableRandom rnd, String campaignNo, List<String> buyers, int claims,
            LocalDate from, int days, List<MerchantNo> merchants, int[] counts) {
        CampaignNo no = CampaignNo.of(campaignNo);
        Instant now = ctx.clock().now();
        for (int k = 0; k < claims; k++) {
            String buyer = buyers.get(rnd.nextInt(buyers.size()));
            Instant at = from.plusDays(rnd.nextInt(days)).atStartOfDay().toInstant(BEIJING)
                    .plusSeconds(8 * 3600 + rnd.nextInt(10 * 3600));
            if (at.isAfter(now)) {
                continue;
            }
            if (!(ctx.claims().claim(new ClaimCommand(no, BuyerId.of(buyer), Optional.of(at)))
                    instanceof ClaimOutcome.Claimed c)) {
                continue;
            }
            counts[0]++;
            Coupon coupon = c.coupon();
            if (merchants.isEmpty() || rnd.nextInt(10) >= 6) {
                continue;
            }
            Instant redeemAt = at.plusSeconds(3600 + rnd.nextInt(3 * 86400));
            if (redeemAt.isAfter(now)) {
                continue;
            }
            for (int attempt = 0; attempt < 4; attempt++) {
                MerchantNo m = merchants.get(rnd.nextInt(merchants.size()));
                String order = (300 + rnd.nextInt(4700)) + "." + String.format("%02d", rnd.nextInt(100));
                RedeemOutcome r = ctx.redemptions().redeem(new RedeemCommand(coupon.code().value(), m, order,
                        Optional.of("SO-" + (100_000 + counts[1])), Optional.of(redeemAt)));
                if (r instanceof RedeemOutcome.Redeemed redeemed) {
                    counts[1]++;
                    Instant back = redeemAt.plusSeconds(1800);
                    if (rnd.nextInt(30) == 0 && !back.isAfter(now)) {
                        ctx.reversals().reverse(new ReverseCommand(redeemed.redemption().no(),
                                Reverser.merchant(m), Optional.of(back)));
                        counts[2]++;
                    }
                    break;
                }
            }
        }
    }

    private static String start(LocalDate day) {
        return day + "T00:00:00+08:00";
    }

    private static String end(LocalDate day) {
        return day + "T23:59:59+08:00";
    }

    private static String iso(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(BEIJING));
    }
}
