package org.mallcrm.domain.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.domain.buyer.RfmPolicy;
import org.mallcrm.domain.buyer.RfmThresholdMode;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.coupon.ReversalPolicy;
import org.mallcrm.domain.coupon.SettlementMethod;
import org.mallcrm.domain.coupon.SettlementPolicy;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.channel.Tier;
import org.mallcrm.domain.channel.TierMode;
import org.mallcrm.domain.credit.CreditPeriod;
import org.mallcrm.domain.credit.CreditPolicy;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.lease.AllocationOrder;
import org.mallcrm.domain.lease.EarnestMoneyPolicy;
import org.mallcrm.domain.lease.EarnestOnSigning;
import org.mallcrm.domain.lease.EscalationAnchor;
import org.mallcrm.domain.lease.EscalationMethod;
import org.mallcrm.domain.lease.FirstDue;
import org.mallcrm.domain.lease.LateFeeRate;
import org.mallcrm.domain.lease.PeriodAlignment;
import org.mallcrm.domain.lease.ProrationBasis;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.GeometryPolicy;
import org.mallcrm.domain.stall.MergePriceRule;

/**
 * Every per-mall setting: each <em>configurable</em> item of domain-rules.md §1–7 as a typed key with its default,
 * in the order {@code settings show} lists them. This is the one place the {@code DEFAULT} constants of the
 * policies are read: they are the values a new mall starts with, and nothing else.
 */
public final class SettingCatalogue {

    private SettingCatalogue() {
    }

    private static final GeometryPolicy GEOMETRY = GeometryPolicy.DEFAULTS;
    private static final SchedulePolicy SCHEDULE = SchedulePolicy.DEFAULT;
    private static final ReceiptPolicy RECEIPTS = ReceiptPolicy.DEFAULT;
    private static final EarnestMoneyPolicy EARNEST = EarnestMoneyPolicy.DEFAULT;
    private static final CreditPolicy CREDIT = CreditPolicy.defaults();
    private static final CommissionPolicy COMMISSION = CommissionPolicy.DEFAULT;

    // §1 stall geometry
    public static final Setting<Long> GEOMETRY_OVERLAP_TOLERANCE_MM2 = new Setting<>("geometry.overlap_tolerance_mm2",
            SettingTypes.longInteger(0, 1_000_000_000_000L), GEOMETRY.overlapToleranceMm2(),
            "同一楼层在用铺位之间允许重叠的面积（平方毫米）",
            "Overlap tolerated between active stalls on one floor, in mm²");
    public static final Setting<Area> GEOMETRY_MIN_CHILD_AREA_M2 = new Setting<>("geometry.min_child_area_m2",
            SettingTypes.area(), GEOMETRY.minChildArea(),
            "拆分后每个子铺位的最小轮廓面积（m²）",
            "Smallest outline a split may leave, in m²");
    public static final Setting<Long> GEOMETRY_MIN_SHARED_EDGE_MM = new Setting<>("geometry.min_shared_edge_mm",
            SettingTypes.longInteger(0, 1_000_000L), GEOMETRY.minSharedEdgeMm(),
            "合并时两铺位算作相邻所需共用墙的最短长度（毫米；只碰角不算相邻）",
            "Shortest wall two stalls must share to count as adjacent in a merge, in mm (a corner touch never does)");
    public static final Setting<MergePriceRule> GEOMETRY_MERGE_PRICE_RULE = new Setting<>(
            "geometry.merge_price_rule", SettingTypes.choice(MergePriceRule.class), GEOMETRY.mergePriceRule(),
            "合并后铺位基准单价的取法：按计租面积加权平均、取最高、取最低，或合并时手工填写",
            "How a merged stall's base rent is set: leasable-area-weighted average, highest, lowest, or given with "
                    + "the merge");
    public static final Setting<Boolean> GEOMETRY_REUSE_NUMBERS = new Setting<>("geometry.reuse_numbers",
            SettingTypes.flag(), GEOMETRY.reuseNumbers(),
            "已拆分或已合并铺位的编号可否给新铺位再用",
            "Whether the number of a split or merged stall may be given to a new one");

