package org.mallcrm.domain.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mallcrm.domain.merchant.Stage.*;
import static org.mallcrm.fixtures.merchant.MerchantFixtures.advanced;
import static org.mallcrm.fixtures.merchant.MerchantFixtures.prospect;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageTransitionTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    /** A merchant sitting in {@code stage} since D, reached by an allowed path. */
    private static Merchant in(Stage stage) {
        Merchant m = prospect("M-1", D);
        return switch (stage) {
            case PROSPECT -> m;
            case NEGOTIATING, QUALIFIED, PLACED, SIGNED -> advanced(m, stage, D);
            case OPERATING -> advanced(advanced(m, SIGNED, D), OPERATING, D);
            case EXITING -> advanced(advanced(advanced(m, SIGNED, D), OPERATING, D), EXITING, D);
            case EXITED -> advanced(in(EXITING), EXITED, D);
        };
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "PROSPECT, NEGOTIATING", "PROSPECT, QUALIFIED", "PROSPECT, PLACED", "PROSPECT, SIGNED",
        "NEGOTIATING, QUALIFIED", "NEGOTIATING, SIGNED", "QUALIFIED, PLACED", "PLACED, SIGNED",
        "NEGOTIATING, PROSPECT", "QUALIFIED, NEGOTIATING", "QUALIFIED, PROSPECT", "PLACED, QUALIFIED",
        "PLACED, PROSPECT",
        "SIGNED, OPERATING", "SIGNED, EXITING", "OPERATING, EXITING", "EXITING, EXITED", "EXITING, OPERATING",
        "EXITED, PROSPECT"})
    void allowed_moves_advance_the_merchant(Stage from, Stage to) {
        AdvanceOutcome outcome = in(from).advance(to, D.plusDays(3));

        assertThat(outcome).isInstanceOfSatisfying(AdvanceOutcome.Advanced.class, a -> {
            assertThat(a.merchant().stage()).isEqualTo(to);
            assertThat(a.from()).isEqualTo(from);
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "PROSPECT, OPERATING", "PROSPECT, EXITING", "PROSPECT, EXITED", "PLACED, OPERATING", "NEGOTIATING, EXITED",
        "SIGNED, PLACED", "SIGNED, PROSPECT", "SIGNED, EXITED",
        "OPERATING, SIGNED", "OPERATING, NEGOTIATING", "OPERATING, EXITED",
        "EXITING, SIGNED", "EXITING, PROSPECT",
        "EXITED, NEGOTIATING", "EXITED, SIGNED", "EXITED, OPERATING"})
    void moves_the_pipeline_does_not_allow_are_refused_with_the_reason(Stage from, Stage to) {
        Merchant m = in(from);

        AdvanceOutcome outcome = m.advance(to, D.plusDays(3));

        assertThat(outcome).isInstanceOfSatisfying(AdvanceOutcome.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(AdvanceOutcome.Reason.TRANSITION_NOT_ALLOWED);
            assertThat(r.detail()).contains(from.name()).contains(to.name());
        });
        assertThat(m.stage()).isEqualTo(from);
    }

    @Test
    void every_stage_refuses_itself() {
        for (Stage s : Stage.values()) {
            assertThat(in(s).advance(s, D.plusDays(1)))
                    .isInstanceOfSatisfying(AdvanceOutcome.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(AdvanceOutcome.Reason.SAME_STAGE));
        }
    }

    @Test
    void a_move_dated_before_the_current_stage_was_entered_is_refused() {
        Merchant m = advanced(prospect("M-1", D), NEGOTIATING, D.plusDays(10));

        assertThat(m.advance(QUALIFIED, D.plusDays(9)))
                .isInstanceOfSatisfying(AdvanceOutcome.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(AdvanceOutcome.Reason.DATE_BEFORE_CURRENT_STAGE));
    }

    @Test
    void stages_parse_from_the_contract_names_and_unknown_names_are_rejected() {
        assertThat(Stage.parse(" signed ")).isEqualTo(SIGNED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Stage.parse("LEAD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PROSPECT");
    }

    @Test
    void the_allowed_set_is_the_documented_one() {
        assertThat(PROSPECT.allowedNext()).containsExactlyInAnyOrder(NEGOTIATING, QUALIFIED, PLACED, SIGNED);
        assertThat(PLACED.allowedNext()).containsExactlyInAnyOrder(PROSPECT, NEGOTIATING, QUALIFIED, SIGNED);
        assertThat(SIGNED.allowedNext()).containsExactlyInAnyOrder(OPERATING, EXITING);
        assertThat(OPERATING.allowedNext()).containsExactly(EXITING);
        assertThat(EXITING.allowedNext()).containsExactlyInAnyOrder(EXITED, OPERATING);
        assertThat(EXITED.allowedNext()).isEqualTo(EnumSet.of(PROSPECT));
    }
}
