package org.mallcrm.application.common.port.out;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs work in one transaction: everything it writes lands, or nothing does.
 *
 * <p>A use case whose work can end in a refusal after it began writing says so with {@code rollBack}: when the
 * predicate holds for the work's result, everything the work wrote is undone and the result is still returned. No
 * exception is needed to undo a refusal. Work that throws is undone too, and the exception passes on.
 *
 * <p>A call inside another one joins it: the outer work's transaction is the one that commits. A joined call
 * whose result is rolled back undoes only what it wrote itself (back to where it began), so the outer work can go
 * on, and decide for itself.
 */
public interface UnitOfWork {

    /**
     * Runs {@code work} in a transaction that commits unless {@code rollBack} holds for its result.
     *
     * @return the work's result, whether it was committed or rolled back
     */
    <T> T inTransaction(Supplier<T> work, Predicate<? super T> rollBack);

    /** Runs {@code work} in a transaction that commits whatever it returns. */
    default <T> T inTransaction(Supplier<T> work) {
        return inTransaction(work, result -> false);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
