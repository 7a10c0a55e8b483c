package org.mallcrm.application.settings.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.settings.port.in.SettingsUseCases;
import org.mallcrm.application.settings.port.out.MallSettingsStore;
import org.mallcrm.domain.settings.MallSettings;
import org.mallcrm.domain.settings.Setting;
import org.mallcrm.domain.settings.SettingCatalogue;
import org.mallcrm.domain.settings.SettingProblem;
import org.mallcrm.domain.settings.SettingValueChange;
import org.mallcrm.domain.settings.SettingsUpdate;

/** Shows, changes and audits one mall's settings. */
public final class SettingsService implements SettingsUseCases {

    private final MallSettingsStore store;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SettingsService(MallSettingsStore store, UnitOfWork unitOfWork, Clock clock) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<SettingView> show() {
        MallSettings current = store.current();
        List<SettingView> views = new ArrayList<>();
        for (Setting<?> s : SettingCatalogue.all()) {
            views.add(new SettingView(s.key(), current.text(s), s.defaultText(), s.type().describe(), s.type().kind(),
                    s.descriptionZh(), s.descriptionEn()));
        }
        return views;
    }

    @Override
    public Outcome<List<SettingChange>> set(String key, String value, String by) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(key == null ? "" : key, value);
        return setAll(one, by);
    }

    @Override
    public Outcome<List<SettingChange>> setAll(Map<String, String> values, String by) {
        if (values.isEmpty()) {
            return Outcome.invalid("", "", "name at least one setting to change");
        }
        String who = by == null || by.isBlank() ? "unknown" : by.strip();
        return unitOfWork.inTransaction(() -> {
            SettingsUpdate update = store.current().update(values);
            return switch (update) {
                case SettingsUpdate.Rejected r -> new Outcome.Invalid<>(r.problems().stream()
                        .map(SettingsService::error).toList());
                case SettingsUpdate.Updated u -> {
                    Instant at = clock.now();
                    if (!u.changes().isEmpty()) {
                        store.save(u.changes(), who, at);
                    }
                    yield Outcome.done(u.changes().stream().map(c -> change(c, who, at)).toList());
                }
            };
        });
    }

    private static RowError error(SettingProblem p) {
        return new RowError(0, p.key(), p.value() == null ? "" : p.value(), p.reason());
    }

    private static SettingChange change(SettingValueChange c, String by, Instant at) {
        return new SettingChange(c.setting().key(), c.oldValue(), c.newValue(), by, at);
    }

    @Override
    public List<SettingChange> history(Optional<String> key) {
        return store.history(key);
    }
}
