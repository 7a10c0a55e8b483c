package org.mallcrm.domain.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.fixtures.channel.ChannelFixtures;
import org.mallcrm.fixtures.channel.RandomMonth;

/**
 * The streaming reconciler agrees with a naive, obviously correct reading of domain-rules.md §5 (below, written
 * with whole lists and maps) on random small months full of noise.
 */
class ReconcilerAgreesWithReferenceTest {

    /** What a reconciliation decides, in a form both implementations can produce. */
    record Outcome(Map<TripNo, Integer> valid, Map<TripNo, Map<ExclusionReason, Integer>> excluded, long unknown,
            Set<List<String>> heads) {
    }

    @Property(tries = 300)
    void the_streaming_reconciler_agrees_with_the_reference_on_small_months(@ForAll long seed) {
        agree(RandomMonth.of(RandomMonth.Spec.small(seed)), seed);
    }

    @Property(tries = 200)
    void the_streaming_reconciler_agrees_with_the_reference_on_crowded_days(@ForAll long seed) {
        agree(RandomMonth.of(new RandomMonth.Spec(seed, YearMonth.of(2024, 12), 1, 2, 6, 30, 600)), seed);
    }

    private static void agree(RandomMonth month, long seed) {
        List<Scan> scans = month.scans();
        assertThat(streaming(month.trips(), shuffledWithinBuyers(scans, seed), month.rules()))
                .isEqualTo(reference(month.trips(), scans, month.rules()));
    }

    @Test
    void the_random_months_hold_every_kind_of_noise() {
        RandomMonth month = RandomMonth.of(new RandomMonth.Spec(7, YearMonth.of(2025, 3), 5, 3, 40, 600, 60));
        Outcome o = reference(month.trips(), month.scans(), month.rules());
        Map<ExclusionReason, Integer> sum = new EnumMap<>(ExclusionReason.class);
        o.excluded().values().forEach(m -> m.forEach((r, c) -> sum.merge(r, c, Integer::sum)));

        assertThat(o.unknown()).isPositive();
        assertThat(o.heads()).hasSizeGreaterThan(300);
        assertThat(sum.keySet()).containsExactlyInAnyOrder(ExclusionReason.NO_CHECKIN,
                ExclusionReason.OUTSIDE_WINDOW, ExclusionReason.SCAN_ORDER, ExclusionReason.CLAIMED_BY_OTHER_TRIP,
                ExclusionReason.DUPLICATE);
    }

    @Test
    void the_same_seed_gives_the_same_month() {
        RandomMonth.Spec spec = RandomMonth.Spec.small(42);

        assertThat(RandomMonth.of(spec).scans()).isEqualTo(RandomMonth.of(spec).scans());
        assertThat(RandomMonth.of(spec).trips()).isEqualTo(RandomMonth.of(spec).trips());
        assertThat(RandomMonth.of(RandomMonth.Spec.small(43)).scans()).isNotEqualTo(RandomMonth.of(spec).scans());
    }

    @Test
    void the_benchmark_month_streams_about_a_million_scans_over_20000_trips_in_buyer_order() {
        RandomMonth month = RandomMonth.of(RandomMonth.Spec.benchmark(1));
        Reconciler r = new Reconciler(month.trips(), month.rules(), ValidHeadSink.NONE);
        long[] rows = new long[1];
        month.forEachRow((id, kind, code, buyer, at) -> {
            rows[0]++;
            r.scan(buyer, kind, code, at, id);
        });
        HeadCounts counts = r.finish();

        assertThat(month.trips()).hasSize(20_000);
        assertThat(rows[0]).isBetween(950_000L, 1_050_000L);
        assertThat(counts.channelScans() + counts.checkinScans()).isEqualTo(rows[0]);
        assertThat(counts.trips().stream().mapToLong(TripHeads::validHeads).sum()).isGreaterThan(rows[0] / 4);
    }

    private static List<Scan> shuffledWithinBuyers(List<Scan> scans, long seed) {
        Map<BuyerId, List<Scan>> byBuyer = new TreeMap<>();
        for (Scan s : scans) {
            byBuyer.computeIfAbsent(s.buyer(), b -> new ArrayList<>()).add(s);
        }
        Random rng = new Random(seed);
        List<Scan> out = new ArrayList<>();
        for (List<Scan> list : byBuyer.values()) {
            Collections.shuffle(list, rng);
            out.addAll(list);
        }
        return out;
    }

