package org.mallcrm.domain.coupon;

/**
 * How the mall settles what it owes a merchant for its share of discounts: paid out, or offset on the merchant's
 * next rent installment as credit on its lease account.
 */
public enum SettlementMethod {
    PAY_OUT("付款"),
    OFFSET_RENT("抵扣租金");

    private final String label;

    SettlementMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
