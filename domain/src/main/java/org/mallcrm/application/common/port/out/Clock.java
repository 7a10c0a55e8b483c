package org.mallcrm.application.common.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where the core gets the time: it never reads the wall clock itself. */
public interface Clock {

    /** Malls run on Beijing time; timestamps are shown in it and local days are taken in it. */
    ZoneId MALL_ZONE = ZoneId.of("Asia/Shanghai");

    Instant now();

    default LocalDate today() {
        return LocalDate.ofInstant(now(), MALL_ZONE);
    }
}
