package org.mallcrm.application.common.service;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.mallcrm.application.common.port.out.ChangeCounters;

/**
 * A result kept for as long as it holds: computed for a day, with the change counter of the records it was computed
 * from read first; given again while the day and the counter are the same. A negative counter keeps nothing.
 */
public final class Remembered<T> {

    private record Kept<T>(LocalDate day, Object key, long count, T value) {
    }

    private final ChangeCounters counters;
    private final ChangeCounters.Kind kind;
    private final AtomicReference<Kept<T>> kept = new AtomicReference<>();

    public Remembered(ChangeCounters counters, ChangeCounters.Kind kind) {
        this.counters = counters;
        this.kind = kind;
    }

    public T get(LocalDate day, Supplier<T> compute) {
        return get(day, null, compute);
    }

    /**
     * The result for a day computed under {@code key} as well (e.g. the mall's settings it was computed with): a
     * kept result is given again only while the day, the key and the counter are the same.
     */
    public T get(LocalDate day, Object key, Supplier<T> compute) {
        long count = counters.current(kind);
        Kept<T> k = kept.get();
        if (count >= 0 && k != null && k.count() == count && k.day().equals(day)
                && java.util.Objects.equals(k.key(), key)) {
            return k.value();
        }
        T value = compute.get();
        if (count >= 0) {
            kept.set(new Kept<>(day, key, count, value));
        }
        return value;
    }
}
