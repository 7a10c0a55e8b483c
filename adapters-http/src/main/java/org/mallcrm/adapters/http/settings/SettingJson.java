package org.mallcrm.adapters.http.settings;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.mallcrm.application.settings.port.in.SettingsUseCases.SettingView;

/**
 * One per-mall setting as {@code settings show} and {@code GET /api/v1/settings} give it: {@code key}, {@code value},
 * {@code default}, {@code type} (what values it takes), {@code description} (Chinese) and {@code description_en}.
 */
public record SettingJson(String key, String value, @JsonProperty("default") String defaultValue, String type,
        String description, String descriptionEn) {

    public static SettingJson of(SettingView v) {
        return new SettingJson(v.key(), v.value(), v.defaultValue(), v.type(), v.descriptionZh(), v.descriptionEn());
    }
}
