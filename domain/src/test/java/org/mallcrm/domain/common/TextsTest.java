package org.mallcrm.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    @ParameterizedTest
    @ValueSource(chars = {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'})
    void a_character_that_reorders_the_text_is_refused_in_names_and_notes(char c) {
        String code = String.format("(U+%04X)", (int) c);
        assertThatThrownBy(() -> Texts.requireName("商户" + c + "名", "merchant name", 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("merchant name contains a character that reorders the text on screen " + code);
        assertThatThrownBy(() -> Texts.require("备注\n" + c, "note", 100))
                .hasMessageContaining("note contains a character that reorders the text on screen " + code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200F", "\u200E", "\u061C", "\u05D0\u05D1", "ملابس", "女装 & 童装"})
    void marks_and_right_to_left_letters_are_kept(String text) {
        // the marks only give a neutral character a direction; Arabic or Hebrew letters are a name's own
        assertThat(Texts.requireName("A" + text, "name", 100)).isEqualTo("A" + text);
    }
}
