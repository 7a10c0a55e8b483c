package org.mallcrm.adapters.http.mall;

import org.mallcrm.domain.mall.Mall;
import org.mallcrm.domain.time.MallTime;

/** A mall of the group: {@code code, name, created_at}. */
public record MallJson(String code, String name, String createdAt) {

    public static MallJson of(Mall m) {
        return new MallJson(m.code(), m.name(),
                m.createdAt().atZone(MallTime.ZONE).toOffsetDateTime().toString());
    }
}
