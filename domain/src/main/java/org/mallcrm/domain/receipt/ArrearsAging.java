package org.mallcrm.domain.receipt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.mallcrm.domain.money.Money;

/**
 * Arrears by age (欠费账龄): the unpaid principal of overdue installments in four buckets by days overdue — 1 to 30
 * (shown as 0–30), 31 to 60, 61 to 90, more than 90 — with how many installments and the unpaid late fees. An
 * installment not yet past its due day is not in arrears.
 */
public record ArrearsAging(List<Bucket> buckets) {

    /** The four ages. */
    public enum Age {
        UP_TO_30(1, 30), UP_TO_60(31, 60), UP_TO_90(61, 90), OVER_90(91, Long.MAX_VALUE);

        private final long from;
        private final long to;

        Age(long from, long to) {
            this.from = from;
            this.to = to;
        }

        public long from() {
            return from;
        }

        /** The last day of the bucket; {@link Long#MAX_VALUE} for the last. */
        public long to() {
            return to;
        }

        /** The bucket of an installment so many days overdue; null when it is not overdue. */
        public static Age of(long daysOverdue) {
            for (Age a : values()) {
                if (daysOverdue >= a.from && daysOverdue <= a.to) {
                    return a;
                }
            }
            return null;
        }

        /** A stable code for links: {@code 0-30}, {@code 31-60}, {@code 61-90}, {@code 90+}. */
        public String code() {
            return switch (this) {
                case UP_TO_30 -> "0-30";
                case UP_TO_60 -> "31-60";
                case UP_TO_90 -> "61-90";
                case OVER_90 -> "90+";
            };
        }

        public static Age parse(String code) {
            for (Age a : values()) {
                if (a.code().equals(code)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("an age is 0-30, 31-60, 61-90 or 90+, not '" + code + "'");
        }
    }

    /** One age's arrears. */
    public record Bucket(Age age, int installments, Money outstanding, Money lateFees) {
    }

    public ArrearsAging {
        buckets = List.copyOf(buckets);
    }

    /** The aging of these installments (as of the day they were viewed on). */
    public static ArrearsAging of(Collection<InstallmentView> installments) {
        int[] n = new int[Age.values().length];
        long[] owed = new long[n.length];
        long[] fees = new long[n.length];
        for (InstallmentView v : installments) {
            if (!v.outstanding().isPositive()) {
                continue;
            }
            Age a = Age.of(v.daysOverdue());
            if (a == null) {
                continue;
            }
            n[a.ordinal()]++;
            owed[a.ordinal()] = Math.addExact(owed[a.ordinal()], v.outstanding().fen());
            fees[a.ordinal()] = Math.addExact(fees[a.ordinal()], v.lateFee().fen());
        }
        List<Bucket> buckets = new ArrayList<>();
        for (Age a : Age.values()) {
            buckets.add(new Bucket(a, n[a.ordinal()], Money.ofFen(owed[a.ordinal()]), Money.ofFen(fees[a.ordinal()])));
        }
        return new ArrearsAging(buckets);
    }

    public Money totalOutstanding() {
        return Money.sum(buckets.stream().map(Bucket::outstanding).toList());
    }

    public int totalInstallments() {
        return buckets.stream().mapToInt(Bucket::installments).sum();
    }
}
