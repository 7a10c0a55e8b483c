package org.mallcrm.application.common.port.out;

import java.util.function.Supplier;

/** Runs work in one transaction: everything it writes lands, or nothing does. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
