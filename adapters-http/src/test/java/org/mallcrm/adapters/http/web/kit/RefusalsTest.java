package org.mallcrm.adapters.http.web.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.RowError;

/** The import-error table's reasons: a problem's own sentence, or a neutral one that claims no cause it does not know. */
class RefusalsTest {

    private final Viewer zh = Viewer.anonymous("csrf", Locale.SIMPLIFIED_CHINESE);
    private final Viewer en = Viewer.anonymous("csrf", Locale.ENGLISH);

    @Test
    void a_date_in_the_future_is_worded_as_such_not_as_a_badly_written_value() {
        RowError e = new RowError(2, "stage_entered_on", "2030-01-01", "is in the future (today is 2026-12-07)",
                RowError.FUTURE_DATE, List.of("2026-12-07"));

        assertThat(Refusals.rowReason(zh, e)).contains("进入阶段日期", "2030-01-01", "将来", "2026-12-07")
                .doesNotContain("格式不对");
        assertThat(Refusals.rowReason(en, e)).isEqualTo("is in the future (today is 2026-12-07)");
    }

    @Test
    void a_value_refused_without_a_sentence_of_its_own_names_the_field_the_value_and_the_original_reason() {
        RowError bad = new RowError(3, "stage_entered_on", "2025-13-01", "some reason nobody has worded yet",
                RowError.BAD_VALUE, List.of());
        RowError uncoded = new RowError(4, "name", "x", "a reason without a code");
        RowError unknownCode = new RowError(5, "province", "火星", "not a province", "code-nobody-knows", List.of());

        assertThat(Refusals.rowReason(zh, bad)).contains("进入阶段日期", "2025-13-01",
                "some reason nobody has worded yet").doesNotContain("格式不对");
        assertThat(Refusals.rowReason(zh, uncoded)).contains("名称", "“x”", "a reason without a code");
        assertThat(Refusals.rowReason(zh, unknownCode)).contains("省份", "火星", "not a province");
    }
}
