package org.mallcrm.domain.settings;

import static org.mallcrm.domain.settings.SettingCatalogue.*;

import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import org.mallcrm.domain.buyer.RfmPolicy;
import org.mallcrm.domain.buyer.RfmThresholdMode;
import org.mallcrm.domain.buyer.RfmThresholds;
import org.mallcrm.domain.coupon.ReversalPolicy;
import org.mallcrm.domain.coupon.SettlementPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mallcrm.domain.channel.CommissionPolicy;
import org.mallcrm.domain.credit.CreditPolicy;
import org.mallcrm.domain.credit.GradeThresholds;
import org.mallcrm.domain.lease.EarnestMoneyPolicy;
import org.mallcrm.domain.lease.LeasingPolicy;
import org.mallcrm.domain.lease.ReceiptPolicy;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.stall.GeometryPolicy;

/**
 * One mall's settings: a value for every key of {@link SettingCatalogue} (the stored one, else the default), and the
 * policies the use cases work with, built from them. Immutable; {@link #update} gives the settings after a change, or
 * every problem with it.
 */
public final class MallSettings {

    private final Map<Setting<?>, Object> values;

    private MallSettings(Map<Setting<?>, Object> values) {
        this.values = values;
    }

    /** A new mall's settings: every default. */
    public static MallSettings defaults() {
        Map<Setting<?>, Object> v = new HashMap<>();
        for (Setting<?> s : SettingCatalogue.all()) {
            v.put(s, s.defaultValue());
        }
        return new MallSettings(v);
    }