    private static Outcome streaming(List<Trip> trips, List<Scan> scans, CommissionRules rules) {
        Set<List<String>> heads = new HashSet<>();
        Reconciler r = new Reconciler(trips, rules, h -> assertThat(heads.add(List.of(h.trip().tripNo().value(),
                h.buyer().value(), h.channelScan().value(), h.checkinScan().value()))).isTrue());
        scans.forEach(r::accept);
        HeadCounts counts = r.finish();
        Map<TripNo, Integer> valid = new HashMap<>();
        Map<TripNo, Map<ExclusionReason, Integer>> excluded = new HashMap<>();
        for (TripHeads t : counts.trips()) {
            valid.put(t.trip().tripNo(), t.validHeads());
            excluded.put(t.trip().tripNo(), t.excluded());
        }
        return new Outcome(valid, excluded, counts.unknownCodeEvents(), heads);
    }

    /** domain-rules.md §5 read literally, with no thought for memory or speed. */
    static Outcome reference(List<Trip> trips, List<Scan> scans, CommissionRules rules) {
        Comparator<Scan> earliest = Comparator.comparing(Scan::scannedAt).thenComparing(Scan::scanId);
        Map<ScanCode, Trip> byCode = trips.stream().collect(Collectors.toMap(Trip::channelCode, t -> t));
        Map<BuyerId, List<Scan>> checkins = scans.stream().filter(s -> s.kind() == ScanKind.CHECKIN)
                .collect(Collectors.groupingBy(Scan::buyer));
        Map<Trip, Map<BuyerId, List<Scan>>> channelScans = new LinkedHashMap<>();
        long unknown = 0;
        for (Scan s : scans) {
            if (s.kind() != ScanKind.CHANNEL) {
                continue;
            }
            Trip t = byCode.get(s.code());
            if (t == null) {
                unknown++;
            } else {
                channelScans.computeIfAbsent(t, x -> new HashMap<>()).computeIfAbsent(s.buyer(), b -> new ArrayList<>())
                        .add(s);
            }
        }
        Map<TripNo, Integer> valid = new HashMap<>();
        Map<TripNo, Map<ExclusionReason, Integer>> excluded = new HashMap<>();
        for (Trip t : trips) {
            valid.put(t.tripNo(), 0);
            excluded.put(t.tripNo(), new EnumMap<>(ExclusionReason.class));
        }
        record Candidate(Trip trip, BuyerId buyer, Scan channel, Scan checkin) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (var byTrip : channelScans.entrySet()) {
            Trip t = byTrip.getKey();
            Duration tolerance = Duration.ofMinutes(rules.policyFor(t.channel()).scanOrderToleranceMinutes());
            Map<ExclusionReason, Integer> ex = excluded.get(t.tripNo());
            for (var byBuyer : byTrip.getValue().entrySet()) {
                List<Scan> mine = new ArrayList<>(byBuyer.getValue());
                mine.sort(earliest);
                Scan c = mine.get(0);
                if (mine.size() > 1) {
                    ex.merge(ExclusionReason.DUPLICATE, mine.size() - 1, Integer::sum);
                }
                List<Scan> ks = checkins.getOrDefault(byBuyer.getKey(), List.of());
                List<Scan> inWindow = ks.stream().filter(k -> !k.scannedAt().isBefore(t.windowStart())
                        && !k.scannedAt().isAfter(t.windowEnd())).toList();
                List<Scan> usable = inWindow.stream()
                        .filter(k -> !c.scannedAt().isAfter(k.scannedAt().plus(tolerance))).sorted(earliest).toList();
                if (ks.isEmpty()) {
                    ex.merge(ExclusionReason.NO_CHECKIN, 1, Integer::sum);
                } else if (inWindow.isEmpty()) {
                    ex.merge(ExclusionReason.OUTSIDE_WINDOW, 1, Integer::sum);
                } else if (usable.isEmpty()) {
                    ex.merge(ExclusionReason.SCAN_ORDER, 1, Integer::sum);
                } else {
                    candidates.add(new Candidate(t, byBuyer.getKey(), c, usable.get(0)));
                }
            }
        }
        Map<List<Object>, List<Candidate>> byBuyerDay = candidates.stream().collect(Collectors.groupingBy(
                c -> List.of(c.buyer(), LocalDate.ofInstant(c.checkin().scannedAt(), ChannelFixtures.BEIJING))));
        Set<List<String>> heads = new HashSet<>();
        for (List<Candidate> day : byBuyerDay.values()) {
            Candidate winner = day.stream().min(Comparator.comparing((Candidate c) -> c.checkin().scannedAt())
                    .thenComparing(c -> c.channel().scannedAt()).thenComparing(c -> c.trip().tripNo())).orElseThrow();
            for (Candidate c : day) {
                if (c == winner) {
                    valid.merge(c.trip().tripNo(), 1, Integer::sum);
                    heads.add(List.of(c.trip().tripNo().value(), c.buyer().value(), c.channel().scanId().value(),
                            c.checkin().scanId().value()));
                } else {
                    excluded.get(c.trip().tripNo()).merge(ExclusionReason.CLAIMED_BY_OTHER_TRIP, 1, Integer::sum);
                }
            }
        }
        return new Outcome(valid, excluded, unknown, heads);
    }
}
