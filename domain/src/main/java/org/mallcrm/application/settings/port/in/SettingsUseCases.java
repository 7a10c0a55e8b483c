package org.mallcrm.application.settings.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.settings.SettingType;

/**
 * The mall's settings (参数设置): every key with its value, default and meaning; changes, checked and audited.
 * A change applies to what is made after it: leases signed earlier keep the rules they were signed with, closed
 * statements and recorded scores stay as they are.
 */
public interface SettingsUseCases {

    /**
     * One setting as shown: key, value, default, what values it takes (in English, and as a stable kind for a label
     * in another language), and what it means.
     */
    record SettingView(String key, String value, String defaultValue, String type, SettingType.Kind kind,
            String descriptionZh, String descriptionEn) {

        public boolean isDefault() {
            return value.equals(defaultValue);
        }
    }

    /** One audited change. */
    record SettingChange(String key, String oldValue, String newValue, String by, Instant at) {
    }

    /** Every setting in catalogue order. */
    List<SettingView> show();

    /**
     * Sets one key. Invalid (the key and the reason) when the key is unknown or the value is not one of its values;
     * done with the changes made (empty when the value was already that).
     */
    Outcome<List<SettingChange>> set(String key, String value, String by);

    /** Sets several keys at once: all or nothing, every problem reported with its key. */
    Outcome<List<SettingChange>> setAll(Map<String, String> values, String by);

    /** The audit trail, oldest first; one key's when given. */
    List<SettingChange> history(Optional<String> key);
}
