package org.mallcrm.domain.settings;

/** One key whose value an update changes, old → new (canonical texts). */
public record SettingValueChange(Setting<?> setting, String oldValue, String newValue) {
}
