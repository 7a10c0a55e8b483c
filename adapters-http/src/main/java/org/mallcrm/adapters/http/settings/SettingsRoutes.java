package org.mallcrm.adapters.http.settings;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.settings.port.in.SettingsUseCases;

/**
 * {@code /api/v1/settings}: the caller's mall's settings (参数设置). Every staff member reads them; a change
 * ({@code PATCH}, a JSON object of key → value as text, e.g. {@code {"lease.advance_days": "15"}}) needs the
 * SETTINGS capability, is all or nothing (400 naming each key at fault) and is audited as made by the caller.
 */
public final class SettingsRoutes implements HttpService {

    private final SettingsUseCases settings;

    public SettingsRoutes(SettingsUseCases settings) {
        this.settings = settings;
    }

    /** What a change answers: the changes made (old → new), and every setting as it now is. */
    public record ChangedJson(List<SettingChangeJson> changes, List<SettingJson> settings) {
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .patch("/", this::change)
                .get("/history", this::history);
    }

    private void list(ServerRequest req, ServerResponse res) {
        Responses.ok(res, Responses.page(req, settings.show(), SettingJson::of));
    }

    private void change(ServerRequest req, ServerResponse res) {
        Map<String, String> values = Bodies.readTextFields(req);
        List<SettingsUseCases.SettingChange> changes = Problems.value(settings.setAll(values,
                Caller.of(req).name()));
        Responses.ok(res, new ChangedJson(changes.stream().map(SettingChangeJson::of).toList(),
                settings.show().stream().map(SettingJson::of).toList()));
    }

    private void history(ServerRequest req, ServerResponse res) {
        Optional<String> key = Optional.ofNullable(Params.text(req, "key"));
        Responses.ok(res, Responses.page(req, settings.history(key), SettingChangeJson::of));
    }
}
