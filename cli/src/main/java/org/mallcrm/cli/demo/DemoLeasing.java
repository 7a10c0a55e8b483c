package org.mallcrm.cli.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.merchant.port.in.ImportMerchantsUseCase;
import org.mallcrm.application.stall.port.in.StallFilter;
import org.mallcrm.cli.AppContext;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.exit.ExitRequest;
import org.mallcrm.domain.exit.ExitType;
import org.mallcrm.domain.exit.Initiator;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.placement.Placement;
import org.mallcrm.domain.receipt.InstallmentView;
import org.mallcrm.domain.receipt.LeaseAccount;
import org.mallcrm.domain.receipt.Receipt;
import org.mallcrm.domain.receipt.ReceiptOutcome;
import org.mallcrm.domain.receipt.ScheduleView;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallStatus;

/**
 * The demo's merchants and money, all through the use cases: a merchant for every leased stall (most of them
 * trading for a while), prospects in every pipeline stage, leases in every state (upcoming, active, expired and
 * renewed, terminated by an exit), receipts paid on time, late and not at all (overdue bills with late fees),
 * earnest money held, refunded, forfeited, expired and applied on signing, and placements in every status.
 */
public final class DemoLeasing {

    /** What the demo put in. */
    public record Summary(int merchants, int leases, int receipts, int deposits, int placements, int exits) {
        @Override
        public String toString() {
            return merchants + " merchants, " + leases + " leases, " + receipts + " receipts, " + deposits
                    + " deposits, " + placements + " placements, " + exits + " exits";
        }
    }

    private static final String[] CITIES = {"杭州", "广州", "温州", "泉州", "常熟", "东莞", "义乌", "织里", "虎门",
        "石狮"};
    private static final String[] WORDS = {"丽人", "潮牌", "童趣", "雅致", "锦绣", "时尚", "衣恋", "名媛", "佳美",
        "优品", "盛世", "新潮", "金秋", "红叶", "晨曦"};
    private static final String[] KINDS = {"服饰", "制衣", "鞋业", "商行", "贸易", "童装", "箱包"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐",
        "孙"};
    private static final String[] GIVEN = {"丽", "强", "芳", "伟", "敏", "静", "磊", "娟", "军", "霞", "涛",
        "艳"};
    private static final String[] SOURCES = {"老客户介绍", "展会", "电话", "地推", "网络"};
    private static final String[] PROVINCES = {"浙江", "广东", "福建", "江苏", "湖北", "河南", "四川"};

    private final AppContext ctx;
    private final SplittableRandom rnd;
    private final LocalDate today;
    private int receipts;

    private DemoLeasing(AppContext ctx, long seed) {
        this.ctx = ctx;
        this.rnd = new SplittableRandom(seed * 31 + 7);
        this.today = ctx.clock().today();
    }

    public static Summary populate(AppContext ctx, long seed) {
        return new DemoLeasing(ctx, seed).run();
    }

