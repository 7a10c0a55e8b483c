package org.mallcrm.application.coupon;

import org.mallcrm.fixtures.coupon.CouponsContract;
import org.mallcrm.fixtures.coupon.MarketingStores;

class InMemoryCouponsTest extends CouponsContract {

    @Override
    protected MarketingStores emptyStores() {
        return MarketingStores.inMemory();
    }
}
