package org.mallcrm.domain.credit;

/** A merchant's credit grade (信誉等级), A best, from the score's thresholds; a severe record makes it D. */
public enum CreditGrade {
    A, B, C, D
}
