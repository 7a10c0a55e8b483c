package org.mallcrm.archfixture.core.a;

import java.time.Instant;
import org.mallcrm.archfixture.core.b.NeedsA;

/** Breaks the rules on purpose: reads the wall clock and takes part in a cycle a → b → a. */
public final class ReadsTheClock {

    public Instant when() {
        return Instant.now();
    }

    public long millis() {
        return System.currentTimeMillis();
    }

    public NeedsA partner() {
        return new NeedsA();
    }
}
