package org.mallcrm.adapters.persistence.buyer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.DatabaseUnitOfWork;
import org.mallcrm.adapters.persistence.JooqLeases;
import org.mallcrm.adapters.persistence.JooqMerchants;
import org.mallcrm.adapters.persistence.JooqStalls;
import org.mallcrm.adapters.persistence.Store;
import org.mallcrm.adapters.persistence.TestDatabases;
import org.mallcrm.adapters.persistence.channel.JdbcScans;
import org.mallcrm.adapters.persistence.channel.JooqTrips;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.fixtures.buyer.BuyerAnalyticsContract;
import org.mallcrm.fixtures.buyer.BuyersContract;
import org.mallcrm.fixtures.buyer.FirstChannelsContract;
import org.mallcrm.fixtures.campaign.CampaignsContract;
import org.mallcrm.fixtures.campaign.SignupsContract;
import org.mallcrm.fixtures.coupon.CouponsContract;
import org.mallcrm.fixtures.coupon.MarketingStores;
import org.mallcrm.fixtures.coupon.MerchantStandingsContract;
import org.mallcrm.fixtures.coupon.SubsidyStatementsContract;

/** The buyer, campaign and coupon store contracts on SQLite and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class MarketingStoresTest {

    @Parameter
    Store store;

    private Database db;
    private SqlBuyerAnalytics analytics;
    private KeptFirstChannels firstChannels;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** Every store of a fresh database, as the composition root wires them. */
    MarketingStores fresh() {
        db = TestDatabases.fresh(store);
        long mall = TestDatabases.defaultMall(db);
        JdbcScans scans = new JdbcScans(db, mall);
        JooqTrips trips = new JooqTrips(db, mall);
        firstChannels = new KeptFirstChannels(db, mall, scans, trips, () -> CommissionRules.DEFAULT);
        analytics = new SqlBuyerAnalytics(db, mall, firstChannels);
        return new MarketingStores(new JooqBuyers(db, mall), analytics, firstChannels,
                new JdbcMallBusinessTypes(db, mall), scans, trips, new JooqMerchants(db, mall), new JooqLeases(db, mall),
                new JooqStalls(db, mall), new JdbcCampaigns(db, mall), new JooqSignups(db, mall),
                new JdbcCoupons(db, mall), new JooqSubsidyStatements(db, mall), new JdbcMerchantStandings(db, mall),
                new DatabaseUnitOfWork(db));
    }

    /** Nothing is refreshed by hand: the stores bring derived data up to date before they read it. */
    void afterWrites() {
    }

    @Nested
    class Buyers extends BuyersContract {
        @Override
        protected MarketingStores emptyStores() {
            return fresh();
        }
    }

    @Nested
    class Analytics extends BuyerAnalyticsContract {
        @Override
        protected MarketingStores emptyStores() {
            return fresh();
        }
    }

    @Nested
    class FirstChannels extends FirstChannelsContract {
        @Override
        protected MarketingStores emptyStores() {
            return fresh();
        }
    }

    @Nested
    class Campaigns extends CampaignsContract {
        @Override
        protected MarketingStores emptyStores() {
            return fresh();
        }
    }

    @Nested
    class Signups extends SignupsContract {
        @Override
        protected MarketingStores emptyStores() {
            return fresh();
        }
    }

    @Nested
    class Coupons extends CouponsContract {
        @Override
        protected MarketingStores emptyStores() {
            return fresh();
        }
    }

    @Nested
    class SubsidyStatements extends SubsidyStatementsContract {
        @Override
        protected MarketingStores emptyStores() {
            return fresh();
        }
    }

    @Nested
    class MerchantStandings extends MerchantStandingsContract {
        @Override
        protected MarketingStores emptyStores() {
            return fresh();
        }
    }
}
