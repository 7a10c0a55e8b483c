package org.mallcrm.application.account;

import org.mallcrm.fixtures.account.AccountStoresContract;
import org.mallcrm.fixtures.account.InMemoryAccountStores;

/** The in-memory stores keep the contract the real ones keep. */
class InMemoryAccountStoresTest extends AccountStoresContract {

    @Override
    protected Stores empty() {
        return new Stores(new InMemoryAccountStores.InMemoryAccounts(), new InMemoryAccountStores.InMemoryWebSessions(),
                new InMemoryAccountStores.InMemorySignInLog(), new InMemoryAccountStores.InMemoryAuditTrail());
    }
}
