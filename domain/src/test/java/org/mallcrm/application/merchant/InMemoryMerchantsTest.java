package org.mallcrm.application.merchant;

import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.fixtures.merchant.InMemoryMerchants;
import org.mallcrm.fixtures.merchant.MerchantsContract;

class InMemoryMerchantsTest extends MerchantsContract {

    @Override
    protected Merchants emptyMerchants() {
        return new InMemoryMerchants();
    }
}
