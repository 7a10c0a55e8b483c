package org.mallcrm.application.settings.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.settings.port.in.SettingsUseCases.SettingChange;
import org.mallcrm.domain.settings.MallSettings;
import org.mallcrm.domain.settings.SettingValueChange;

/**
 * One mall's stored settings and their audit trail (who, when, key, old → new). Keys never set are not stored:
 * they read as their default. Writes happen inside a unit of work.
 */
public interface MallSettingsStore extends CurrentSettings {

    /** The values set for the mall, key → canonical text. */
    Map<String, String> stored();

    /** Stores the new values and appends one audit entry per change. */
    void save(List<SettingValueChange> changes, String by, Instant at);

    /** The audit trail, oldest first; only one key's when given. */
    List<SettingChange> history(Optional<String> key);

    @Override
    default MallSettings current() {
        return MallSettings.fromStored(stored());
    }
}