    private Summary run() {
        List<Stall> leased = new ArrayList<>();
        List<Stall> vacant = new ArrayList<>();
        String cursor = null;
        do {
            Page<Stall> page = ctx.stallQueries().list(StallFilter.ALL, cursor, 1000);
            for (Stall s : page.items()) {
                if (s.status() == StallStatus.LEASED) {
                    leased.add(s);
                } else if (s.status() == StallStatus.VACANT) {
                    vacant.add(s);
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);

        int tenants = leased.size();
        int prospects = Math.max(24, tenants / 10);
        // the merchants are imported once their leases are planned, so that each tenant's stage is entered on a day
        // its leases agree with (see importMerchants)
        Map<String, LocalDate> firstStart = new HashMap<>();

        // every lease signed through the leases import, every deposit and receipt through their bulk paths: the old
        // leases and the new ones first, the old ones paid, then their renewals (a renewal continues a paid-up lease)
        int leases = 0;
        List<String> leaseNos = new ArrayList<>();
        List<LeaseSpec> first = new ArrayList<>();
        List<LeaseSpec> renewals = new ArrayList<>();
        List<String> old = new ArrayList<>();
        for (int i = 0; i < tenants; i++) {
            Stall stall = leased.get(i);
            String merchant = merchantNo(i + 1);
            int roll = rnd.nextInt(100);
            if (roll < 15) {
                // an old lease that expired, and its renewal running now
                LocalDate start = today.minusDays(400 + rnd.nextInt(250));
                String no = leaseNo(++leases);
                first.add(spec(no, merchant, stall, "NEW", start, start.plusMonths(12).minusDays(1)));
                firstStart.put(merchant, start);
                old.add(no);
                LocalDate renewal = start.plusMonths(12);
                String next = leaseNo(++leases);
                renewals.add(spec(next, merchant, stall, "RENEWAL", renewal, renewal.plusMonths(24).minusDays(1)));
                leaseNos.add(next);
            } else {
                LocalDate start = today.minusDays(20 + rnd.nextInt(660));
                int months = 12 * (1 + rnd.nextInt(3));
                while (!start.plusMonths(months).isAfter(today)) {
                    months += 12;
                }
                String no = leaseNo(++leases);
                first.add(spec(no, merchant, stall, "NEW", start, start.plusMonths(months).minusDays(1)));
                firstStart.put(merchant, start);
                leaseNos.add(no);
            }
        }
        importMerchants(tenants, prospects, firstStart);
        signAll(first);
        Map<String, Integer> unpaid = new HashMap<>();
        old.forEach(no -> unpaid.put(no, 0));
        payAll(old, unpaid);
        signAll(renewals);
        for (String no : leaseNos) {
            int roll = rnd.nextInt(100);
            unpaid.put(no, roll < 8 ? 2 : roll < 18 ? 1 : 0);
        }
        payAll(leaseNos, unpaid);

        int exits = 0;
        for (int i = 0; i < Math.min(4, leaseNos.size()); i++) {
            String no = leaseNos.get(leaseNos.size() - 1 - i);
            var lease = ctx.leaseQueries().find(LeaseNo.of(no)).orElseThrow();
            LocalDate exitOn = today.minusDays(3 + i);
            if (exitOn.isBefore(lease.account().lease().terms().start())) {
                continue;
            }
            ExitRequest x = value(ctx.exitUseCases().request(new ExitUseCases.Request(LeaseNo.of(no),
                    i % 2 == 0 ? ExitType.SURRENDER : ExitType.ASSIGNMENT, i == 3 ? Initiator.MALL : Initiator.MERCHANT,
                    exitOn.minusDays(30), exitOn, "经营调整", null)));
            value(ctx.exitUseCases().approve(x.exitNo()));
            if (i < 3) {
                value(ctx.exitUseCases().settle(x.exitNo(), Money.ofYuan(200L * i)));
            }
            exits++;
        }

        // prospects: earnest money, placements and leases still to start, on vacant stalls
        int v = 0;
        int deposits = 0;
        int prospect = tenants;
        EarnestMoneyUseCases money = ctx.deposits();
        for (int i = 0; i < 4 && v < vacant.size(); i++) {
            hold(vacant.get(v++), merchantNo(++prospect), EarnestKind.values()[i % 2], today.minusDays(2 + i), null);
            deposits++;
        }
        EarnestMoney refunded = hold(vacant.get(v++), merchantNo(++prospect), EarnestKind.PREPAYMENT,
                today.minusDays(12), null);
        value(money.refund(refunded.depositNo()));
        EarnestMoney forfeited = hold(vacant.get(v++), merchantNo(++prospect), EarnestKind.EARNEST,
                today.minusDays(20), Money.ofYuan(120_000));
        value(money.forfeit(forfeited.depositNo()));
        hold(vacant.get(v++), merchantNo(++prospect), EarnestKind.PREPAYMENT, today.minusDays(45), null);
        money.expire(today);
        Stall signedStall = vacant.get(v++);
        String signedMerchant = merchantNo(++prospect);
        hold(signedStall, signedMerchant, EarnestKind.EARNEST, today.minusDays(7), null);
        sign(leaseNo(++leases), signedMerchant, signedStall, "NEW", today.plusDays(14), today.plusDays(14)
                .plusMonths(12).minusDays(1));
        deposits += 4;

        int placements = 0;
        PlacementUseCases p = ctx.placementUseCases();
        for (int i = 0; i < 6 && v < vacant.size(); i++) {
            Placement draft = value(p.create(new PlacementUseCases.Create(MerchantNo.of(merchantNo(++prospect)),
                    List.of(vacant.get(v++).no()), null, org.mallcrm.domain.placement.Grade.values()[i % 3], "招商部",
                    null)));
            placements++;
            if (i >= 2) {
                value(p.submit(draft.placementNo(), "招商部"));
            }
            if (i == 3) {
                value(p.reject(draft.placementNo(), "总经理", "价格低于底价"));
            } else if (i >= 4) {
                value(p.approve(draft.placementNo(), "总经理", "同意"));
                if (i == 5) {
                    LeaseSpec spec = new LeaseSpec(leaseNo(++leases), null, null, "NEW",
                            today.plusDays(30).toString(), today.plusDays(30).plusMonths(24).minusDays(1).toString(),
                            null, null, null, "QUARTERLY", 30, null, null, null, null, null, null, null, null,
                            draft.placementNo());
                    value(ctx.leaseUseCases().create(spec));
                }
            }
        }
        return new Summary(tenants + prospects, leases, receipts, deposits, placements, exits);
    }

    /**
     * One tenant moved to another stall two weeks ago (调铺): the first demo lease live then is ended and its
     * paid-ahead money and deposit carried to a new RELOCATION lease on the first vacant original stall. Run
     * last, so that no back-dated lease of the other demo parts lands on the stall it frees.
     */
    static void relocateOne(AppContext ctx) {
        LocalDate start = ctx.clock().today().minusDays(15);
        Stall to = ctx.stalls().list(new org.mallcrm.application.stall.port.in.StallFilter(java.util.Optional.empty(),
                java.util.Optional.of(org.mallcrm.domain.stall.StallStatus.VACANT), java.util.Optional.empty()),
                null, 1000).stream().filter(st -> st.parents().isEmpty()).findFirst().orElse(null);
        if (to == null) {
            return;
        }
        for (int n = 1; n <= 50; n++) {
            var found = ctx.leaseQueries().find(LeaseNo.of(leaseNo(n)));
            if (found.isEmpty()) {
                continue;
            }
            var terms = found.get().account().lease().terms();
            if (found.get().terminatedOn() != null || terms.start().isAfter(start) || terms.end().isBefore(start)) {
                continue;
            }
            Money monthly = org.mallcrm.domain.stall.Rent.monthly(to.leasableArea(), to.baseRent());
            value(ctx.leaseUseCases().create(new LeaseSpec("L-DEMO-MOVE-1", terms.merchantNo().value(),
                    List.of(to.no().value()), "RELOCATION", start.toString(),
                    start.plusMonths(24).minusDays(1).toString(), null, to.baseRent().toString(), null, "QUARTERLY",
                    30, null, null, null, null, monthly.times(2).toString(), null, start.minusDays(5).toString(),
                    null, null, leaseNo(n))));
            return;
        }
    }

    private EarnestMoney hold(Stall stall, String merchant, EarnestKind kind, LocalDate on, Money contractValue) {
        Money amount = Money.ofYuan(5_000L * (1 + rnd.nextInt(4)));
        return value(ctx.deposits().hold(new EarnestMoneyUseCases.Hold(List.of(stall.no()), MerchantNo.of(merchant),
                amount, kind, on, null, contractValue, null)));
    }

    private static String merchantNo(int n) {
        return String.format("M-%04d", n);
    }

    private static String leaseNo(int n) {
        return String.format("L-DEMO-%04d", n);
    }

    /**
     * Imports the tenants and the prospects with the day each entered its stage ({@code stage_entered_on}), so that the
     * pipeline's dwell times agree with the leases: an operating tenant has operated since its first lease started; a
     * tenant imported as negotiating began it some weeks before that lease's signing day (signing moves it to SIGNED
     * on that day); a prospect entered its stage a few days to four months ago.
     */
    private void importMerchants(int tenants, int prospects, Map<String, LocalDate> firstStart) {
        SplittableRandom days = new SplittableRandom(rnd.nextLong());
        List<ImportRow> rows = new ArrayList<>();
        String[] pipeline = {"PROSPECT", "NEGOTIATING", "QUALIFIED"};
        for (int i = 1; i <= tenants + prospects; i++) {
            Map<String, String> v = new HashMap<>();
            v.put("merchant_no", merchantNo(i));
            v.put("name", pick(CITIES) + pick(WORDS) + pick(KINDS) + (i % 7 == 0 ? "有限公司" : ""));
            v.put("contact_name", pick(SURNAMES) + pick(GIVEN) + (rnd.nextBoolean() ? pick(GIVEN) : ""));
            v.put("phone", "13" + (100_000_000 + rnd.nextInt(900_000_000)));
            v.put("lead_source", pick(SOURCES));
            v.put("stage", i <= tenants ? (rnd.nextInt(10) < 8 ? "OPERATING" : "NEGOTIATING")
                    : pipeline[i % pipeline.length]);
            v.put("grade", i <= tenants ? String.valueOf("ABC".charAt(rnd.nextInt(3)))
                    : i % 4 == 0 ? "" : "ABCD".substring(i % 3, i % 3 + 1));
            v.put("business_type", DemoMall.TRADES[rnd.nextInt(DemoMall.TRADES.length)]);
            v.put("province", pick(PROVINCES));
            LocalDate start = firstStart.get(merchantNo(i));
            LocalDate entered;
            if (start == null) {
                entered = today.minusDays(3 + days.nextInt(120));
            } else if ("OPERATING".equals(v.get("stage"))) {
                entered = start.isAfter(today) ? today : start;
            } else {
                // negotiating until the lease's signing day, when signing it moves the tenant to SIGNED
                entered = signedOn(start).minusDays(5 + days.nextInt(40));
            }
            v.put("stage_entered_on", entered.toString());
            rows.add(new ImportRow(i + 1, v));
        }
        ImportOutcome o = ctx.importMerchants().importMerchants(ImportMerchantsUseCase.COLUMNS.all(), rows,
                ImportOptions.DEFAULT);
        if (o instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("the demo generator made bad merchants: " + r.errors().subList(0,
                    Math.min(5, r.errors().size())));
        }
    }

    private String pick(String[] words) {
        return words[rnd.nextInt(words.length)];
    }

    /** Deposits to receive after the next {@link #signAll}: nine leases in ten have paid theirs. */
    private final List<LeaseUseCases.DepositPayment> deposits = new ArrayList<>();

    private LeaseSpec spec(String no, String merchant, Stall stall, String kind, LocalDate start, LocalDate end) {
        int roll = rnd.nextInt(100);
        String billing = roll < 60 ? "QUARTERLY" : roll < 90 ? "MONTHLY" : "SEMIANNUAL";
        List<LeaseSpec.RentFree> free = rnd.nextInt(10) < 3 && "NEW".equals(kind)
                ? List.of(new LeaseSpec.RentFree(start.toString(), start.plusMonths(1).minusDays(1).toString()))
                : null;
        LeaseSpec.EscalationSpec escalation = rnd.nextBoolean()
                ? new LeaseSpec.EscalationSpec(rnd.nextBoolean() ? "5" : "3", 12, "START", true, null) : null;
        Money monthly = org.mallcrm.domain.stall.Rent.monthly(stall.leasableArea(), stall.baseRent());
        LeaseSpec spec = new LeaseSpec(no, merchant, List.of(stall.no().value()), kind, start.toString(),
                end.toString(), null, stall.baseRent().toString(), null, billing, 30, free, escalation, null,
                rnd.nextInt(10) < 4 ? "15.00" : null, monthly.times(2).toString(), null,
                signedOn(start).toString(), null, null);
        if (rnd.nextInt(10) < 9) {
            deposits.add(new LeaseUseCases.DepositPayment(LeaseNo.of(no), monthly.times(2)));
        }
        return spec;
    }

    /** A lease is signed ten days before it starts, and never later than today (a lease to start soon is signed). */
    private LocalDate signedOn(LocalDate start) {
        LocalDate d = start.minusDays(10);
        return d.isAfter(today) ? today : d;
    }

    private String sign(String no, String merchant, Stall stall, String kind, LocalDate start, LocalDate end) {
        signAll(List.of(spec(no, merchant, stall, kind, start, end)));
        return no;
    }

    /** Signs the leases through the leases import (one transaction), then receives their deposits in one go. */
    private void signAll(List<LeaseSpec> specs) {
        List<LeaseUseCases.SpecLine> lines = new ArrayList<>(specs.size());
        for (LeaseSpec spec : specs) {
            lines.add(new LeaseUseCases.SpecLine(lines.size() + 1, spec, null));
        }
        ImportOutcome o = ctx.leaseUseCases().importLeases(lines, ImportOptions.DEFAULT);
        if (o instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("the demo generator made bad leases: " + r.errors().subList(0,
                    Math.min(5, r.errors().size())));
        }
        java.util.Set<String> signed = new java.util.HashSet<>();
        specs.forEach(spec -> signed.add(spec.leaseNo()));
        List<LeaseUseCases.DepositPayment> paid = deposits.stream()
                .filter(d -> signed.contains(d.leaseNo().value())).toList();
        if (!paid.isEmpty()) {
            value(ctx.leaseUseCases().receiveDeposits(paid));
            deposits.removeAll(paid);
        }
    }

    /**
     * Pays each lease's installments due by today in order, some late, leaving the last {@code unpaid} of it unpaid:
     * the receipts are worked out on the lease's account in memory (a late one pays the late fee as of its day) and
     * recorded through the receipts import, every lease read and written once.
     */
    private void payAll(List<String> leaseNos, Map<String, Integer> unpaid) {
        var settings = ctx.settingsStore().current();
        var schedule = settings.leasingPolicy().schedule();
        var policy = settings.leasingPolicy().receipts();
        var receiving = settings.receiptPolicy();
        // only the leases paid now, read together (not every lease of the mall, at each call)
        Map<LeaseNo, org.mallcrm.application.lease.port.out.Leases.LeaseRecord> all = ctx.leases().findAll(
                leaseNos.stream().map(LeaseNo::of).toList());
        List<ImportRow> rows = new ArrayList<>();
        for (String leaseNo : leaseNos) {
            LeaseNo no = LeaseNo.of(leaseNo);
            LeaseAccount account = all.get(no).account();
            ScheduleView now = account.schedule(today, schedule, policy);
            List<InstallmentView> due = now.installments().stream().filter(i -> !i.dueOn().isAfter(today)).toList();
            LocalDate last = null;
            for (int k = 0; k < due.size() - unpaid.get(leaseNo); k++) {
                InstallmentView i = due.get(k);
                LocalDate on = i.dueOn().plusDays(rnd.nextInt(10) < 2 ? 1 + rnd.nextInt(20) : 0);
                if (last != null && on.isBefore(last)) {
                    on = last;
                }
                if (on.isAfter(today)) {
                    on = today;
                }
                Money amount = i.outstanding();
                if (on.isAfter(i.dueOn())) {
                    InstallmentView then = account.schedule(on, schedule, policy).installments().get(i.seq() - 1);
                    amount = then.outstanding().plus(then.lateFee());
                }
                if (!amount.isPositive()) {
                    continue;
                }
                String method = rnd.nextBoolean() ? "TRANSFER" : "WECHAT";
                String receiptNo = "R-" + leaseNo + "-" + (account.receipts().size() + 1);
                if (!(account.receive(new Receipt(receiptNo, no, on, amount, method), receiving)
                        instanceof ReceiptOutcome.Recorded recorded)) {
                    throw new IllegalStateException("the demo's receipt " + receiptNo + " would be refused");
                }
                account = recorded.account();
                Map<String, String> v = new HashMap<>();
                v.put("receipt_no", receiptNo);
                v.put("lease_no", leaseNo);
                v.put("received_on", on.toString());
                v.put("amount", amount.toString());
                v.put("method", method);
                rows.add(new ImportRow(rows.size() + 2, v));
                receipts++;
                last = on;
            }
        }
        ImportOutcome o = ctx.receipts().importReceipts(ReceiptUseCases.COLUMNS.all(), rows, ImportOptions.DEFAULT);
        if (o instanceof ImportOutcome.Rejected r) {
            throw new IllegalStateException("the demo generator made bad receipts: " + r.errors().subList(0,
                    Math.min(5, r.errors().size())));
        }
    }

    private static <T> T value(Outcome<T> o) {
        if (o instanceof Outcome.Done<T> d) {
            return d.value();
        }
        throw new IllegalStateException("the demo generator was refused: " + o);
    }
}
