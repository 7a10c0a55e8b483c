package org.mallcrm.domain.stall;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.BoundaryLength;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.UnionResult;
import org.mallcrm.domain.money.Money;

/**
 * A stall merge (铺位合并单): vacant stalls on one floor, joined wall to wall, retired as {@code MERGED} and reborn
 * as one vacant stall numbered by the operator. Its outline is their union (one simple polygon), its leasable area
 * their sum, its base rent set by the {@link MergePriceRule}; floor, zone and business type come from the first
 * stall listed.
 *
 * @param parents   the stalls merged, in the order given
 * @param merged    the new stall's number
 * @param priceRule how its base rent was set
 * @param baseRent  its base rent, yuan per m² per month
 * @param request   who asked, who approved, when, and the effective date
 */
public record StallMerge(List<StallNo> parents, StallNo merged, MergePriceRule priceRule, Money baseRent,
        StallRequest request) implements StallDocument {

    public StallMerge {
        parents = List.copyOf(parents);
        Objects.requireNonNull(merged, "merged");
        Objects.requireNonNull(priceRule, "priceRule");
        Objects.requireNonNull(baseRent, "baseRent");
        Objects.requireNonNull(request, "request");
        if (parents.size() < 2) {
            throw new IllegalArgumentException("a merge has at least two parents");
        }
    }

    @Override
    public Kind kind() {
        return Kind.MERGE;
    }

    @Override
    public List<StallNo> from() {
        return parents;
    }

    @Override
    public List<StallNo> to() {
        return List.of(merged);
    }

    @Override
    public String documentNo() {
        return request.documentNo();
    }

    public String requestedBy() {
        return request.requestedBy();
    }

    public Instant requestedAt() {
        return request.requestedAt();
    }

    public String approvedBy() {
        return request.approvedBy();
    }

    public Instant approvedAt() {
        return request.approvedAt();
    }

    @Override
    public LocalDate effectiveOn() {
        return request.effectiveOn();
    }

    /**
     * Merges {@code parents} into one stall numbered {@code newNo}. A {@code manualBaseRent}, when given, sets
     * the base rent (recorded as {@link MergePriceRule#MANUAL}); otherwise the policy's rule does.
     */
    public static MergeOutcome of(List<Stall> parents, StallNo newNo, Optional<Money> manualBaseRent,
            StallRequest request, StallNumbers existing, GeometryPolicy policy) {
        Objects.requireNonNull(newNo, "newNo");
        List<StallNo> nos = parents.stream().map(Stall::no).toList();
        if (parents.size() < 2) {
            return refused(ReshapeRefusal.Reason.TOO_FEW_PARTS, nos, "a merge needs at least two stalls");
        }
        Set<StallNo> seen = new HashSet<>();
        for (StallNo no : nos) {
            if (!seen.add(no)) {
                return refused(ReshapeRefusal.Reason.DUPLICATE_NUMBER, List.of(no), no + " is listed twice");
            }
        }
        for (Stall s : parents) {
            Optional<ReshapeRefusal> r = Numbering.refuseParent(s);
            if (r.isPresent()) {
                return new MergeOutcome.Refused(r.get());
            }
        }
        String floor = parents.get(0).floor();
        for (Stall s : parents) {
            if (!s.floor().equals(floor)) {
                return refused(ReshapeRefusal.Reason.DIFFERENT_FLOORS, List.of(parents.get(0).no(), s.no()),
                        parents.get(0).no() + " is on floor " + floor + ", " + s.no() + " on floor " + s.floor());
            }
        }
        int n = parents.size();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (parents.get(i).outline().overlaps(parents.get(j).outline())) {
                    return refused(ReshapeRefusal.Reason.OVERLAP, List.of(nos.get(i), nos.get(j)),
                            nos.get(i) + " and " + nos.get(j) + " overlap");
                }
            }
        }
        Optional<MergeOutcome> apart = refuseUnlessConnected(parents, policy);
        if (apart.isPresent()) {
            return apart.get();
        }
        UnionResult union = Polygon.union(parents.stream().map(Stall::outline).toList());
        if (union instanceof UnionResult.NotOne(UnionResult.Reason why, String detail)) {
            return refused(ReshapeRefusal.Reason.NOT_ONE_POLYGON, nos,
                    "the merged outline would not be one simple polygon: " + detail + " (" + why + ")");
        }
        Polygon outline = ((UnionResult.One) union).polygon();
        Optional<ReshapeRefusal> taken = Numbering.refuse(newNo, nos, existing, policy);
        if (taken.isPresent()) {
            return new MergeOutcome.Refused(taken.get());
        }
        MergePriceRule rule = manualBaseRent.isPresent() ? MergePriceRule.MANUAL : policy.mergePriceRule();
        Money rent;
        switch (rule) {
            case MANUAL -> {
                if (manualBaseRent.isEmpty()) {
                    return refused(ReshapeRefusal.Reason.PRICE_REQUIRED, nos,
                            "the merge price rule is MANUAL: give the new stall's base rent");
                }
                rent = manualBaseRent.get();
                if (rent.isNegative()) {
                    throw new IllegalArgumentException("a base rent cannot be negative: " + rent);
                }
            }
            case MAX -> rent = parents.stream().map(Stall::baseRent).max(Money::compareTo).orElseThrow();
            case MIN -> rent = parents.stream().map(Stall::baseRent).min(Money::compareTo).orElseThrow();
            case WEIGHTED_AVERAGE -> rent = weightedAverage(parents);
            default -> throw new IllegalStateException(rule.toString());
        }
        Area leasable = Area.ZERO;
        for (Stall s : parents) {
            leasable = leasable.plus(s.leasableArea());
        }
        Stall first = parents.get(0);
        Stall merged = new Stall(newNo, floor, first.zone(), first.businessType(), outline, leasable, rent,
                StallStatus.VACANT, nos, List.of());
        List<Stall> retired = parents.stream().map(s -> s.retiredInto(StallStatus.MERGED, List.of(newNo))).toList();
        return new MergeOutcome.Merged(new StallMerge(nos, newNo, rule, rent, request), retired, merged);
    }

    /** Σ(leasable × base rent) / Σ leasable, rounded HALF_UP to the fen. */
    static Money weightedAverage(List<Stall> stalls) {
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ZERO;
        for (Stall s : stalls) {
            BigInteger w = BigInteger.valueOf(s.leasableArea().hundredths());
            num = num.add(w.multiply(BigInteger.valueOf(s.baseRent().fen())));
            den = den.add(w);
        }
        BigInteger[] qr = num.divideAndRemainder(den);
        long fen = qr[0].longValueExact();
        if (qr[1].shiftLeft(1).compareTo(den) >= 0) {
            fen++;
        }
        return Money.ofFen(fen);
    }

    /**
     * Stalls are adjacent when their shared wall is at least {@code minSharedEdgeMm}; the group must be connected.
     * When it is not, the refusal says whether the parts that fail to connect touch only at corners.
     */
    private static Optional<MergeOutcome> refuseUnlessConnected(List<Stall> parents, GeometryPolicy policy) {
        int n = parents.size();
        BoundaryLength[][] shared = new BoundaryLength[n][n];
        boolean[][] adjacent = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                BoundaryLength len = parents.get(i).outline().sharedBoundary(parents.get(j).outline());
                shared[i][j] = len;
                shared[j][i] = len;
                boolean adj = !len.isZero() && len.isAtLeast(policy.minSharedEdgeMm());
                adjacent[i][j] = adj;
                adjacent[j][i] = adj;
            }
        }
        boolean[] reached = new boolean[n];
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(0);
        reached[0] = true;
        while (!todo.isEmpty()) {
            int i = todo.pop();
            for (int j = 0; j < n; j++) {
                if (adjacent[i][j] && !reached[j]) {
                    reached[j] = true;
                    todo.push(j);
                }
            }
        }
        List<StallNo> in = new ArrayList<>();
        List<StallNo> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (reached[i] ? in : out).add(parents.get(i).no());
        }
        if (out.isEmpty()) {
            return Optional.empty();
        }
        // How do the two sides meet, if at all? A short wall beats a corner touch as an explanation.
        BoundaryLength longest = null;
        int[] shortPair = null;
        int[] cornerPair = null;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!reached[i] || reached[j]) {
                    continue;
                }
                if (!shared[i][j].isZero()) {
                    if (longest == null) {
                        longest = shared[i][j];
                        shortPair = new int[] {i, j};
                    }
                } else if (cornerPair == null
                        && parents.get(i).outline().touches(parents.get(j).outline())) {
                    cornerPair = new int[] {i, j};
                }
            }
        }
        if (shortPair != null) {
            StallNo a = parents.get(shortPair[0]).no();
            StallNo b = parents.get(shortPair[1]).no();
            return Optional.of(refused(ReshapeRefusal.Reason.NOT_ADJACENT, List.of(a, b), a + " and " + b
                    + " share a wall of " + longest + ", shorter than " + policy.minSharedEdgeMm() + " mm"));
        }
        if (cornerPair != null) {
            StallNo a = parents.get(cornerPair[0]).no();
            StallNo b = parents.get(cornerPair[1]).no();
            return Optional.of(refused(ReshapeRefusal.Reason.CORNER_ONLY, List.of(a, b),
                    a + " and " + b + " touch only at a corner"));
        }
        return Optional.of(refused(ReshapeRefusal.Reason.NOT_ADJACENT, out,
                String.join(", ", out.stream().map(StallNo::value).toList()) + " do not touch "
                        + String.join(", ", in.stream().map(StallNo::value).toList())));
    }

    private static MergeOutcome refused(ReshapeRefusal.Reason reason, List<StallNo> stalls, String detail) {
        return new MergeOutcome.Refused(ReshapeRefusal.of(reason, stalls, detail));
    }
}
