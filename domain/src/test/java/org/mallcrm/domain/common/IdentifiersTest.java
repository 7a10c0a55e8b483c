package org.mallcrm.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    /** The form as the documentation states it. */
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    @Test
    void theCharByCharCheckAgreesWithTheDocumentedFormOnEdgesAndRandomText() {
        String[] edges = {"", "a", "Z", "0", "9", "-a", ".a", "_a", "a-", "a.b_c-d", "B-0001", "a b", "é", "浙江",
            "a/b", "a:b", "@", "`", "[", "{", "a\u0000", "x".repeat(40), "x".repeat(41), "1" + "-".repeat(39),
            "1" + "-".repeat(40)};
        for (String s : edges) {
            assertEquals(FORM.matcher(s).matches(), Identifiers.wellFormed(s), () -> "'" + s + "'");
        }
        String alphabet = "aZ09._-/ 中@`[{:\u00e9\u0130\uff21";
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 20_000; k++) {
            int n = random.nextInt(0, 44);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertEquals(FORM.matcher(s).matches(), Identifiers.wellFormed(s), () -> "'" + s + "'");
        }
    }

    @Test
    void requireTrimsAndNamesWhatIsWrong() {
        assertEquals("B-1", Identifiers.require("  B-1\t", "buyer id"));
        assertEquals("buyer id is missing", assertThrows(IllegalArgumentException.class,
                () -> Identifiers.require(" ", "buyer id")).getMessage());
        assertEquals("buyer id 'B 1' must be letters, digits, '-', '_' or '.', at most 40, starting with a letter or "
                + "digit", assertThrows(IllegalArgumentException.class,
                        () -> Identifiers.require("B 1", "buyer id")).getMessage());
    }
}
