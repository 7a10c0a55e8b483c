package org.mallcrm.domain.settings;

/** Why a value was refused for a key: the key, the value as given, and the reason. */
public record SettingProblem(String key, String value, String reason) {
}
