package org.mallcrm.domain.placement;

/** The qualification grade (资质审核 ABCD) given to the merchant on a placement. */
public enum Grade {
    A,
    B,
    C,
    D
}
