package org.mallcrm.domain.credit;

/**
 * Inclusive lower bounds of the credit grades: A ≥ {@code a}, B ≥ {@code b}, C ≥ {@code c}, D below.
 * Default 90 / 80 / 60.
 */
public record GradeThresholds(int a, int b, int c) {

    public GradeThresholds {
        if (!(c < b && b < a)) {
            throw new IllegalArgumentException("grade thresholds must rise strictly: C " + c + " < B " + b + " < A " + a);
        }
    }

    public static GradeThresholds defaults() {
        return new GradeThresholds(90, 80, 60);
    }

    public CreditGrade gradeOf(int score) {
        if (score >= a) {
            return CreditGrade.A;
        }
        if (score >= b) {
            return CreditGrade.B;
        }
        return score >= c ? CreditGrade.C : CreditGrade.D;
    }
}
