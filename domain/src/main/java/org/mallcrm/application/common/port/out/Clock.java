package org.mallcrm.application.common.port.out;

import java.time.Instant;
import java.time.LocalDate;
import org.mallcrm.domain.time.MallTime;

/** Where the core gets the time: it never reads the wall clock itself. Local days are Beijing's ({@link MallTime}). */
public interface Clock {

    Instant now();

    default LocalDate today() {
        return MallTime.dayOf(now());
    }
}
