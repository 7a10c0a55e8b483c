package org.mallcrm.domain.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CouponCodeTest {

    @Property(tries = 1000)
    void every_64_bit_value_makes_a_code_that_reads_back(@ForAll long bits) {
        CouponCode code = CouponCode.fromBits(bits);

        assertThat(code.value()).hasSize(CouponCode.LENGTH);
        assertThat(CouponCode.parse(code.value())).isEqualTo(code);
        assertThat(CouponCode.parse(code.grouped().toLowerCase())).isEqualTo(code);
    }

    @Property(tries = 1000)
    void distinct_bits_make_distinct_codes(@ForAll long a, @ForAll long b) {
        if (a != b) {
            assertThat(CouponCode.fromBits(a)).isNotEqualTo(CouponCode.fromBits(b));
        }
    }

    @Property(tries = 2000)
    void any_one_mistyped_character_is_caught(@ForAll long bits, @ForAll @IntRange(min = 0, max = 13) int at,
            @ForAll @IntRange(min = 1, max = 31) int shift) {
        String v = CouponCode.fromBits(bits).value();
        int digit = CouponCode.ALPHABET.indexOf(v.charAt(at));
        char typo = CouponCode.ALPHABET.charAt((digit + shift) % 32);
        String mistyped = v.substring(0, at) + typo + v.substring(at + 1);

        assertThatThrownBy(() -> CouponCode.parse(mistyped)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a coupon code");
    }

    @Test
    void the_documented_example_is_a_real_code() {
        assertThat(CouponCode.fromBits(0x7E3A_91C4_5D20_B6F1L).grouped()).isEqualTo("7WEM-HRHE-J1DQ-H0");
    }

    @Test
    void confusable_letters_are_read_as_digits_and_separators_ignored() {
        CouponCode code = CouponCode.fromBits(0x0123_4567_89AB_CDEFL);
        String typed = code.grouped().replace('0', 'O').replace('1', 'l');
        assertThat(CouponCode.parse(" " + typed + " ")).isEqualTo(code);
    }

    @Test
    void malformed_codes_say_why() {
        assertThatThrownBy(() -> CouponCode.parse("ABC")).hasMessageContaining("a code has 14 characters");
        assertThatThrownBy(() -> CouponCode.parse("0000000000000U")).hasMessageContaining("'U' is not one");
        assertThatThrownBy(() -> CouponCode.parse("")).hasMessageContaining("missing");
        String v = CouponCode.fromBits(42).value();
        String wrongCheck = v.substring(0, 13) + (v.charAt(13) == 'Z' ? 'Y' : 'Z');
        assertThatThrownBy(() -> CouponCode.parse(wrongCheck)).hasMessageContaining("check character");
    }
}
