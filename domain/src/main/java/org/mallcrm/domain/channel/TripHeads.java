package org.mallcrm.domain.channel;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What reconciliation counted for one trip: its valid heads and, per {@link ExclusionReason}, how many buyers were
 * excluded (for {@code DUPLICATE}: how many repeated scans). Reasons with no count are absent from the map.
 */
public record TripHeads(Trip trip, int validHeads, Map<ExclusionReason, Integer> excluded) {

    public TripHeads {
        if (trip == null) {
            throw new IllegalArgumentException("trip heads need their trip");
        }
        if (validHeads < 0) {
            throw new IllegalArgumentException("valid heads cannot be negative: " + validHeads);
        }
        EnumMap<ExclusionReason, Integer> copy = new EnumMap<>(ExclusionReason.class);
        if (excluded != null) {
            excluded.forEach((reason, count) -> {
                if (reason == ExclusionReason.UNKNOWN_CODE) {
                    throw new IllegalArgumentException("unknown codes belong to no trip");
                }
                if (count < 0) {
                    throw new IllegalArgumentException("an excluded count cannot be negative: " + reason + " " + count);
                }
                if (count > 0) {
                    copy.put(reason, count);
                }
            });
        }
        excluded = Collections.unmodifiableMap(copy);
    }

    /** A trip known only by its valid heads (nothing excluded), e.g. to compute commission. */
    public static TripHeads of(Trip trip, int validHeads) {
        return new TripHeads(trip, validHeads, Map.of());
    }

    public int excluded(ExclusionReason reason) {
        return excluded.getOrDefault(reason, 0);
    }
}
