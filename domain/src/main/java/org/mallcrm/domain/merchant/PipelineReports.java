package org.mallcrm.domain.merchant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The merchant pipeline's reports (招商漏斗, 转化率, 停留时长): pure functions over merchants, no rounding except
 * where named.
 */
public final class PipelineReports {

    private PipelineReports() {
    }

    /** One stage of the funnel: merchants in it now, and merchants whose history ever entered it. */
    public record FunnelRow(Stage stage, long current, long reached) {
    }

    /**
     * Conversion of one lead source.
     *
     * @param leadSource       empty for merchants with no lead source recorded
     * @param merchants        merchants from this source
     * @param signed           of those, merchants that ever reached SIGNED (or a later stage)
     * @param measured         signed merchants whose days to sign are known (see {@link #conversionByLeadSource})
     * @param medianDaysToSign median days from first contact to signing over the measured merchants, exact, as a
     *                         decimal with one place: days are whole, so the median is a whole day or, for an even
     *                         count, the mean of the two middle values, which ends in .0 or .5 — one decimal
     *                         holds it exactly. Empty when nothing is measured.
     */
    public record LeadSourceConversion(Optional<LeadSource> leadSource, long merchants, long signed, long measured,
            Optional<BigDecimal> medianDaysToSign) {

        public LeadSourceConversion {
            Objects.requireNonNull(leadSource, "leadSource");
            Objects.requireNonNull(medianDaysToSign, "medianDaysToSign");
            if (merchants <= 0 || signed < 0 || signed > merchants || measured < 0 || measured > signed) {
                throw new IllegalArgumentException("inconsistent counts " + merchants + "/" + signed + "/" + measured);
            }
        }

        /** signed ÷ merchants as a percentage, rounded HALF_UP to one decimal ("33.3"); exact inputs are the two counts. */
        public BigDecimal conversionPercent() {
            return BigDecimal.valueOf(signed).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(merchants), 1, RoundingMode.HALF_UP);
        }
    }

    /** How long a merchant has sat in its current stage. */
    public record CurrentDwell(MerchantNo merchant, String name, Stage stage, LocalDate enteredOn, long dwellDays) {
    }

    /** Funnel by stage, every stage listed in pipeline order. */
    public static List<FunnelRow> funnel(Collection<Merchant> merchants) {
        List<FunnelRow> rows = new ArrayList<>();
        for (Stage s : Stage.values()) {
            long current = merchants.stream().filter(m -> m.stage() == s).count();
            long reached = merchants.stream().filter(m -> m.firstEntered(s).isPresent()).count();
            rows.add(new FunnelRow(s, current, reached));
        }
        return rows;
    }

    /**
     * Conversion rate and median days to sign per lead source, ordered by lead source name (merchants without
     * a source last). A merchant converted when it ever reached SIGNED or a later stage. Its days to sign run
     * from the first day of its history to the first day it entered SIGNED; a merchant whose history starts at
     * SIGNED or later (taken over by import) converted but is not measured.
     */
    public static List<LeadSourceConversion> conversionByLeadSource(Collection<Merchant> merchants) {
        Map<Optional<LeadSource>, List<Merchant>> bySource = new TreeMap<>(
                Comparator.comparing((Optional<LeadSource> o) -> o.isEmpty()).thenComparing(o -> o.orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder())));
        for (Merchant m : merchants) {
            bySource.computeIfAbsent(m.leadSource(), k -> new ArrayList<>()).add(m);
        }
        List<LeadSourceConversion> rows = new ArrayList<>();
        bySource.forEach((source, group) -> {
            long signed = group.stream().filter(Merchant::everSigned).count();
            List<Long> days = group.stream().map(PipelineReports::daysToSign).flatMap(Optional::stream).toList();
            rows.add(new LeadSourceConversion(source, group.size(), signed, days.size(), median(days)));
        });
        return rows;
    }

    /** Days from first contact to first signing, when the history shows both. */
    public static Optional<Long> daysToSign(Merchant m) {
        LocalDate first = m.stageHistory().get(0).enteredOn();
        if (m.stageHistory().get(0).stage().hasSigned()) {
            return Optional.empty();
        }
        return m.firstEntered(Stage.SIGNED).map(signed -> ChronoUnit.DAYS.between(first, signed));
    }

    /** The exact median of whole days, one decimal; empty for no values. */
    public static Optional<BigDecimal> median(Collection<Long> days) {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        long[] sorted = days.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = sorted.length;
        BigDecimal median = n % 2 == 1
                ? BigDecimal.valueOf(sorted[n / 2])
                : BigDecimal.valueOf(sorted[n / 2 - 1]).add(BigDecimal.valueOf(sorted[n / 2]))
                        .divide(BigDecimal.valueOf(2)); // exact: a whole number or .5
        return Optional.of(median.setScale(1, RoundingMode.UNNECESSARY));
    }

    /** Current dwell of every merchant as of {@code asOf}, longest-stuck first (ties by merchant number). */
    public static List<CurrentDwell> currentDwell(Collection<Merchant> merchants, LocalDate asOf) {
        return currentDwell(merchants, asOf, EnumSet.allOf(Stage.class));
    }

    /** As {@link #currentDwell(Collection, LocalDate)}, only merchants now in one of {@code stages}. */
    public static List<CurrentDwell> currentDwell(Collection<Merchant> merchants, LocalDate asOf, Set<Stage> stages) {
        Objects.requireNonNull(asOf, "asOf");
        return merchants.stream()
                .filter(m -> stages.contains(m.stage()))
                .map(m -> new CurrentDwell(m.no(), m.name(), m.stage(), m.currentStage().enteredOn(),
                        m.currentDwellDays(asOf)))
                .sorted(Comparator.comparingLong(CurrentDwell::dwellDays).reversed()
                        .thenComparing(CurrentDwell::merchant))
                .toList();
    }
}
