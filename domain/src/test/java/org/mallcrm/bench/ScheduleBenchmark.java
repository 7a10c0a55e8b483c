package org.mallcrm.bench;

import org.mallcrm.fixtures.lease.LeaseFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.lease.Billing;
import org.mallcrm.domain.lease.Escalation;
import org.mallcrm.domain.lease.EscalationAnchor;
import org.mallcrm.domain.lease.Lease;
import org.mallcrm.domain.lease.LeaseKind;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeaseTerms;
import org.mallcrm.domain.lease.Percent;
import org.mallcrm.domain.lease.ProrationBasis;
import org.mallcrm.domain.lease.SchedulePolicy;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;

/**
 * Generates the payment plans of 100,000 varied leases (1–5 years, every billing period, rent-free months, compound
 * and simple escalation, month-end starts, per-day prices, management fees, ratio plans) and reports leases/s.
 * Every plan is checked: its installments add up to its total. Run:
 *
 * <pre>./mvnw -q -pl domain test-compile exec:java -Dexec.mainClass=org.mallcrm.bench.ScheduleBenchmark \
 *     -Dexec.classpathScope=test [-Dexec.args="100000 2026"]</pre>
 *
 * or {@code bench/schedules.sh [N] [SEED]}.
 */
public final class ScheduleBenchmark {

    private ScheduleBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026;
        List<LeaseTerms> terms = terms(n, seed);
        SchedulePolicy policy = SchedulePolicy.DEFAULT;

        // warm up on a slice, then time the whole set
        run(terms.subList(0, Math.min(n, 20_000)), policy);
        long t0 = System.nanoTime();
        long[] result = run(terms, policy);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("schedules: %,d leases, %,d installments in %.2f s = %,.0f leases/s (%,.0f installments/s);"
                + " total billed %s%n", n, result[0], seconds, n / seconds, result[0] / seconds,
                Money.ofFen(result[1]));
    }

    /** Signs every lease; returns {installments, total fen}; throws when a plan does not add up. */
    static long[] run(List<LeaseTerms> terms, SchedulePolicy policy) {
        long installments = 0;
        long fen = 0;
        for (LeaseTerms t : terms) {
            Lease lease = LeaseFixtures.sign(t, policy);
            long sum = 0;
            for (var i : lease.plan().installments()) {
                sum += i.amount().fen();
            }
            if (sum != lease.total().fen()) {
                throw new IllegalStateException(t.leaseNo() + ": installments add up to " + Money.ofFen(sum));
            }
            installments += lease.plan().size();
            fen += sum;
        }
        return new long[] {installments, fen};
    }

    static List<LeaseTerms> terms(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<LeaseTerms> out = new ArrayList<>(n);
        Billing[] billings = Billing.values();
        ProrationBasis[] prorations = ProrationBasis.values();
        for (int k = 0; k < n; k++) {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(3 * 365));
            if (rnd.nextInt(10) == 0) {
                start = start.withDayOfMonth(start.lengthOfMonth());
            }
            int months = 12 * (1 + rnd.nextInt(5));
            LeaseTerms.Builder b = LeaseTerms.builder(SchedulePolicy.DEFAULT)
                    .leaseNo(LeaseNo.of(String.format("L-B-%06d", k)))
                    .merchantNo(MerchantNo.of(String.format("M-%05d", k % 20_000)))
                    .stallNos(List.of(StallNo.of(String.format("S-%05d", k % 30_000))))
                    .kind(LeaseKind.NEW)
                    .start(start).termMonths(months)
                    .leasableAreaM2(Area.ofHundredths(800 + rnd.nextInt(12_000)))
                    .billing(billings[rnd.nextInt(billings.length)])
                    .advanceDays(rnd.nextInt(4) * 10)
                    .proration(prorations[rnd.nextInt(prorations.length)]);
            if (rnd.nextInt(20) == 0) {
                b.rentPerM2Day(Money.ofFen(300 + rnd.nextInt(700)));
            } else {
                b.rentPerM2Month(Money.ofFen(8_000 + rnd.nextInt(30_000)));
            }
            if (rnd.nextInt(3) == 0) {
                b.addRentFree(start, start.plusMonths(1 + rnd.nextInt(3)).minusDays(1));
            }
            if (rnd.nextBoolean()) {
                Percent p = Percent.of(3 + rnd.nextInt(6));
                b.escalation(rnd.nextBoolean() ? Escalation.compound(p, 12, EscalationAnchor.START)
                        : Escalation.simple(p, 12, EscalationAnchor.START));
            }
            if (rnd.nextInt(3) == 0) {
                b.managementFeePerM2Month(Money.ofFen(1_000 + rnd.nextInt(2_000)));
            }
            if (rnd.nextInt(10) == 0) {
                b.ratios(List.of(Percent.of(30), Percent.of(30), Percent.of(40)));
            }
            out.add(b.build());
        }
        return out;
    }
}
