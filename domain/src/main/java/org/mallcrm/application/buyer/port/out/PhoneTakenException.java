package org.mallcrm.application.buyer.port.out;

import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Phone;

/** A write would give a phone that another buyer holds to a second buyer: nothing was written. */
public class PhoneTakenException extends RuntimeException {

    private final transient Phone phone;
    private final transient BuyerId holder;

    public PhoneTakenException(Phone phone, BuyerId holder, Throwable cause) {
        super("phone " + phone + " is already used by buyer " + holder, cause);
        this.phone = phone;
        this.holder = holder;
    }

    public Phone phone() {
        return phone;
    }

    /** The buyer holding the phone (may be null when the store cannot tell). */
    public BuyerId holder() {
        return holder;
    }
}