    // §2 lease schedules
    public static final Setting<PeriodAlignment> LEASE_PERIOD_ALIGNMENT = new Setting<>("lease.period_alignment",
            SettingTypes.choice(PeriodAlignment.class), SCHEDULE.alignment(),
            "计费周期：从起租日起算（ANCHORED），或按自然月/季/年对齐、首尾为零头期（CALENDAR）",
            "Billing periods anchored on the lease start (ANCHORED), or aligned on calendar periods with stubs "
                    + "(CALENDAR)");
    public static final Setting<ProrationBasis> LEASE_PRORATION = new Setting<>("lease.proration",
            SettingTypes.choice(ProrationBasis.class), SCHEDULE.defaultProration(),
            "合同未注明时不足一月的计租方法：实际天数（ACTUAL_DAYS）、每月30天（THIRTY_DAY）、365/12",
            "How a partial month is charged when the lease does not say: actual days, a 30-day month, or 365/12");
    public static final Setting<Boolean> LEASE_RENT_FREE_WAIVES_MANAGEMENT_FEE = new Setting<>(
            "lease.rent_free_waives_management_fee", SettingTypes.flag(), SCHEDULE.managementFeeWaivedInRentFree(),
            "免租期内是否同时免收物业管理费",
            "Whether rent-free periods also waive the management fee");
    public static final Setting<EscalationAnchor> LEASE_ESCALATION_ANCHOR = new Setting<>("lease.escalation_anchor",
            SettingTypes.choice(EscalationAnchor.class), SCHEDULE.defaultEscalationAnchor(),
            "合同未注明时租金递增的起算日：起租日（START）或计租日（RENT_START）",
            "Where rent escalation counts from when the lease does not say: the lease start or the rent start date");
    public static final Setting<EscalationMethod> LEASE_ESCALATION_METHOD = new Setting<>("lease.escalation_method",
            SettingTypes.choice(EscalationMethod.class), SCHEDULE.defaultEscalationMethod(),
            "合同未注明时的租金递增方式：复利（COMPOUND）、单利（SIMPLE）或每平米固定金额（FIXED_STEP）",
            "How rent escalates when the lease does not say: compound, simple, or a fixed step per m²");
    public static final Setting<FirstDue> LEASE_FIRST_DUE = new Setting<>("lease.first_due",
            SettingTypes.choice(FirstDue.class), SCHEDULE.firstDue(),
            "首期应收日：起租日（LEASE_START），或合同记有签约日时为签约日（SIGNING_DATE）",
            "When the first installment is due: the lease start, or the signing date when the lease records one");
    public static final Setting<Integer> LEASE_ADVANCE_DAYS = new Setting<>("lease.advance_days",
            SettingTypes.integer(0, Limits.MAX_ADVANCE_DAYS), SCHEDULE.defaultAdvanceDays(),
            "合同未注明时，第二期起每期在其计费期开始前多少天应收",
            "Days before its period an installment after the first falls due, when the lease does not say");
    public static final Setting<Integer> LEASE_REMINDER_DAYS = new Setting<>("lease.reminder_days",
            SettingTypes.integer(0, 366), SCHEDULE.reminderDays(),
            "应收日前多少天发出催缴提醒",
            "Days before the due date a reminder goes out");

    // §3 earnest money, receipts, late fees
    public static final Setting<Integer> DEPOSIT_HOLD_DAYS = new Setting<>("deposit.hold_days",
            SettingTypes.integer(1, EarnestMoneyPolicy.MAX_HOLD_DAYS), EARNEST.holdDays(),
            "订金/定金锁定铺位的天数",
            "Days earnest money locks a stall");
    public static final Setting<EarnestOnSigning> DEPOSIT_ON_SIGNING = new Setting<>("deposit.on_signing",
            SettingTypes.choice(EarnestOnSigning.class), EARNEST.onSigning(),
            "签约时订金的去向：冲抵最早的应收期次（OFFSET_INSTALLMENTS），或转为押金（CONVERT_TO_SECURITY_DEPOSIT）",
            "What earnest money becomes on signing: offset against the oldest installments, or security deposit");
    public static final Setting<AllocationOrder> RECEIPT_ALLOCATION_ORDER = new Setting<>("receipt.allocation_order",
            SettingTypes.choice(AllocationOrder.class), RECEIPTS.order(),
            "收款在一期之内的冲销顺序：先滞纳金后本金（LATE_FEE_FIRST），或先本金（PRINCIPAL_FIRST）",
            "Within an installment a receipt pays the late fee first, or the principal first");
    public static final Setting<Boolean> RECEIPT_AUTO_APPLY_CREDIT = new Setting<>("receipt.auto_apply_credit",
            SettingTypes.flag(), RECEIPTS.autoApplyCredit(),
            "多收的款项是否立即冲抵以后各期（否则留作合同余额）",
            "Whether money beyond what is due goes to the next installments at once (else it stays as credit)");
    public static final Setting<LateFeeRate> LATE_FEE_RATE_PCT_PER_DAY = new Setting<>("late_fee.rate_pct_per_day",
            SettingTypes.percentPerDay(5), RECEIPTS.lateFeeRate(),
            "滞纳金日费率（%/天），按逾期本金计，新签合同按签约时的费率",
            "Late-fee rate on overdue principal, percent a day; a lease keeps the rate it was signed with");
    public static final Setting<Integer> LATE_FEE_GRACE_DAYS = new Setting<>("late_fee.grace_days",
            SettingTypes.integer(0, 366), RECEIPTS.graceDays(),
            "应收日后免收滞纳金的宽限天数，新签合同按签约时的天数",
            "Days after the due date free of late fee; a lease keeps the grace it was signed with");

