package org.mallcrm.adapters.http.web.kit;

import java.util.List;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;

/**
 * A use case's refusal or bad-input answer in the page's language. The use cases explain themselves in English for
 * logs and the API; a page never puts that text inside a Chinese sentence. A refusal's stable code picks the
 * sentence ({@code refusal.<code>} in the message bundles, e.g. {@code refusal.lease-ended}); a field at fault picks
 * {@code invalid.<column>} with the value typed. What has no sentence of its own yet gets a general one that names
 * the action (in English it keeps the use case's detail). One exception: an import row's error with no sentence of
 * its own ({@code import.reason.bad-value}) names the column and the value and then quotes the use case's reason
 * apart, after 原始说明： — a guessed Chinese cause ("the format is wrong") told people the wrong thing.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Why the use case refused: {@code action} is the label key of what was tried ("登记收款"). */
    public static String refused(Viewer v, String action, Outcome.Refused<?> r) {
        String key = "refusal." + r.code();
        if (v.messages().has(key)) {
            return v.t(key, r.reason());
        }
        return v.t("refusal.generic", v.t(action), r.reason());
    }

    /** What was not found, in words. */
    public static String notFound(Viewer v, Outcome.NotFound<?> n) {
        return v.t("refusal.not_found", n.what());
    }

    /** One line per field at fault. */
    public static List<String> invalid(Viewer v, Outcome.Invalid<?> i) {
        return i.errors().stream().map(e -> field(v, e)).toList();
    }

    /**
     * A field at fault: its own sentence with the value typed, or a general one naming the field. A field of a list's
     * item ({@code changes[0].from}) has the sentence of that field of any item ({@code invalid.changes.from}).
     */
    public static String field(Viewer v, RowError e) {
        String key = "invalid." + e.column().replaceAll("\\[\\d+]", "");
        if (!e.column().isEmpty() && v.messages().has(key)) {
            return v.t(key, e.value() == null ? "" : e.value(), e.reason());
        }
        return v.t("invalid.generic", e.column().isEmpty() ? "—" : e.column(), e.reason());
    }

    /**
     * Why an import row was refused, in the page's language, picked by the problem's stable code: {@code
     * import.reason.<code>.<column>} where the column has a sentence of its own, else {@code import.reason.<code>}
     * (a use case's refusal of the row, such as a receipt for a lease that has ended, is worded by its {@code
     * refusal.<code>} sentence; any other unknown code as {@link RowError#INVALID}). The sentence's arguments: {0} the
     * column's name, {1} the value, {2} the use case's English reason (the English pages show it), {3}… the problem's
     * {@code args}.
     */
    public static String rowReason(Viewer v, RowError e) {
        if (!v.messages().has("import.reason." + e.code()) && v.messages().has("refusal." + e.code())) {
            return v.t("refusal." + e.code(), e.reason());
        }
        String column = e.column() == null ? "" : e.column();
        String code = v.messages().has("import.reason." + e.code()) ? e.code() : RowError.INVALID;
        String key = "import.reason." + code;
        if (!column.isEmpty() && v.messages().has(key + "." + column)) {
            key = key + "." + column;
        }
        String label = column.isEmpty() ? "—" : v.messages().has("import.col." + column) ? v.t("import.col." + column)
                : column;
        Object[] args = new Object[3 + e.args().size()];
        args[0] = label;
        args[1] = e.value() == null ? "" : e.value();
        args[2] = e.reason();
        for (int i = 0; i < e.args().size(); i++) {
            args[3 + i] = e.args().get(i);
        }
        return v.t(key, args);
    }

    /** Any answer that is not done, in words (empty when done). */
    public static List<String> of(Viewer v, String action, Outcome<?> o) {
        return switch (o) {
            case Outcome.Done<?> d -> List.of();
            case Outcome.Invalid<?> i -> invalid(v, i);
            case Outcome.Refused<?> r -> List.of(refused(v, action, r));
            case Outcome.NotFound<?> n -> List.of(notFound(v, n));
        };
    }
}
