package org.mallcrm.cli.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.merchant.port.in.MerchantPipelineUseCases;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.cli.AppContext;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.LeadSource;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallStatus;

/**
 * The demo's merchants: three in every stage of the pipeline with a real history (first contact months ago, each
 * move a few days or weeks later), agents' follow-ups (some visits overdue), leases for the signed and operating
 * ones, credit histories under the D1 catalogue (one merchant blacklisted by a fire-safety breach), open
 * requests from the merchant app and operations-log notes. Everything goes through the use cases.
 */
final class DemoMerchants {

    static final String[] NAMES = {"杭州丽人服饰", "广州潮男", "童趣童装", "步步高鞋业", "金饰坊", "暖冬内衣", "华纺面料",
        "远行箱包", "雅致女装", "酷帅男装", "小鹿童装", "美步鞋包"};
    static final String[] SOURCES = {"展会", "老客户介绍", "电话", "地推"};
    static final String[] AGENTS = {"招商-李明", "招商-王芳"};
    static final int PER_STAGE = 3;

    private DemoMerchants() {
    }

    static void populate(AppContext ctx, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EED_CAFEL);
        LocalDate today = ctx.clock().today();
        MerchantPipelineUseCases pipeline = ctx.pipeline();
        CreditUseCases credit = ctx.credit();
        MerchantRequestUseCases requests = ctx.merchantRequests();
        credit.setTypes(List.of(new CreditUseCases.TypeSpec("LATE_OPENING", "迟开门", -1, "NORMAL", false),
                new CreditUseCases.TypeSpec("BLOCKING_AISLE", "占道经营", -3, "NORMAL", false),
                new CreditUseCases.TypeSpec("OVERDUE_RENT", "逾期缴租", -5, "NORMAL", false),
                new CreditUseCases.TypeSpec("BONUS", "表彰加分", 2, "NORMAL", false),
                new CreditUseCases.TypeSpec("FIRE_HAZARD", "消防违规", -20, "SEVERE", true)));
        List<Stall> vacant = new ArrayList<>(ctx.stalls().list(new StallFilter(java.util.Optional.empty(),
                java.util.Optional.of(StallStatus.VACANT), java.util.Optional.empty()), null, 400));
        vacant.removeIf(st -> !st.parents().isEmpty()); // the reshaped ones stay vacant for the reshape demo
        int n = 0;
        boolean blacklisted = false;
        for (Stage target : Stage.values()) {
            for (int k = 0; k < PER_STAGE; k++) {
                n++;
                MerchantNo no = MerchantNo.of(String.format("M-9%03d", n)); // clear of the leasing demo's M-0001…
                String agent = AGENTS[n % AGENTS.length];
                LocalDate first = today.minusDays(150 + rnd.nextInt(90));
                Merchant m = Merchant.prospect(no, NAMES[n % NAMES.length] + (n > NAMES.length ? "二店" : ""), first)
                        .withLeadSource(LeadSource.of(SOURCES[rnd.nextInt(SOURCES.length)]))
                        .withContacts(List.of(Contact.of("联系人" + n, String.format("1380000%04d", n))));
                ctx.unitOfWork().run(() -> ctx.merchants().insert(List.of(m)));
                LocalDate day = first;
                for (Stage s : Stage.values()) {
                    if (s == Stage.PROSPECT || s.compareTo(target) > 0) {
                        continue;
                    }
                    day = day.plusDays(4 + rnd.nextInt(18));
                    if (s == Stage.SIGNED && target != Stage.EXITED && !vacant.isEmpty()) {
                        Stall stall = vacant.remove(0);
                        sign(ctx, no, stall, day, n);
                        if (target == Stage.SIGNED || target == Stage.OPERATING) {
                            if (target == Stage.OPERATING) {
                                pipeline.advance(no, "OPERATING", day.plusDays(10));
                                day = day.plusDays(10);
                                operate(ctx, no, stall, today, rnd, !blacklisted && k == 0);
                                blacklisted |= k == 0;
                            }
                            break;
                        }
                        continue;
                    }
                    if (s == Stage.OPERATING && target.compareTo(Stage.OPERATING) > 0) {
                        pipeline.advance(no, s.name(), day);
                        continue;
                    }
                    pipeline.advance(no, s.name(), day);
                }
                if (target.isPreSigning()) {
                    LocalDate on = today.minusDays(rnd.nextInt(20));
                    pipeline.followUp(no, "电话沟通铺位需求", on.minusDays(10), on.minusDays(3), agent);
                    pipeline.followUp(no, "带看铺位，客户考虑中", on, on.plusDays(rnd.nextInt(10)), agent);
                }
            }
        }
        // a repair already assigned, so the staff lists show more than one status
        requests.repairs(null, "OPEN").stream().findFirst()
                .ifPresent(r -> requests.assign(r.no(), "商服-张丽", "工程-刘工"));
        requests.overtimes(null, "SUBMITTED").stream().findFirst()
                .ifPresent(r -> requests.approve(r.no(), "商服-张丽", "注意消防安全"));
    }

    private static void sign(AppContext ctx, MerchantNo no, Stall stall, LocalDate on, int n) {
        LeaseSpec spec = new LeaseSpec(String.format("L-PIPE-%04d", n), no.value(), List.of(stall.no().value()), "NEW",
                on.toString(), on.plusYears(2).minusDays(1).toString(), null, stall.baseRent().toString(), null,
                "QUARTERLY", 30, null, null, null, "0.00", "0.00", null, on.toString(), null, null);
        Outcome<?> o = ctx.leaseUseCases().create(spec);
        if (!(o instanceof Outcome.Done<?>)) {
            throw new IllegalStateException("the demo's lease for " + no + " was refused: " + o);
        }
    }

    /** An operating merchant's credit history, requests and log; {@code severe} gets the blacklisting record. */
    private static void operate(AppContext ctx, MerchantNo no, Stall stall, LocalDate today, SplittableRandom rnd,
            boolean severe) {
        CreditUseCases credit = ctx.credit();
        String s = stall.no().value();
        LocalDate jan = LocalDate.of(today.getYear(), 1, 5);
        for (int i = 0; i < 1 + rnd.nextInt(3); i++) {
            record(credit, no, "LATE_OPENING", jan.plusDays(7L * i + rnd.nextInt(5)), s, null);
        }
        if (rnd.nextBoolean()) {
            record(credit, no, "BLOCKING_AISLE", jan.plusDays(40), s, null);
        }
        record(credit, no, "BONUS", jan.plusDays(60), null, null);
        if (severe) {
            record(credit, no, "FIRE_HAZARD", today.minusDays(20), s, "photo-" + today.minusDays(20));
        }
        MerchantRequestUseCases requests = ctx.merchantRequests();
        requests.askOvertime(no, s, today.plusDays(2), LocalTime.of(18, 0), LocalTime.of(22, 0), "新款到货上架");
        requests.reportRepair(no, s, "水电", "档口插座不通电", "URGENT");
        requests.giveFeedback(no, null, "卫生", "二楼洗手间需要加强清洁");
        ctx.pipeline().log(no, "商服-张丽", "巡场：门头整洁，提醒消防通道勿堆货");
    }

    private static void record(CreditUseCases credit, MerchantNo no, String type, LocalDate on, String stall,
            String evidence) {
        if (on.isAfter(credit.today())) {
            return;
        }
        credit.record(new CreditUseCases.RecordCommand(no.value(), type, on, stall, null, evidence));
    }

}