    // §4 merchant credit
    public static final Setting<CreditPeriod> CREDIT_PERIOD = new Setting<>("credit.period",
            SettingTypes.choice(CreditPeriod.class), CREDIT.period(),
            "信誉分的计算周期：自然年、1月1日清零（CALENDAR_YEAR），或滚动12个月、记录365天后失效（ROLLING_12_MONTHS）",
            "Which records make a score: the calendar year, reset on 1 January, or a rolling 12 months (records "
                    + "expire after 365 days)");
    public static final Setting<Integer> CREDIT_GRADE_A_MIN = new Setting<>("credit.grade_a_min",
            SettingTypes.integer(0, 100), CREDIT.grades().a(),
            "信誉等级 A 的最低分", "Lowest score of credit grade A");
    public static final Setting<Integer> CREDIT_GRADE_B_MIN = new Setting<>("credit.grade_b_min",
            SettingTypes.integer(0, 100), CREDIT.grades().b(),
            "信誉等级 B 的最低分", "Lowest score of credit grade B");
    public static final Setting<Integer> CREDIT_GRADE_C_MIN = new Setting<>("credit.grade_c_min",
            SettingTypes.integer(0, 100), CREDIT.grades().c(),
            "信誉等级 C 的最低分（低于此分为 D）", "Lowest score of credit grade C (below it is D)");
    public static final Setting<Integer> CREDIT_BLACKLIST_MONTHS = new Setting<>("credit.blacklist_months",
            SettingTypes.integer(1, 120), (int) CREDIT.blacklistDuration().toTotalMonths(),
            "列入黑名单的时长（月）", "How long a blacklisting lasts, in months");

    // §5 channel commission (the mall's default policy; per-channel rules override it)
    public static final Setting<Money> COMMISSION_RATE_PER_HEAD = new Setting<>("commission.rate_per_head",
            SettingTypes.money(), COMMISSION.ratePerHead(),
            "默认每个付费人头的佣金（元）；渠道规则可另定",
            "Default commission per paid head, yuan; a channel's rules may override it");
    public static final Setting<List<Tier>> COMMISSION_TIERS = new Setting<>("commission.tiers",
            SettingTypes.tiers(), COMMISSION.tiers(),
            "默认阶梯佣金（起始人头:单价，如 1:15.00,1001:18.00）；none 为按统一单价",
            "Default commission tiers per channel and month (FROM:RATE, e.g. 1:15.00,1001:18.00); none for the "
                    + "flat rate");
    public static final Setting<TierMode> COMMISSION_TIER_MODE = new Setting<>("commission.tier_mode",
            SettingTypes.choice(TierMode.class), COMMISSION.tierMode(),
            "阶梯计算方式：MARGINAL 每个人头按其所在阶梯计，WHOLE 全部人头按当月达到的阶梯计",
            "Tier mode: MARGINAL (each head earns its tier's rate) or WHOLE (every head earns the rate of the tier "
                    + "the month reaches)");
    public static final Setting<java.util.Optional<Money>> COMMISSION_MONTHLY_CAP = new Setting<>(
            "commission.monthly_cap", SettingTypes.optionalMoney(), COMMISSION.monthlyCap(),
            "每个渠道每月佣金上限（元），超出时从最晚的报备扣减；none 为不封顶",
            "Most a channel earns in a month, yuan (the latest trips are trimmed first); none for no cap");
    public static final Setting<Integer> COMMISSION_MIN_HEADS = new Setting<>("commission.min_heads",
            SettingTypes.integer(0, Limits.MAX_COUNT), COMMISSION.minHeads(),
            "一趟报备的有效人头少于此数则不付佣金",
            "A trip with fewer valid heads is paid nothing");
    public static final Setting<Boolean> COMMISSION_CAP_AT_REPORTED = new Setting<>("commission.cap_at_reported",
            SettingTypes.flag(), COMMISSION.capAtReported(),
            "付费人头是否以报备人数为上限",
            "Whether paid heads are capped at the reported headcount");
    public static final Setting<Percent> COMMISSION_CAP_TOLERANCE_PCT = new Setting<>("commission.cap_tolerance_pct",
            SettingTypes.percent(1000), COMMISSION.capTolerance(),
            "以报备人数封顶时可超出报备人数的百分比",
            "How far above the reported headcount paid heads may go when capped, percent");
    public static final Setting<Percent> COMMISSION_VARIANCE_FLAG_PCT = new Setting<>("commission.variance_flag_pct",
            SettingTypes.percent(1000), COMMISSION.varianceFlag(),
            "有效人头与报备人数相差超过报备人数的此百分比即标记核查",
            "Flag a trip whose valid heads differ from the reported count by more than this share of it, percent");
    public static final Setting<Integer> COMMISSION_SCAN_ORDER_TOLERANCE_MINUTES = new Setting<>(
            "commission.scan_order_tolerance_minutes",
            SettingTypes.integer(0, CommissionPolicy.MAX_TOLERANCE_MINUTES), COMMISSION.scanOrderToleranceMinutes(),
            "渠道码扫码最多可晚于签到扫码的分钟数",
            "Minutes a channel scan may come after the check-in");

