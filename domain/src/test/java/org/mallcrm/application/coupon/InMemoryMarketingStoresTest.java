package org.mallcrm.application.coupon;

import org.junit.jupiter.api.Nested;
import org.mallcrm.fixtures.buyer.BuyerAnalyticsContract;
import org.mallcrm.fixtures.buyer.BuyersContract;
import org.mallcrm.fixtures.buyer.FirstChannelsContract;
import org.mallcrm.fixtures.campaign.CampaignsContract;
import org.mallcrm.fixtures.campaign.SignupsContract;
import org.mallcrm.fixtures.coupon.MarketingStores;
import org.mallcrm.fixtures.coupon.MerchantStandingsContract;
import org.mallcrm.fixtures.coupon.SubsidyStatementsContract;

/** The in-memory stores hold to the contracts the database adapters are held to. */
class InMemoryMarketingStoresTest {

    @Nested
    class BuyersTest extends BuyersContract {
        @Override
        protected MarketingStores emptyStores() {
            return MarketingStores.inMemory();
        }
    }

    @Nested
    class BuyerAnalyticsTest extends BuyerAnalyticsContract {
        @Override
        protected MarketingStores emptyStores() {
            return MarketingStores.inMemory();
        }
    }

    @Nested
    class FirstChannelsTest extends FirstChannelsContract {
        @Override
        protected MarketingStores emptyStores() {
            return MarketingStores.inMemory();
        }
    }

    @Nested
    class CampaignsTest extends CampaignsContract {
        @Override
        protected MarketingStores emptyStores() {
            return MarketingStores.inMemory();
        }
    }

    @Nested
    class SignupsTest extends SignupsContract {
        @Override
        protected MarketingStores emptyStores() {
            return MarketingStores.inMemory();
        }
    }

    @Nested
    class SubsidyStatementsTest extends SubsidyStatementsContract {
        @Override
        protected MarketingStores emptyStores() {
            return MarketingStores.inMemory();
        }
    }

    @Nested
    class MerchantStandingsTest extends MerchantStandingsContract {
        @Override
        protected MarketingStores emptyStores() {
            return MarketingStores.inMemory();
        }
    }
}
