package org.mallcrm.adapters.http.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.settings.port.in.SettingsUseCases;
import org.mallcrm.application.settings.port.in.SettingsUseCases.SettingChange;
import org.mallcrm.application.settings.port.in.SettingsUseCases.SettingView;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;

/**
 * 参数设置 for admins ({@link Capability#SETTINGS}): every per-mall setting with its value, default and meaning (what
 * {@code settings show} lists), changing one (the use case of {@code settings set} and {@code PATCH
 * /api/v1/settings}: a bad value is refused naming the key and the reason, nothing written) and the audit trail of
 * changes, newest first.
 */
public final class SettingsPage implements WebPage {

    private static final int HISTORY_SHOWN = 200;

    private final SettingsUseCases settings;
    private final AuditLog audit;

    public SettingsPage(SettingsUseCases settings, AuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    /** One setting as shown; {@code value} is what the form shows (the value sent when it was refused). */
    public record Row(String key, String value, String defaultValue, String type, String description,
            boolean isDefault, String error) {
    }

    public record ChangeRow(String key, String oldValue, String newValue, String by, String at) {
    }

    public record View(List<Row> settings, List<ChangeRow> history, String notice, List<String> errors) {
        public View {
            settings = List.copyOf(settings);
            history = List.copyOf(history);
            errors = List.copyOf(errors);
        }
    }

    @Override
    public List<WebRoute> routes() {
        Access admins = Access.staff(Capability.SETTINGS);
        return List.of(
                WebRoute.get("/settings", admins, this::show),
                WebRoute.post("/settings", admins, this::set));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("settings", "/settings", "menu.settings", "menu.group.admin", 89,
                Access.staff(Capability.SETTINGS)));
    }

    private void show(WebExchange x) {
        Viewer v = x.viewer();
        String notice = x.query("changed").map(k -> v.t("settings.changed", k))
                .or(() -> x.query("unchanged").map(k -> v.t("settings.unchanged", k))).orElse(null);
        render(x, 200, notice, null, null, List.of());
    }

    private void render(WebExchange x, int status, String notice, String key, String sent, List<RowError> problems) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        boolean english = v.lang().equals("en");
        List<Row> rows = new ArrayList<>();
        String refusal = null;
        for (SettingView s : settings.show()) {
            boolean mine = s.key().equals(key);
            String type = type(v, s);
            String error = mine && !problems.isEmpty() ? v.t("settings.invalid", sent == null ? "" : sent, type)
                    : null;
            if (error != null) {
                refusal = error;
            }
            rows.add(new Row(s.key(), mine ? sent : s.value(), s.defaultValue(), type,
                    english ? s.descriptionEn() : s.descriptionZh(), s.isDefault(), error));
        }
        List<SettingChange> all = settings.history(Optional.empty());
        List<ChangeRow> history = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && history.size() < HISTORY_SHOWN; i--) {
            SettingChange c = all.get(i);
            history.add(new ChangeRow(c.key(), c.oldValue(), c.newValue(), c.by(), f.instant(c.at())));
        }
        // the use case explains in English (for the CLI and the API); the page says it in the viewer's language
        List<String> errors = problems.isEmpty() ? List.of() : List.of(v.t("settings.refused", key == null ? "" : key,
                refusal != null ? refusal : v.t("settings.unknown")));
        x.page(status, "settings/settings.jte", x.shell(v.t("settings.title"), "settings", List.of()),
                new View(rows, history, notice, errors));
    }

    /**
     * What values a setting takes, in the viewer's language: the label of its kind's stable code
     * ({@code settings.type.integer} …) filled in with its bounds or choices; the use case's English text for a kind
     * the bundle does not know.
     */
    static String type(Viewer v, SettingView s) {
        String label = "settings.type." + s.kind().code();
        return v.messages().has(label) ? v.t(label, s.kind().args().toArray()) : s.type();
    }

    private void set(WebExchange x) {
        Viewer v = x.viewer();
        String key = x.form().get("key").orElse("");
        String value = x.form().get("value").orElse("");
        switch (settings.set(key, value, x.principal().name())) {
            case Outcome.Done<List<SettingChange>> d -> {
                for (SettingChange c : d.value()) {
                    audit.record(x.principal(), AuditEntry.Via.WEB, "settings.set", c.key(),
                            v.t("audit.settings.set", c.key(), c.oldValue(), c.newValue()));
                }
                x.redirect("/settings?" + (d.value().isEmpty() ? "unchanged=" : "changed=")
                        + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8) + "#setting-"
                        + key.replaceAll("[^A-Za-z0-9_.-]", ""));
            }
            case Outcome.Invalid<List<SettingChange>> i -> render(x, 422, null, key, value, i.errors());
            case Outcome.Refused<List<SettingChange>> r -> render(x, 409, null, key, value,
                    List.of(new RowError(0, key, value, r.reason())));
            case Outcome.NotFound<List<SettingChange>> n -> render(x, 422, null, key, value,
                    List.of(new RowError(0, key, value, n.what())));
        }
    }
}