    // §6 buyers
    public static final Setting<Integer> BUYER_RFM_WINDOW_DAYS = new Setting<>("buyer.rfm_window_days",
            SettingTypes.integer(1, RfmPolicy.MAX_WINDOW_DAYS), RfmPolicy.DEFAULTS.windowDays(),
            "RFM 分析窗口：截至分析日的天数",
            "Days of the RFM window ending on the as-of date");
    public static final Setting<RfmThresholdMode> BUYER_RFM_THRESHOLD_MODE = new Setting<>(
            "buyer.rfm_threshold_mode", SettingTypes.choice(RfmThresholdMode.class), RfmPolicy.DEFAULTS.mode(),
            "RFM 高低阈值：LOWER_MEDIAN 取各客户排序后的下中位数，FIXED 用下面的固定阈值",
            "RFM thresholds: the lower median of the ranked buyers, or the fixed thresholds below");
    // the fixed thresholds start at G1's medians (R 30 days, F 2 visit days, M 800.00); used only in FIXED mode
    public static final Setting<Integer> BUYER_RFM_FIXED_RECENCY_DAYS = new Setting<>("buyer.rfm_fixed_recency_days",
            SettingTypes.integer(0, RfmPolicy.MAX_WINDOW_DAYS), 30,
            "固定阈值：最近一次到场距分析日不超过此天数为高",
            "Fixed threshold: recency of at most this many days is high");
    public static final Setting<Integer> BUYER_RFM_FIXED_FREQUENCY = new Setting<>("buyer.rfm_fixed_frequency",
            SettingTypes.integer(1, RfmPolicy.MAX_WINDOW_DAYS), 2,
            "固定阈值：窗口内到场天数不少于此数为高",
            "Fixed threshold: at least this many visit days in the window is high");
    public static final Setting<Money> BUYER_RFM_FIXED_MONETARY = new Setting<>("buyer.rfm_fixed_monetary",
            SettingTypes.money(), Money.parse("800.00"),
            "固定阈值：窗口内核销订单金额不少于此数（且大于0）为高（元）",
            "Fixed threshold: redeemed order amounts of at least this (and above zero) are high, yuan");

    // §7 campaigns and coupons
    public static final Setting<Integer> COUPON_REVERSAL_HOURS = new Setting<>("coupon.reversal_hours",
            SettingTypes.integer(0, 720), (int) ReversalPolicy.DEFAULTS.window().toHours(),
            "核销后可撤销的小时数（0 为不可撤销）",
            "Hours after a redemption during which it may be reversed (0: never)");
    public static final Setting<SettlementMethod> SUBSIDY_SETTLEMENT = new Setting<>("subsidy.settlement",
            SettingTypes.choice(SettlementMethod.class), SettlementPolicy.DEFAULTS.method(),
            "营销补差的结算方式：付款给商户（PAY_OUT），或冲抵商户下期租金（OFFSET_RENT）",
            "How a subsidy statement is settled: paid out to the merchant, or offset on its next rent installment");

