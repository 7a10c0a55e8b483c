package org.mallcrm.application.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.lease.port.in.LeaseSpec;
import org.mallcrm.application.lease.port.in.LeaseUseCases.SpecLine;
import org.mallcrm.application.lease.service.LeaseService;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.lease.LeaseEnding;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;
import org.mallcrm.fixtures.lease.LeasingWorld;
import org.mallcrm.fixtures.stall.StallFixtures;

/**
 * A leases import signs every line as {@code leases create} would, within one unit of work: it reads what the file
 * names once and stores the new leases together, and still sees, line by line, what the lines before it signed.
 */
class LeaseImportTest {

    LeasingWorld world;
    final AtomicInteger merchantReads = new AtomicInteger();
    final AtomicInteger stallReads = new AtomicInteger();

    @BeforeEach
    void setUp() {
        world = new LeasingWorld("2026-01-10T02:00:00Z");
        world.stalls.insert(List.of(StallFixtures.a101(), StallFixtures.a102(), StallFixtures.a103()));
        world.merchant("M-0001", Stage.NEGOTIATING, "2026-01-02").merchant("M-0002", Stage.QUALIFIED, "2026-01-02");
    }

    static LeaseSpec spec(String leaseNo, String merchant, String stall, String kind, String start, String end,
            String relocatedFrom) {
        return new LeaseSpec(leaseNo, merchant, List.of(stall), kind, start, end, null, "180.00", null, "QUARTERLY", 30,
                null, null, null, null, "0.00", null, null, null, null, relocatedFrom);
    }

    ImportOutcome importing(LeaseSpec... specs) {
        List<SpecLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            lines.add(new SpecLine(i + 1, specs[i], null));
        }
        return service().importLeases(lines, ImportOptions.DEFAULT);
    }

    /** The service over the world's stores, counting how often it reads merchants and stalls. */
    LeaseService service() {
        Merchants merchants = new Merchants() {
            public java.util.Optional<Merchant> find(MerchantNo no) {
                merchantReads.incrementAndGet();
                return world.merchants.find(no);
            }

            public Map<MerchantNo, Merchant> findAll(Collection<MerchantNo> nos) {
                merchantReads.incrementAndGet();
                return world.merchants.findAll(nos);
            }

            public List<Merchant> list(MerchantNo after, int limit) {
                return world.merchants.list(after, limit);
            }

            public void insert(Collection<Merchant> m) {
                world.merchants.insert(m);
            }

            public void update(Collection<Merchant> m) {
                world.merchants.update(m);
            }
        };
        Stalls stalls = new Stalls() {
            public java.util.Optional<Stall> find(StallNo no) {
                stallReads.incrementAndGet();
                return world.stalls.find(no);
            }

            public Map<StallNo, Stall> findAll(Collection<StallNo> nos) {
                stallReads.incrementAndGet();
                return world.stalls.findAll(nos);
            }

            public List<Stall> activeOnFloor(String floor) {
                return world.stalls.activeOnFloor(floor);
            }

            public List<Stall> list(org.mallcrm.application.stall.port.in.StallFilter f, StallNo after, int limit) {
                return world.stalls.list(f, after, limit);
            }

            public void insert(Collection<Stall> s) {
                world.stalls.insert(s);
            }

            public void update(Collection<Stall> s) {
                world.stalls.update(s);
            }

            public void renumber(StallNo from, Stall renumbered) {
                world.stalls.renumber(from, renumbered);
            }
        };
        return new LeaseService(world.leases, merchants, stalls, world.earnestMonies, world.placements,
                world.eligibility, world.settings, world.unitOfWork, world.clock);
    }

    @Test
    void a_file_of_new_leases_reads_its_merchants_and_stalls_once_and_stores_every_lease() {
        ImportOutcome o = importing(
                spec("L-1", "M-0001", "A101", "NEW", "2026-01-15", "2027-01-14", null),
                spec("L-2", "M-0002", "A102", "NEW", "2026-02-01", "2027-01-31", null),
                spec("L-3", "M-0001", "A103", "NEW", "2026-03-01", "2027-02-28", null));

        assertThat(o).isEqualTo(new ImportOutcome.Imported(3, 0, 0, false));
        assertThat(merchantReads).hasValue(1);
        assertThat(stallReads).hasValue(1);
        for (String no : List.of("L-1", "L-2", "L-3")) {
            assertThat(world.leases.find(LeaseNo.of(no))).as(no).isPresent();
        }
        assertThat(world.stalls.find(StallNo.of("A102")).orElseThrow().status()).isEqualTo(StallStatus.LEASED);
        assertThat(world.merchant("M-0002").orElseThrow().stage()).isEqualTo(Stage.SIGNED);

        assertThat(importing(spec("L-1", "M-0001", "A101", "NEW", "2026-01-15", "2027-01-14", null),
                spec("L-2", "M-0002", "A102", "NEW", "2026-02-01", "2027-01-31", null)))
                .isEqualTo(new ImportOutcome.Imported(0, 0, 2, false));
    }

    @Test
    void a_line_overlapping_a_lease_an_earlier_line_signed_is_refused_though_that_lease_is_not_stored_yet() {
        ImportOutcome o = importing(
                spec("L-1", "M-0001", "A101", "NEW", "2026-01-15", "2027-01-14", null),
                spec("L-2", "M-0002", "A101", "NEW", "2026-06-01", "2027-05-31", null));

        assertThat(o).isInstanceOf(ImportOutcome.Rejected.class);
        List<RowError> errors = ((ImportOutcome.Rejected) o).errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(2);
        assertThat(errors.get(0).reason()).contains("A101", "L-1", "never overlap");
        assertThat(world.leases.find(LeaseNo.of("L-1"))).isEmpty();
    }

    @Test
    void a_renewal_and_a_relocation_see_the_lease_an_earlier_line_of_the_same_file_signed() {
        ImportOutcome o = importing(
                spec("L-1", "M-0001", "A101", "NEW", "2026-01-15", "2027-01-14", null),
                spec("L-2", "M-0001", "A101", "RENEWAL", "2027-01-15", "2028-01-14", null),
                spec("L-3", "M-0002", "A102", "NEW", "2026-01-15", "2027-01-14", null),
                spec("L-4", "M-0002", "A103", "RELOCATION", "2026-06-01", "2027-01-14", "L-3"));

        assertThat(o).isEqualTo(new ImportOutcome.Imported(4, 0, 0, false));
        assertThat(world.leases.find(LeaseNo.of("L-2"))).isPresent();
        var moved = world.leases.find(LeaseNo.of("L-3")).orElseThrow();
        assertThat(moved.ending()).isEqualTo(LeaseEnding.relocation(java.time.LocalDate.parse("2026-05-31")));
        assertThat(world.stalls.find(StallNo.of("A102")).orElseThrow().status()).isEqualTo(StallStatus.VACANT);
        assertThat(world.stalls.find(StallNo.of("A103")).orElseThrow().status()).isEqualTo(StallStatus.LEASED);
    }
}
