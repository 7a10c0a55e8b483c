package org.mallcrm.domain.merchant;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One stay of a merchant in a stage: entered on one day, left on another (or still there). Dwell time (停留时长)
 * is counted in whole days: {@code left_on − entered_on}; for the current stage, {@code as_of − entered_on}.
 * A merchant who enters and leaves a stage the same day dwelt 0 days in it.
 *
 * @param leftOn {@code null} while the merchant is still in the stage
 */
public record StageHistoryEntry(Stage stage, LocalDate enteredOn, LocalDate leftOn) {

    public StageHistoryEntry {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(enteredOn, "enteredOn");
        if (leftOn != null && leftOn.isBefore(enteredOn)) {
            throw new IllegalArgumentException(
                    stage + " left on " + leftOn + " before it was entered on " + enteredOn);
        }
    }

    public static StageHistoryEntry current(Stage stage, LocalDate enteredOn) {
        return new StageHistoryEntry(stage, enteredOn, null);
    }

    public boolean isCurrent() {
        return leftOn == null;
    }

    public Optional<LocalDate> left() {
        return Optional.ofNullable(leftOn);
    }

    /**
     * Days spent in the stage: to the day it was left, or, for the current stage, to {@code asOf}.
     *
     * @throws IllegalArgumentException when the stage is current and {@code asOf} is before it was entered
     */
    public long dwellDays(LocalDate asOf) {
        LocalDate end = leftOn != null ? leftOn : Objects.requireNonNull(asOf, "asOf");
        if (end.isBefore(enteredOn)) {
            throw new IllegalArgumentException("as of " + end + " is before " + stage + " was entered on " + enteredOn);
        }
        return ChronoUnit.DAYS.between(enteredOn, end);
    }

    /** Dwell of a stage already left. */
    public Optional<Long> dwellDays() {
        return leftOn == null ? Optional.empty() : Optional.of(ChronoUnit.DAYS.between(enteredOn, leftOn));
    }

    StageHistoryEntry leave(LocalDate on) {
        return new StageHistoryEntry(stage, enteredOn, on);
    }
}