    private static final List<Setting<?>> ALL = List.of(
            GEOMETRY_OVERLAP_TOLERANCE_MM2, GEOMETRY_MIN_CHILD_AREA_M2, GEOMETRY_MIN_SHARED_EDGE_MM,
            GEOMETRY_MERGE_PRICE_RULE, GEOMETRY_REUSE_NUMBERS,
            LEASE_PERIOD_ALIGNMENT, LEASE_PRORATION, LEASE_RENT_FREE_WAIVES_MANAGEMENT_FEE, LEASE_ESCALATION_ANCHOR,
            LEASE_ESCALATION_METHOD, LEASE_FIRST_DUE, LEASE_ADVANCE_DAYS, LEASE_REMINDER_DAYS,
            DEPOSIT_HOLD_DAYS, DEPOSIT_ON_SIGNING, RECEIPT_ALLOCATION_ORDER, RECEIPT_AUTO_APPLY_CREDIT,
            LATE_FEE_RATE_PCT_PER_DAY, LATE_FEE_GRACE_DAYS,
            CREDIT_PERIOD, CREDIT_GRADE_A_MIN, CREDIT_GRADE_B_MIN, CREDIT_GRADE_C_MIN, CREDIT_BLACKLIST_MONTHS,
            COMMISSION_RATE_PER_HEAD, COMMISSION_TIERS, COMMISSION_TIER_MODE, COMMISSION_MONTHLY_CAP,
            COMMISSION_MIN_HEADS, COMMISSION_CAP_AT_REPORTED, COMMISSION_CAP_TOLERANCE_PCT,
            COMMISSION_VARIANCE_FLAG_PCT, COMMISSION_SCAN_ORDER_TOLERANCE_MINUTES,
            BUYER_RFM_WINDOW_DAYS, BUYER_RFM_THRESHOLD_MODE, BUYER_RFM_FIXED_RECENCY_DAYS, BUYER_RFM_FIXED_FREQUENCY,
            BUYER_RFM_FIXED_MONETARY,
            COUPON_REVERSAL_HOURS, SUBSIDY_SETTLEMENT);

    private static final Map<String, Setting<?>> BY_KEY = new LinkedHashMap<>();

    static {
        for (Setting<?> s : ALL) {
            if (BY_KEY.put(s.key(), s) != null) {
                throw new IllegalStateException("setting key listed twice: " + s.key());
            }
        }
    }

    /** A commission policy as the values of the {@code commission.*} keys (the mall's default policy). */
    public static Map<String, String> commissionTexts(CommissionPolicy p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(COMMISSION_RATE_PER_HEAD.key(), COMMISSION_RATE_PER_HEAD.format(p.ratePerHead()));
        m.put(COMMISSION_TIERS.key(), COMMISSION_TIERS.format(p.tiers()));
        m.put(COMMISSION_TIER_MODE.key(), COMMISSION_TIER_MODE.format(p.tierMode()));
        m.put(COMMISSION_MONTHLY_CAP.key(), COMMISSION_MONTHLY_CAP.format(p.monthlyCap()));
        m.put(COMMISSION_MIN_HEADS.key(), COMMISSION_MIN_HEADS.format(p.minHeads()));
        m.put(COMMISSION_CAP_AT_REPORTED.key(), COMMISSION_CAP_AT_REPORTED.format(p.capAtReported()));
        m.put(COMMISSION_CAP_TOLERANCE_PCT.key(), COMMISSION_CAP_TOLERANCE_PCT.format(p.capTolerance()));
        m.put(COMMISSION_VARIANCE_FLAG_PCT.key(), COMMISSION_VARIANCE_FLAG_PCT.format(p.varianceFlag()));
        m.put(COMMISSION_SCAN_ORDER_TOLERANCE_MINUTES.key(),
                COMMISSION_SCAN_ORDER_TOLERANCE_MINUTES.format(p.scanOrderToleranceMinutes()));
        return m;
    }

    /** Every setting, in the order they are shown. */
    public static List<Setting<?>> all() {
        return ALL;
    }

    public static Optional<Setting<?>> find(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key.strip()));
    }
}
