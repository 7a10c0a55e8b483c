package org.mallcrm.adapters.http.settings;

import java.time.ZoneId;
import org.mallcrm.application.settings.port.in.SettingsUseCases.SettingChange;

/** One audited change of a setting: {@code key, old_value, new_value, changed_by, changed_at} (Beijing time). */
public record SettingChangeJson(String key, String oldValue, String newValue, String changedBy, String changedAt) {

    private static final ZoneId MALL_ZONE = ZoneId.of("Asia/Shanghai");

    public static SettingChangeJson of(SettingChange c) {
        return new SettingChangeJson(c.key(), c.oldValue(), c.newValue(), c.by(),
                c.at().atZone(MALL_ZONE).toOffsetDateTime().toString());
    }
}
