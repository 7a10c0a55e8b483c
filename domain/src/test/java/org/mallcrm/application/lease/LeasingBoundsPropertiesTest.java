package org.mallcrm.application.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.lease.port.out.Leases.LeaseRecord;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.money.Money;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.StallFixtures;

/**
 * No value that can be typed into a lease spec or a receipt makes the arithmetic overflow: at, beyond and far beyond
 * every documented limit, signing answers done, bad input or refused, and a signed lease's plan, late fees and
 * receipts stay exact whatever the day asked about.
 */
class LeasingBoundsPropertiesTest {

    /** Half the specs within every limit (up to the boundaries), half anywhere (beyond them too). */
    @Provide
    Arbitrary<LeaseSpec> specs() {
        return Arbitraries.oneOf(specs(true), specs(false));
    }

    private static Arbitrary<LeaseSpec> specs(boolean withinLimits) {
        Arbitrary<String> money = withinLimits ? Arbitraries.of("0.01", "180.00", "99999.99", "100000.00")
                : Arbitraries.of("100000.01", "1000000000.00", "92233720368547758.07", "-1.00");
        Arbitrary<String> deposit = withinLimits ? Arbitraries.of("0.00", "16380.00", "1000000000.00")
                : Arbitraries.of("1000000000.01", "92233720368547758.07");
        Arbitrary<String> area = withinLimits ? Arbitraries.of(null, "0.01", "45.50", "100000.00")
                : Arbitraries.of("100000.01", "92233720368547758.07");
        Arbitrary<String> start = withinLimits ? Arbitraries.of("1900-01-01", "2026-01-15", "2026-01-31", "2179-02-28")
                : Arbitraries.of("1899-12-31", "2200-01-01", "+999999999-12-31");
        Arbitrary<Integer> years = withinLimits ? Arbitraries.of(0, 1, 19, 20) : Arbitraries.of(21, 8000);
        Arbitrary<LeaseSpec.EscalationSpec> escalation = Combinators.combine(
                withinLimits ? Arbitraries.of("0", "5", "20", "100") : Arbitraries.of("100.0001", "1000000"),
                withinLimits ? Arbitraries.of(1, 3, 12, 240) : Arbitraries.of(241, 1_000_000),
                Arbitraries.of(true, false)).as((p, every, compound) -> new LeaseSpec.EscalationSpec(p, every, null,
                        compound, null)).injectNull(0.3);
        Arbitrary<Integer> advance = withinLimits ? Arbitraries.of(0, 30, 365)
                : Arbitraries.of(366, 100_000, Integer.MAX_VALUE);
        Arbitrary<String> billing = Arbitraries.of("MONTHLY", "QUARTERLY", "ANNUAL");
        // beyond the limits, one field at a time is enough to be refused; mix them all for variety
        return Combinators.combine(money, area, start, years, escalation, advance, billing, deposit)
                .as((rent, a, s, y, e, adv, b, dep) -> new LeaseSpec("L-1", "M-0001", List.of("A101"), "NEW", s,
                        end(s, y), a, rent, null, b, adv, null, e, null, rent, dep, null, null, null, null));
    }

    private static String end(String start, int years) {
        try {
            LocalDate s = LocalDate.parse(start);
            return s.plusYears(years).plusMonths(years == 0 ? 6 : 0).minusDays(1).toString();
        } catch (RuntimeException e) {
            return "+999999999-12-31";
        }
    }

    @Property(tries = 200)
    void signing_any_spec_is_done_or_bad_input_and_a_signed_lease_stays_exact(@ForAll("specs") LeaseSpec spec,
            @ForAll("receipts") List<String> amounts) {
        LeasingWorld world = new LeasingWorld("2026-01-10T02:00:00Z");
        world.stalls.insert(List.of(StallFixtures.a101()));
        world.merchant("M-0001", Stage.NEGOTIATING, "1989-01-02");

        Outcome<LeaseRecord> signed = world.leaseService().create(spec);

        assertThat(signed).isInstanceOfAny(Outcome.Done.class, Outcome.Invalid.class, Outcome.Refused.class);
        if (!(signed instanceof Outcome.Done<LeaseRecord> d)) {
            return;
        }
        LeaseRecord r = d.value();
        LocalDate start = r.account().lease().terms().start();
        LocalDate day = start;
        int n = 0;
        for (String a : amounts) {
            day = day.plusDays(97);
            Outcome<?> o = world.receipts().record(new ReceiptUseCases.RecordReceipt(LeaseNo.of("L-1"),
                    Money.parse(a), day, null, "R-" + (++n)));
            assertThat(o).isInstanceOfAny(Outcome.Done.class, Outcome.Invalid.class, Outcome.Refused.class);
        }
        for (LocalDate asOf : List.of(start, r.account().lease().terms().end(), LocalDate.of(2199, 12, 31))) {
            assertThat(world.leaseQueries().schedule(LeaseNo.of("L-1"), asOf)).isPresent();
            assertThat(world.leaseQueries().reminders(asOf, 3660)).isNotNull();
        }
    }

    @Provide
    Arbitrary<List<String>> receipts() {
        return Arbitraries.of("0.01", "8190.00", "999999999.99", "1000000000.00").list().ofMaxSize(6);
    }
}
