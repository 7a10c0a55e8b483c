package org.mallcrm.application.account;

import org.mallcrm.fixtures.account.AccountStoresContract;
import org.mallcrm.fixtures.account.InMemoryAccountStores;

/** The in-memory stores keep the contract the real ones keep. */
class InMemoryAccountStoresTest extends AccountStoresContract {

    @Override
    protected Stores empty() {
        var accounts = new InMemoryAccountStores.InMemoryAccounts();
        var sessions = new InMemoryAccountStores.InMemoryWebSessions();
        return new Stores(accounts, sessions, new InMemoryAccountStores.InMemorySignInLog(),
                new InMemoryAccountStores.InMemoryAuditTrail(),
                new InMemoryAccountStores.InMemoryCallerMalls(MALL, accounts, sessions));
    }
}
