package org.mallcrm.adapters.http.mall;

import java.time.ZoneId;
import org.mallcrm.domain.mall.Mall;

/** A mall of the group: {@code code, name, created_at}. */
public record MallJson(String code, String name, String createdAt) {

    public static MallJson of(Mall m) {
        return new MallJson(m.code(), m.name(),
                m.createdAt().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString());
    }
}
