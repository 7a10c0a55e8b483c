package org.mallcrm.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.geometry.Area;

/**
 * Money as text is yuan in plain digits with at most two decimals: the one reading every edge uses (CLI options and
 * files, JSON bodies, import cells, settings). A near miss is refused with the value and the reason, never read as
 * some amount.
 */
class MoneyParseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8190    | 819000",
        "8190.5  | 819050",
        "8190.00 | 819000",
        "0.05    | 5",
        "0       | 0",
        "-3.20   | -320",
        "007.50  | 750"})
    void plain_digits_with_up_to_two_decimals_are_read_exactly(String text, long fen) {
        assertThat(Money.parse(text)).isEqualTo(Money.ofFen(fen));
    }

    @Test
    void blanks_around_the_number_are_read_past_as_around_any_value_at_the_edges() {
        assertThat(Money.parse(" 5")).isEqualTo(Money.ofYuan(5));
        assertThat(Money.parse("5 ")).isEqualTo(Money.ofYuan(5));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "100.     | amount '100.' has no digit after the decimal point; write 100",
        "-100.    | amount '-100.' has no digit after the decimal point; write -100",
        ".5       | amount '.5' has no digit before the decimal point; write 0.5",
        "-.5      | amount '-.5' has no digit before the decimal point; write -0.5",
        "+5       | amount '+5' has a '+' sign; write the number without it",
        "1e3      | amount '1e3' is not a number",
        "1E3      | amount '1E3' is not a number",
        "1,000    | amount '1,000' is not a number",
        "1 000    | amount '1 000' is not a number",
        "1.2.3    | amount '1.2.3' is not a number",
        ".        | amount '.' is not a number",
        "-        | amount '-' is not a number",
        "--5      | amount '--5' is not a number",
        "٥        | amount '٥' is not a number: write its digits as 0-9",
        "５        | amount '５' is not a number: write its digits as 0-9",
        "100.000  | amount '100.000' has more than 2 decimal places",
        "12.345   | amount '12.345' has more than 2 decimal places",
        "0x10     | amount '0x10' is not a number",
        "NaN      | amount 'NaN' is not a number",
        "Infinity | amount 'Infinity' is not a number"})
    void a_near_miss_is_refused_naming_the_value_and_the_reason(String text, String message) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void missing_and_too_large_amounts_say_so() {
        assertThatThrownBy(() -> Money.parse(" ")).hasMessage("amount is missing");
        assertThatThrownBy(() -> Money.parse(null)).hasMessage("amount is missing");
        assertThatThrownBy(() -> Money.parse("92233720368547758.08")).hasMessage(
                "amount '92233720368547758.08' is too large");
    }

    @Test
    void areas_and_percentages_are_read_by_the_same_rule() {
        assertThat(Area.parse("45.5")).isEqualTo(Area.ofHundredths(4550));
        assertThat(Percent.parse("12.5")).isEqualTo(new Percent(1250));
        assertThatThrownBy(() -> Area.parse("45.")).hasMessage(
                "area '45.' has no digit after the decimal point; write 45");
        assertThatThrownBy(() -> Percent.parse("+5")).hasMessage(
                "percentage '+5' has a '+' sign; write the number without it");
    }
}
