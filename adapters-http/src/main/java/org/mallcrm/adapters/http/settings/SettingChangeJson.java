package org.mallcrm.adapters.http.settings;

import org.mallcrm.application.settings.port.in.SettingsUseCases.SettingChange;
import org.mallcrm.domain.time.MallTime;

/** One audited change of a setting: {@code key, old_value, new_value, changed_by, changed_at} (Beijing time). */
public record SettingChangeJson(String key, String oldValue, String newValue, String changedBy, String changedAt) {


    public static SettingChangeJson of(SettingChange c) {
        return new SettingChangeJson(c.key(), c.oldValue(), c.newValue(), c.by(),
                c.at().atZone(MallTime.ZONE).toOffsetDateTime().toString());
    }
}
