package org.mallcrm.domain.request;

import java.util.Objects;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.StaffId;

/** Who did something to a request: the merchant (through its app) or a member of staff. */
public sealed interface Actor permits Actor.Staff, Actor.Merchant {

    record Staff(StaffId id) implements Actor {
        public Staff {
            Objects.requireNonNull(id, "staff");
        }

        @Override
        public String toString() {
            return "staff " + id;
        }
    }

    record Merchant(MerchantNo no) implements Actor {
        public Merchant {
            Objects.requireNonNull(no, "merchant");
        }

        @Override
        public String toString() {
            return "merchant " + no;
        }
    }

    static Actor staff(StaffId id) {
        return new Staff(id);
    }

    static Actor merchant(MerchantNo no) {
        return new Merchant(no);
    }
}
