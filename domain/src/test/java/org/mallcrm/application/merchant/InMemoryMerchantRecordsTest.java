package org.mallcrm.application.merchant;

import org.mallcrm.fixtures.credit.InMemoryCreditStore;
import org.mallcrm.fixtures.merchant.InMemoryFollowUps;
import org.mallcrm.fixtures.merchant.InMemoryMerchants;
import org.mallcrm.fixtures.merchant.InMemoryOperationsLog;
import org.mallcrm.fixtures.merchant.MerchantRecordsContract;
import org.mallcrm.fixtures.request.InMemoryMerchantRequests;

class InMemoryMerchantRecordsTest extends MerchantRecordsContract {

    @Override
    protected Stores empty() {
        return new Stores(new InMemoryMerchants(), new InMemoryCreditStore(), new InMemoryFollowUps(),
                new InMemoryOperationsLog(), new InMemoryMerchantRequests());
    }
}
