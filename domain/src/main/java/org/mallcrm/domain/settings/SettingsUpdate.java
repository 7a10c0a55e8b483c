package org.mallcrm.domain.settings;

import java.util.List;

/** What asking to change some settings gives: the new settings with what changed, or every problem found. */
public sealed interface SettingsUpdate permits SettingsUpdate.Updated, SettingsUpdate.Rejected {

    /** The settings after the update; {@code changes} lists only the keys whose value is new (it may be empty). */
    record Updated(MallSettings settings, List<SettingValueChange> changes) implements SettingsUpdate {
        public Updated {
            changes = List.copyOf(changes);
        }
    }

    /** Nothing changes; each problem names the key and why. */
    record Rejected(List<SettingProblem> problems) implements SettingsUpdate {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
