package org.mallcrm.domain.merchant;

/** The grade given when a merchant is vetted (资质审核 ABCD); A is best. A merchant not yet vetted has none. */
public enum QualificationGrade {
    A, B, C, D;

    /** Parses "A"–"D" (case-insensitive, trimmed). */
    public static QualificationGrade parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("qualification grade is missing");
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        for (QualificationGrade g : values()) {
            if (g.name().equals(t)) {
                return g;
            }
        }
        throw new IllegalArgumentException("qualification grade '" + text.strip() + "' must be A, B, C or D");
    }
}
