package org.mallcrm.domain.access;

/** Who a principal is to the mall, and so what it may see. */
public enum Role {
    /** Mall staff (招商部, 财务部, 商服部, 客服部 …): the console and the staff app. */
    STAFF,
    /** One merchant, through the merchant app: only its own records. */
    MERCHANT,
    /** One buyer, through the buyer app: only its own records. */
    BUYER,
    /** One channel operator: its own trips and statements. */
    CHANNEL
}
