package org.mallcrm.cli.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mallcrm.application.channel.port.in.ImportScansUseCase;
import org.mallcrm.application.channel.port.in.ImportTripsUseCase;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.channel.port.in.StatementUseCases.CorrectionResult;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.cli.AppContext;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.HeadKey;
import org.mallcrm.domain.channel.StatementLine;
import org.mallcrm.domain.channel.Tier;
import org.mallcrm.domain.channel.TierMode;
import org.mallcrm.domain.money.Money;

/**
 * The demo's channels (渠道): eight coach operators, a month of their trips (the month before the current one) with
 * the scans of their buyers, noise included (repeated scans, buyers who never check in or check in late, codes of no
 * trip), commission rules with tiers and a cap, the month's statements closed but one, and a correction posted on
 * the next month. Everything goes in through the use cases, as real data would.
 */
public final class ChannelDemo {

    private static final String[] OPERATORS = {"义乌商旅", "杭州快客", "温州大巴", "金华联运", "宁波客运", "绍兴旅行社",
        "台州专线", "上海购物团"};
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private ChannelDemo() {
    }

    /** What the demo added. */
    public record Summary(int trips, int scans, YearMonth month, int closedStatements) {
    }

    public static Summary populate(AppContext ctx, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        YearMonth month = YearMonth.from(ctx.clock().today()).minusMonths(1);
        List<ImportRow> trips = new ArrayList<>();
        List<String[]> scans = new ArrayList<>();
        int buyer = 0;
        int tripCount = 0;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            int todays = 1 + rnd.nextInt(3);
            for (int k = 0; k < todays; k++) {
                tripCount++;
                int ch = rnd.nextInt(OPERATORS.length);
                String no = String.format("%s-%03d", month.toString().replace("-", ""), tripCount);
                int startMinute = 8 * 60 + 30 * rnd.nextInt(12);
                Instant start = date.atStartOfDay().toInstant(BEIJING).plusSeconds(startMinute * 60L);
                Instant end = start.plusSeconds((90 + 30L * rnd.nextInt(4)) * 60);
                int heads = 15 + rnd.nextInt(36);
                int reported = rnd.nextInt(6) == 0 ? heads + 8 : heads + rnd.nextInt(5) - 2;
                Map<String, String> v = new HashMap<>();
                v.put("trip_no", "T" + no);
                v.put("channel", String.format("CH%02d", ch + 1));
                v.put("channel_name", OPERATORS[ch]);
                v.put("channel_code", "QR-T" + no);
                v.put("coach_plate", String.format("浙%c·%05d", (char) ('A' + rnd.nextInt(8)), rnd.nextInt(100_000)));
                v.put("arrival_date", date.toString());
                v.put("window_start", iso(start));
                v.put("window_end", iso(end));
                v.put("reported_headcount", Integer.toString(Math.max(0, reported)));
                trips.add(new ImportRow(trips.size() + 2, v));
                for (int h = 0; h < heads; h++) {
                    String b = String.format("B%06d", 100_000 + (++buyer));
                    Instant c = start.minusSeconds(60L * (10 + rnd.nextInt(80)));
                    scans.add(new String[] {id(scans), "CHANNEL", "QR-T" + no, b, iso(c)});
                    if (rnd.nextInt(20) == 0) {
                        scans.add(new String[] {id(scans), "CHANNEL", "QR-T" + no, b,
                                iso(c.plusSeconds(120))});
                    }
                    int fate = rnd.nextInt(100);
                    if (fate < 6) {
                        continue; // never checks in
                    }
                    Instant k2 = fate < 10 ? end.plusSeconds(60L * (5 + rnd.nextInt(60)))
                            : start.plusSeconds(60L * rnd.nextInt((int) ((end.getEpochSecond() - start.getEpochSecond())
                                    / 60)));
                    scans.add(new String[] {id(scans), "CHECKIN", rnd.nextBoolean() ? "GATE-1" : "GATE-2", b,
                            iso(k2)});
                }
            }
        }
        for (int u = 0; u < 12; u++) {
            scans.add(new String[] {id(scans), "CHANNEL", "QR-UNKNOWN-" + u, String.format("B9%05d", u),
                    iso(month.atDay(1 + u).atStartOfDay().toInstant(BEIJING).plusSeconds(9 * 3600))});
        }

        ImportOutcome t = ctx.importTrips().importTrips(ImportTripsUseCase.COLUMNS.required(), trips,
                ImportOptions.DEFAULT);
        if (t instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("the demo made bad trips: " + r.errors().subList(0,
                    Math.min(5, r.errors().size())));
        }
        ImportOutcome s = ctx.importScans().importScans(
                RowStream.ofArrays(ImportScansUseCase.COLUMNS.required(), scans), ImportOptions.DEFAULT, e -> { });
        if (s instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("the demo made bad scans: " + r.errors().subList(0,
                    Math.min(5, r.errors().size())));
        }

        // the demo's rules start from the mall's default policy as set (a new mall's: the rules' defaults)
        CommissionPolicy base = ctx.commissions().rules().defaults();
        CommissionPolicy tiered = base.withTiers(List.of(Tier.of(1, "15.00"), Tier.of(201, "18.00"),
                Tier.of(401, "20.00"))).withTierMode(TierMode.MARGINAL);
        var set = ctx.commissions().setRules(CommissionRules.of(base.withScanOrderToleranceMinutes(5))
                .withChannel(ChannelCode.of("CH01"), tiered)
                .withChannel(ChannelCode.of("CH02"), base.withCapAtReported(true)
                        .withMonthlyCap(Optional.of(Money.parse("3000.00"))))
                .withChannel(ChannelCode.of("CH03"), base.withMinHeads(20)), "demo");
        if (!(set instanceof org.mallcrm.application.common.port.in.Outcome.Done)) {
            throw new IllegalStateException("the demo's commission rules were refused: " + set);
        }

        int closed = 0;
        for (int ch = 1; ch < OPERATORS.length; ch++) {
            ChannelCode code = ChannelCode.of(String.format("CH%02d", ch + 1));
            ctx.commissions().close(code, month);
            closed++;
        }
        // heads of one trip of CH02 found fraudulent after closing: adjusted on the next month's statement
        ChannelCode ch2 = ChannelCode.of("CH02");
        var statement = ctx.commissions().statement(ch2, month);
        for (StatementLine l : statement.lines()) {
            if (l.heads().size() >= 2) {
                CorrectionResult r = ctx.commissions().correct(ch2, month, List.of(
                        new HeadKey(l.trip().tripNo(), l.heads().get(0).buyer()),
                        new HeadKey(l.trip().tripNo(), l.heads().get(1).buyer())), "同一手机号重复注册，核实为虚假客户");
                if (r instanceof CorrectionResult.Refused refused) {
                    throw new IllegalStateException("the demo correction was refused: " + refused.reason());
                }
                break;
            }
        }
        return new Summary(trips.size(), scans.size(), month, closed);
    }

    /** The next scan's id, DEMO-S000001 … in the order the scans are made. */
    private static String id(List<String[]> scans) {
        return String.format("DEMO-S%06d", scans.size() + 1);
    }

    private static String iso(Instant at) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(BEIJING));
    }
}