    /**
     * The settings from the values stored for a mall (key → canonical text); keys not stored take their default, keys
     * the catalogue no longer has are ignored.
     *
     * @throws IllegalStateException when a stored value is not a value of its key (the store was edited by hand)
     */
    public static MallSettings fromStored(Map<String, String> stored) {
        Map<Setting<?>, Object> v = new HashMap<>(defaults().values);
        stored.forEach((key, text) -> SettingCatalogue.find(key).ifPresent(s -> {
            try {
                v.put(s, s.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("the stored value '" + text + "' of setting " + key + " is not valid: "
                        + e.getMessage() + "; set it again with 'settings set " + key + " VALUE'", e);
            }
        }));
        return new MallSettings(v);
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return (T) Objects.requireNonNull(values.get(setting), setting.key());
    }

    /** The value of a key as its canonical text. */
    public <T> String text(Setting<T> setting) {
        return setting.format(get(setting));
    }

    /** Every key with its value as text, in catalogue order. */
    public Map<String, String> texts() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Setting<?> s : SettingCatalogue.all()) {
            m.put(s.key(), text(s));
        }
        return m;
    }

    /** These settings with one value replaced (for tests and fixtures; a stored change goes through {@link #update}). */
    public <T> MallSettings with(Setting<T> setting, T value) {
        Map<Setting<?>, Object> v = new HashMap<>(values);
        v.put(setting, Objects.requireNonNull(value, setting.key()));
        MallSettings next = new MallSettings(v);
        String problem = next.inconsistency();
        if (problem != null) {
            throw new IllegalArgumentException(setting.key() + ": " + problem);
        }
        return next;
    }

    /**
     * Asks to set keys to values given as text. Every key must exist and every value must be valid for its key, and
     * the settings as a whole must stay consistent (e.g. credit grade A above B above C); otherwise nothing changes
     * and every problem is reported with its key. Values are compared in canonical form, so {@code ON} for a flag that
     * is already {@code true} is no change.
     */
    public SettingsUpdate update(Map<String, String> requested) {
        List<SettingProblem> problems = new ArrayList<>();
        Map<Setting<?>, Object> v = new HashMap<>(values);
        List<SettingValueChange> changes = new ArrayList<>();
        for (Map.Entry<String, String> e : requested.entrySet()) {
            String key = e.getKey() == null ? "" : e.getKey().strip();
            String text = e.getValue();
            var found = SettingCatalogue.find(key);
            if (found.isEmpty()) {
                problems.add(new SettingProblem(key, text == null ? "" : text,
                        "no such setting; 'settings show' lists the keys"));
                continue;
            }
            Setting<?> s = found.get();
            try {
                Object parsed = s.parse(text);
                String before = text(s);
                v.put(s, parsed);
                String after = canonical(s, parsed);
                if (!after.equals(before)) {
                    changes.add(new SettingValueChange(s, before, after));
                }
            } catch (IllegalArgumentException ex) {
                problems.add(new SettingProblem(key, text == null ? "" : text, ex.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new SettingsUpdate.Rejected(problems);
        }
        MallSettings next = new MallSettings(v);
        String problem = next.inconsistency();
        if (problem != null) {
            for (SettingValueChange c : changes) {
                problems.add(new SettingProblem(c.setting().key(), requested.get(c.setting().key()), problem));
            }
            if (problems.isEmpty()) {
                problems.add(new SettingProblem("", "", problem));
            }
            return new SettingsUpdate.Rejected(problems);
        }
        changes.sort(java.util.Comparator.comparingInt(c -> SettingCatalogue.all().indexOf(c.setting())));
        return new SettingsUpdate.Updated(next, changes);
    }

    @SuppressWarnings("unchecked")
    private static <T> String canonical(Setting<T> s, Object value) {
        return s.format((T) value);
    }

    /** Why these values do not make the mall's policies, or null when they do. */
    private String inconsistency() {
        try {
            leasingPolicy();
            geometryPolicy();
            creditPolicy();
            commissionDefaults();
            rfmPolicy();
            reversalPolicy();
            settlementPolicy();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** §2: how lease terms become a payment plan. */
    public SchedulePolicy schedulePolicy() {
        return new SchedulePolicy(get(LEASE_PERIOD_ALIGNMENT), get(LEASE_FIRST_DUE), get(LEASE_ADVANCE_DAYS),
                get(LEASE_REMINDER_DAYS), get(LEASE_PRORATION), get(LEASE_RENT_FREE_WAIVES_MANAGEMENT_FEE),
                get(LEASE_ESCALATION_ANCHOR), get(LEASE_ESCALATION_METHOD));
    }

    /** §3: receipts and late fees. */
    public ReceiptPolicy receiptPolicy() {
        return new ReceiptPolicy(get(RECEIPT_ALLOCATION_ORDER), get(RECEIPT_AUTO_APPLY_CREDIT),
                get(LATE_FEE_RATE_PCT_PER_DAY), get(LATE_FEE_GRACE_DAYS));
    }

    /** §3: earnest money. The 定金 cap (20 % of the contract value) is the law's, not a setting. */
    public EarnestMoneyPolicy earnestMoneyPolicy() {
        return new EarnestMoneyPolicy(get(DEPOSIT_HOLD_DAYS), EarnestMoneyPolicy.STATUTORY_EARNEST_CAP,
                get(DEPOSIT_ON_SIGNING));
    }

    /** §2–3: everything about leasing and money. */
    public LeasingPolicy leasingPolicy() {
        return new LeasingPolicy(schedulePolicy(), receiptPolicy(), earnestMoneyPolicy());
    }

    /** §1: splitting and merging stalls. */
    public GeometryPolicy geometryPolicy() {
        return new GeometryPolicy(get(GEOMETRY_MIN_CHILD_AREA_M2), get(GEOMETRY_MIN_SHARED_EDGE_MM),
                get(GEOMETRY_OVERLAP_TOLERANCE_MM2), get(GEOMETRY_MERGE_PRICE_RULE), get(GEOMETRY_REUSE_NUMBERS));
    }

    /**
     * §4: credit. Base, floor and ceiling (100, 0, 100) and the whitelist rule are the rules' own, not settings; the
     * overdue rule is the credit store's and is set by the caller.
     */
    public CreditPolicy creditPolicy() {
        return CreditPolicy.defaults()
                .withPeriod(get(CREDIT_PERIOD))
                .withGrades(new GradeThresholds(get(CREDIT_GRADE_A_MIN), get(CREDIT_GRADE_B_MIN),
                        get(CREDIT_GRADE_C_MIN)))
                .withBlacklistDuration(Period.ofMonths(get(CREDIT_BLACKLIST_MONTHS)).normalized());
    }

    /** §5: the mall's default commission policy (a channel's own rules override it). */
    public CommissionPolicy commissionDefaults() {
        return new CommissionPolicy(get(COMMISSION_RATE_PER_HEAD), get(COMMISSION_TIERS), get(COMMISSION_TIER_MODE),
                get(COMMISSION_MONTHLY_CAP), get(COMMISSION_MIN_HEADS), get(COMMISSION_CAP_AT_REPORTED),
                get(COMMISSION_CAP_TOLERANCE_PCT), get(COMMISSION_VARIANCE_FLAG_PCT),
                get(COMMISSION_SCAN_ORDER_TOLERANCE_MINUTES));
    }

    /** §6: the RFM window and thresholds (the fixed values count in FIXED mode only). */
    public RfmPolicy rfmPolicy() {
        RfmThresholds fixed = new RfmThresholds(get(BUYER_RFM_FIXED_RECENCY_DAYS), get(BUYER_RFM_FIXED_FREQUENCY),
                get(BUYER_RFM_FIXED_MONETARY));
        return get(BUYER_RFM_THRESHOLD_MODE) == RfmThresholdMode.FIXED
                ? RfmPolicy.fixed(get(BUYER_RFM_WINDOW_DAYS), fixed)
                : new RfmPolicy(get(BUYER_RFM_WINDOW_DAYS), RfmThresholdMode.LOWER_MEDIAN, Optional.empty());
    }

    /** §7: how long after a redemption it may be reversed. */
    public ReversalPolicy reversalPolicy() {
        return new ReversalPolicy(Duration.ofHours(get(COUPON_REVERSAL_HOURS)));
    }

    /** §7: how a closed subsidy statement is settled. */
    public SettlementPolicy settlementPolicy() {
        return new SettlementPolicy(get(SUBSIDY_SETTLEMENT));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MallSettings m && m.texts().equals(texts());
    }

    @Override
    public int hashCode() {
        return texts().hashCode();
    }

    @Override
    public String toString() {
        return texts().toString();
    }
}
