package org.mallcrm.application.settings;

import org.mallcrm.fixtures.common.DirectUnitOfWork;
import org.mallcrm.fixtures.settings.InMemoryMallSettings;
import org.mallcrm.fixtures.settings.MallSettingsStoreContract;

/** The in-memory fake keeps the same contract as the stores in the databases. */
class InMemoryMallSettingsTest extends MallSettingsStoreContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryMallSettings(), new DirectUnitOfWork());
    }
}
