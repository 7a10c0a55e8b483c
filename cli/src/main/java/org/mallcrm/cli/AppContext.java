package org.mallcrm.cli;

import org.mallcrm.adapters.persistence.JooqEarnestMonies;
import org.mallcrm.adapters.persistence.JooqExitRequests;
import org.mallcrm.adapters.persistence.JooqIdempotentReplies;
import org.mallcrm.adapters.persistence.JooqLeases;
import org.mallcrm.adapters.persistence.JooqMerchants;
import org.mallcrm.adapters.persistence.JooqPlacements;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.application.lease.port.in.ExitUseCases;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.LeaseUseCases;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.application.lease.port.in.ReceiptUseCases;
import org.mallcrm.application.lease.port.out.EarnestMonies;
import org.mallcrm.application.lease.port.out.ExitRequests;
import org.mallcrm.application.lease.port.out.Leases;
import org.mallcrm.application.lease.port.out.Placements;
import org.mallcrm.application.lease.service.EarnestMoneyService;
import org.mallcrm.application.lease.service.ExitService;
import org.mallcrm.application.lease.service.LeaseQueryService;
import org.mallcrm.application.lease.service.LeaseService;
import org.mallcrm.application.lease.service.PlacementService;
import org.mallcrm.application.lease.service.ReceiptService;
import org.mallcrm.application.merchant.port.in.ImportMerchantsUseCase;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.application.merchant.service.ImportMerchantsService;
import org.mallcrm.application.merchant.service.MerchantQueryService;
import org.mallcrm.domain.credit.LeasingEligibility;
import org.mallcrm.adapters.persistence.JooqMallSettings;
import org.mallcrm.adapters.persistence.JooqMalls;
import org.mallcrm.application.mall.port.in.MallUseCases;
import org.mallcrm.application.mall.service.MallService;
import org.mallcrm.application.report.port.in.GroupReportUseCase;
import org.mallcrm.application.report.port.in.MallReportUseCase;
import org.mallcrm.application.report.service.GroupReportService;
import org.mallcrm.application.report.service.MallReportService;
import org.mallcrm.application.settings.port.in.SettingsUseCases;
import org.mallcrm.application.settings.port.out.MallSettingsStore;
import org.mallcrm.application.settings.service.SettingsService;
import org.mallcrm.adapters.persistence.JooqCredits;
import org.mallcrm.adapters.persistence.JooqFollowUps;
import org.mallcrm.adapters.persistence.JooqLeasedStalls;
import org.mallcrm.adapters.persistence.JooqMerchantRequests;
import org.mallcrm.adapters.persistence.JooqOperationsLog;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.application.credit.port.out.Credits;
import org.mallcrm.application.credit.port.out.OverdueInstallments;
import org.mallcrm.application.credit.service.CreditService;
import org.mallcrm.application.merchant.port.in.MerchantPipelineUseCases;
import org.mallcrm.application.merchant.service.MerchantPipelineService;
import org.mallcrm.application.merchantfile.port.in.MerchantFileQuery;
import org.mallcrm.application.merchantfile.service.MerchantFileService;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.application.request.service.MerchantRequestService;
import org.mallcrm.domain.credit.OverdueInstallment;
import java.time.Instant;
import java.util.Optional;
import org.mallcrm.adapters.http.HttpApi;
import org.mallcrm.adapters.http.common.MallScope;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.application.channel.port.in.CommissionRulesUseCase;
import org.mallcrm.application.channel.port.in.ReconcileUseCase;
import org.mallcrm.application.channel.port.in.StatementUseCases;
import org.mallcrm.application.common.port.out.IdempotentReplies;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mallcrm.adapters.http.stall.StallReshapeRoutes;
import org.mallcrm.adapters.persistence.JooqAccessTokens;
import org.mallcrm.adapters.persistence.JooqTokenSubjects;
import org.mallcrm.adapters.persistence.JooqStallDocuments;
import org.mallcrm.adapters.persistence.JooqStalls;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.DatabaseFileException;
import org.mallcrm.adapters.persistence.DatabaseUnavailableException;
import org.mallcrm.adapters.persistence.DatabaseUnitOfWork;
import org.mallcrm.adapters.persistence.Vendor;
import org.mallcrm.adapters.persistence.channel.JdbcScans;
import org.mallcrm.adapters.persistence.channel.JooqCommissionRulesStore;
import org.mallcrm.adapters.persistence.channel.JooqStatements;
import org.mallcrm.adapters.persistence.channel.JooqTrips;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.application.access.service.AccessTokenService;
import org.mallcrm.application.channel.port.in.ImportScansUseCase;
import org.mallcrm.application.channel.port.in.ImportTripsUseCase;
import org.mallcrm.application.channel.port.in.RecordScanUseCase;
import org.mallcrm.application.channel.port.in.TripUseCases;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.application.channel.service.CommissionService;
import org.mallcrm.application.channel.service.ImportScansService;
import org.mallcrm.application.channel.service.ImportTripsService;
import org.mallcrm.application.channel.service.RecordScanService;
import org.mallcrm.application.channel.service.TripService;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.stall.port.in.ChangeStallUseCase;
import org.mallcrm.application.stall.port.in.FloorQueries;
import org.mallcrm.application.stall.port.in.ImportStallsUseCase;
import org.mallcrm.application.stall.port.in.MergeStallsUseCase;
import org.mallcrm.application.stall.port.in.SplitStallUseCase;
import org.mallcrm.application.stall.port.in.StallHistoryQuery;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.application.lease.service.LeaseStallLeases;
import org.mallcrm.application.stall.port.out.StallLeases;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.application.stall.service.ChangeStallService;
import org.mallcrm.application.stall.service.FloorQueryService;
import org.mallcrm.application.stall.service.ImportStallsService;
import org.mallcrm.application.stall.service.MergeStallsService;
import org.mallcrm.application.stall.service.SplitStallService;
import org.mallcrm.application.stall.service.StallHistoryService;
import org.mallcrm.application.stall.service.StallQueryService;
import org.mallcrm.domain.stall.GeometryPolicy;
import org.mallcrm.application.buyer.port.in.BuyerQueries;
import org.mallcrm.application.buyer.port.in.BuyerStatsUseCase;
import org.mallcrm.application.buyer.port.in.RfmUseCase;
import org.mallcrm.application.campaign.port.in.CampaignUseCases;
import org.mallcrm.application.campaign.port.in.SignupUseCases;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase;
import org.mallcrm.application.coupon.port.in.CouponQueries;
import org.mallcrm.application.coupon.port.in.CampaignStatsUseCase;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases;
import org.mallcrm.adapters.http.coupon.MarketingRoutes;
import org.mallcrm.adapters.http.web.WebConsole;
import org.mallcrm.adapters.http.web.mobile.MobileMarketingPages;
import org.mallcrm.adapters.persistence.buyer.JdbcCampaigns;
import org.mallcrm.adapters.persistence.buyer.JdbcCoupons;
import org.mallcrm.adapters.persistence.buyer.JdbcMallBusinessTypes;
import org.mallcrm.adapters.persistence.buyer.JdbcMerchantStandings;
import org.mallcrm.adapters.persistence.buyer.JooqBuyers;
import org.mallcrm.adapters.persistence.buyer.JooqSignups;
import org.mallcrm.adapters.persistence.buyer.JooqSubsidyStatements;
import org.mallcrm.adapters.persistence.buyer.KeptFirstChannels;
import org.mallcrm.adapters.persistence.buyer.SqlBuyerAnalytics;
import org.mallcrm.application.buyer.port.in.ImportBuyersUseCase;
import org.mallcrm.application.buyer.port.in.RegisterBuyerUseCase;
import org.mallcrm.application.buyer.port.out.Buyers;
import org.mallcrm.application.buyer.port.out.MallBusinessTypes;
import org.mallcrm.application.buyer.service.BuyerQueryService;
import org.mallcrm.application.buyer.service.ImportBuyersService;
import org.mallcrm.application.buyer.service.RegisterBuyerService;
import org.mallcrm.application.buyer.service.RfmService;
import org.mallcrm.application.campaign.port.out.Campaigns;
import org.mallcrm.application.campaign.port.out.Signups;
import org.mallcrm.application.campaign.service.AudienceService;
import org.mallcrm.application.campaign.service.CampaignService;
import org.mallcrm.application.campaign.service.SignupService;
import org.mallcrm.application.coupon.port.out.CouponCodes;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.application.coupon.port.out.SubsidyStatements;
import org.mallcrm.application.coupon.service.CampaignStatsService;
import org.mallcrm.application.coupon.service.ClaimService;
import org.mallcrm.application.coupon.service.CouponQueryService;
import org.mallcrm.application.coupon.service.RedeemService;
import org.mallcrm.application.coupon.service.ReversalService;
import org.mallcrm.application.coupon.service.SubsidyService;
import org.mallcrm.adapters.persistence.account.JooqAccounts;
import org.mallcrm.adapters.persistence.account.JooqAuditTrail;
import org.mallcrm.adapters.persistence.account.JooqCallerMalls;
import org.mallcrm.adapters.persistence.account.JooqSignInLog;
import org.mallcrm.adapters.persistence.account.JooqWebSessions;
import org.mallcrm.application.account.port.in.AccountUseCases;
import org.mallcrm.application.account.port.in.SessionUseCases;
import org.mallcrm.application.account.port.out.Accounts;
import org.mallcrm.application.account.port.out.WebSessions;
import org.mallcrm.application.account.service.AccountService;
import org.mallcrm.application.account.service.CallerMallService;
import org.mallcrm.application.account.service.SessionService;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.audit.service.AuditLogService;
import org.mallcrm.application.common.port.out.ChangeCounters;
import org.mallcrm.application.overview.port.in.MallOverviewQuery;
import org.mallcrm.domain.account.Passwords;
import org.mallcrm.domain.account.SessionPolicy;
import org.mallcrm.domain.account.SignInPolicy;

/**
 * The composition root: the one place that wires adapters to use cases. The CLI's commands and the HTTP
 * server both take their use cases from here.
 */
public final class AppContext implements AutoCloseable {

    /** Where the database is: a JDBC URL, with the login for a server database (null when not needed). */
    public record Location(String jdbcUrl, String user, String password) {
        public Location(String jdbcUrl) {
            this(jdbcUrl, null, null);
        }
    }

    /**
     * The wall clock, the only one in the system: to the microsecond, the finest instant every store keeps
     * (PostgreSQL's timestamptz), so that what is read back equals what was written whatever the database.
     */
    static final Clock SYSTEM_CLOCK = () -> Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);

    /**
     * The clock of this process: the wall clock, unless the system property {@code mallcrm.now} names an instant
     * ({@code -Dmallcrm.now=2026-10-01T09:00:00+08:00}), when every command runs as if it were then. For replaying the
     * worked examples and for tests; a mall never sets it.
     */
    static Clock processClock() {
        String now = System.getProperty("mallcrm.now");
        if (now == null || now.isBlank()) {
            return SYSTEM_CLOCK;
        }
        Instant fixed;
        try {
            fixed = java.time.OffsetDateTime.parse(now.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new CliException(ExitCodes.USAGE, "mallcrm.now must be an instant like 2026-10-01T09:00:00+08:00, "
                    + "not '" + now + "'");
        }
        return () -> fixed;
    }

    private final Database db;
    private final long mallId;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final Stalls stalls;
    private final StallDocuments stallDocuments;
    private final AccessTokenUseCases tokens;
    private final Merchants merchants;
    private final Leases leases;
    private final EarnestMonies earnestMonies;
    private final Placements placements;
    private final ExitRequests exitRequests;
    /** The mall's settings, read from the store by each use case when it needs them (never cached here). */
    private final JooqMallSettings settings;
    /** The credit store: a blacklisted merchant is refused a new lease or a renewal, whatever its score now. */
    private final Credits credits;
    private final LeasingEligibility eligibility;
    private final Trips trips;
    private final Scans scans;
    private final CommissionService commissions;
    /** Buyers, campaigns and coupons (下游客户, 活动, 优惠券): the stores, and the services that keep state. */
    private final Buyers buyers;
    private final MallBusinessTypes businessTypes;
    private final KeptFirstChannels firstChannels;
    private final SqlBuyerAnalytics buyerAnalytics;
    private final Campaigns campaigns;
    private final Signups signups;
    private final Coupons coupons;
    private final SubsidyStatements subsidyStatements;
    private final MarketingPolicies marketingPolicies;
    /** One per context: it keeps the day's RFM thresholds that every single buyer's segment is judged by. */
    private final RfmService rfm;
    /**
     * New coupon codes, from one {@link java.security.SecureRandom} of the process (thread-safe), seeded on the first
     * claim: a command that claims nothing (every read) does not pay for seeding it.
     */
    private final CouponCodes couponCodes = () -> SecureCodes.CODES.next();

    private static final class SecureCodes {
        static final CouponCodes CODES = CouponCodes.secureRandom();
    }

    /** Whether closing this context closes the database (it opened it). */
    private final boolean ownsDatabase;

    private AppContext(Database db, long mallId, Clock clock, boolean ownsDatabase) {
        this.db = db;
        this.ownsDatabase = ownsDatabase;
        this.mallId = mallId;
        this.clock = clock;
        this.unitOfWork = new DatabaseUnitOfWork(db);
        this.stalls = new JooqStalls(db, mallId);
        this.stallDocuments = new JooqStallDocuments(db, mallId);
        this.tokens = new AccessTokenService(new JooqAccessTokens(db, mallId), new JooqTokenSubjects(db, mallId),
                clock);
        this.merchants = new JooqMerchants(db, mallId);
        this.leases = new JooqLeases(db, mallId);
        this.earnestMonies = new JooqEarnestMonies(db, mallId);
        this.placements = new JooqPlacements(db, mallId);
        this.exitRequests = new JooqExitRequests(db, mallId);
        this.credits = new JooqCredits(db, mallId);
        this.settings = new JooqMallSettings(db, mallId);
        // the credit settings as stored at the moment of each check
        this.eligibility = new LeasingEligibility() {
            @Override
            public org.mallcrm.domain.credit.Eligibility check(org.mallcrm.domain.merchant.MerchantNo merchant,
                    java.time.LocalDate asOf) {
                return LeasingEligibility.fromCredit(settings.current().creditPolicy(), credits::find)
                        .check(merchant, asOf);
            }

            @Override
            public LeasingEligibility readAhead(
                    java.util.Collection<org.mallcrm.domain.merchant.MerchantNo> merchants) {
                return LeasingEligibility.fromCredit(settings.current().creditPolicy(), credits::find, credits::findAll)
                        .readAhead(merchants);
            }
        };
        this.trips = new JooqTrips(db, mallId);
        this.scans = new JdbcScans(db, mallId);
        this.commissions = new CommissionService(trips, scans, new JooqCommissionRulesStore(db, mallId, clock),
                new JooqStatements(db, mallId, clock), settings, unitOfWork, clock);
        this.buyers = new JooqBuyers(db, mallId);
        this.businessTypes = new JdbcMallBusinessTypes(db, mallId);
        this.firstChannels = new KeptFirstChannels(db, mallId, scans, trips, commissions::rules);
        this.buyerAnalytics = new SqlBuyerAnalytics(db, mallId, firstChannels);
        this.campaigns = new JdbcCampaigns(db, mallId);
        this.signups = new JooqSignups(db, mallId);
        this.coupons = new JdbcCoupons(db, mallId);
        this.subsidyStatements = new JooqSubsidyStatements(db, mallId);
        this.marketingPolicies = MarketingPolicies.of(settings);
        this.rfm = new RfmService(buyerAnalytics, marketingPolicies.rfm(), clock);
    }

    /**
     * Opens (and migrates) the database at a location, no mall chosen yet.
     *
     * @throws CliException unavailable (exit 69) when a server database cannot be reached or refuses the login
     */
    public static Database openDatabase(Location location) {
        return openDatabase(location, upgrade -> { });
    }

    /**
     * As {@link #openDatabase(Location)}; {@code upgrading} hears, before it starts, that an existing database's
     * schema is being upgraded to this build's (it may take a while: the command prints it).
     */
    public static Database openDatabase(Location location, java.util.function.Consumer<String> upgrading) {
        return opening(() -> Database.open(location.jdbcUrl(), location.user(), location.password(),
                poolSize(location), upgrading));
    }

    /**
     * Opens the database for one command that reads (buyers rfm, stats): an up-to-date SQLite file with one plain
     * connection and no pool; anything else exactly as {@link #openDatabase} (see {@link Database#openForCommand}).
     */
    public static Database openDatabaseForCommand(Location location, java.util.function.Consumer<String> upgrading) {
        return opening(() -> Database.openForCommand(location.jdbcUrl(), location.user(), location.password(),
                poolSize(location), upgrading));
    }

    /** Connections a pool holds: {@code -Dmallcrm.db.pool}, else 4 on an SQLite file and 8 on a server. */
    private static int poolSize(Location location) {
        return Integer.getInteger("mallcrm.db.pool", Vendor.of(location.jdbcUrl()) == Vendor.SQLITE ? 4 : 8);
    }

    /** A database opened, or the CLI's "unavailable" (exit 69) when it cannot be reached or refuses the login. */
    private static Database opening(java.util.function.Supplier<Database> open) {
        try {
            return open.get();
        } catch (DatabaseUnavailableException e) {
            throw new CliException(ExitCodes.UNAVAILABLE, e.getMessage());
        } catch (DatabaseFileException e) {
            throw new CliException(ExitCodes.NO_INPUT, e.getMessage());
        }
    }

    public static AppContext open(Location location, Optional<String> mall) {
        Database db = openDatabase(location);
        try {
            return new AppContext(db, mallIdOf(db, mall), processClock(), true);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * The same database and mall seen at another clock (the demo replaying months of history through the use
     * cases). It shares this context's database: close this one, never the other.
     */
    public AppContext withClock(Clock other) {
        return new AppContext(db, mallId, other, false);
    }

    /**
     * The context of one mall of an open database (the database stays open when this fails): the mall with that
     * code, or with none the only one (a new database gets one, {@code MAIN}).
     *
     * @throws CliException refused (exit 1, as before malls were data) when the code is unknown, or no code is given
     *                      and the database holds several
     */
    public static AppContext forMall(Database db, Optional<String> mall) {
        return new AppContext(db, mallIdOf(db, mall), processClock(), false);
    }

    private static long mallIdOf(Database db, Optional<String> mall) {
        try {
            return db.mallId(mall.map(String::strip).map(c -> c.toUpperCase(java.util.Locale.ROOT)),
                    SYSTEM_CLOCK.now());
        } catch (IllegalArgumentException e) {
            throw CliException.refused(e.getMessage());
        }
    }

    /** This mall's figures (reports mall, and its row of the group report). */
    public MallReportUseCase mallReport() {
        return mallReport(mall());
    }

    /** This mall's buyers and coupons of a period, for its report and dashboard. */
    private org.mallcrm.application.report.port.out.BuyerActivity buyerFigures() {
        return new org.mallcrm.adapters.persistence.buyer.SqlBuyerFigures(db, mallId, buyerAnalytics);
    }

    /** The mall this context is for. */
    public org.mallcrm.domain.mall.Mall mall() {
        return new JooqMalls(db).byId(mallId)
                .orElseThrow(() -> new IllegalStateException("mall " + mallId + " is not in the database"));
    }

    private MallReportUseCase mallReport(org.mallcrm.domain.mall.Mall mall) {
        return new MallReportService(mall.code(), mall.name(), stalls, leases, settings, commissions,
                buyerFigures(), clock);
    }

    /** Every mall of a database side by side, each from its own stores. */
    public static GroupReportUseCase groupReport(Database db) {
        return new GroupReportService(new JooqMalls(db),
                mall -> forMall(db, java.util.Optional.of(mall.code())).mallReport(mall), SYSTEM_CLOCK);
    }

    /** The malls of a database, before (or without) choosing one. */
    public static MallUseCases malls(Database db) {
        return new MallService(new JooqMalls(db), new DatabaseUnitOfWork(db), SYSTEM_CLOCK);
    }

    public Database database() {
        return db;
    }

    public long mallId() {
        return mallId;
    }

    public Clock clock() {
        return clock;
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public Stalls stalls() {
        return stalls;
    }

    public ImportStallsUseCase importStalls() {
        return new ImportStallsService(stalls, unitOfWork, settings);
    }

    public StallQueries stallQueries() {
        return new StallQueryService(stalls);
    }

    /** Leases holding stalls, for the reshape vacancy check: none are stored yet. */
    public StallLeases stallLeases() {
        return new LeaseStallLeases(leases);
    }

    /** The mall's settings as stored (every use case reads them per call). */
    public MallSettingsStore settingsStore() {
        return settings;
    }

    public SettingsUseCases settings() {
        return new SettingsService(settings, unitOfWork, clock);
    }

    /** The malls of the database (of the group), whichever mall this context is for. */
    public MallUseCases malls() {
        return new MallService(new JooqMalls(db), unitOfWork, clock);
    }

    public SplitStallUseCase splitStall() {
        return new SplitStallService(stalls, stallDocuments, stallLeases(), unitOfWork, clock, settings);
    }

    public MergeStallsUseCase mergeStalls() {
        return new MergeStallsService(stalls, stallDocuments, stallLeases(), unitOfWork, clock, settings);
    }

    public ChangeStallUseCase changeStall() {
        return new ChangeStallService(stalls, stallDocuments, unitOfWork, clock, settings);
    }

    public StallHistoryQuery stallHistory() {
        return new StallHistoryService(stalls, stallDocuments);
    }

    public FloorQueries floorQueries() {
        return new FloorQueryService(stalls);
    }

    public AccessTokenUseCases tokens() {
        return tokens;
    }

    public Trips trips() {
        return trips;
    }

    public ImportTripsUseCase importTrips() {
        return new ImportTripsService(trips, unitOfWork);
    }

    public ImportScansUseCase importScans() {
        // -Dmallcrm.import.overlap=false reads and writes scan files on one thread (for comparison)
        return new ImportScansService(scans, unitOfWork, Runtime.getRuntime().availableProcessors() > 1
                && Boolean.parseBoolean(System.getProperty("mallcrm.import.overlap", "true")));
    }

    /** Commission rules, reconciliation and statements. */
    public CommissionService commissions() {
        return commissions;
    }

    public TripUseCases tripUseCases() {
        return new TripService(trips, unitOfWork);
    }

    public RecordScanUseCase recordScans() {
        return new RecordScanService(scans, trips, unitOfWork, clock, new JooqAccessTokens(db, mallId));
    }

    public Merchants merchants() {
        return merchants;
    }

    /** The lease store (the demo reads the leases it pays in one go). */
    public Leases leases() {
        return leases;
    }

    public ImportMerchantsUseCase importMerchants() {
        return new ImportMerchantsService(merchants, unitOfWork, clock);
    }

    public MerchantQueries merchantQueries() {
        return new MerchantQueryService(merchants, clock);
    }

    public LeaseUseCases leaseUseCases() {
        return new LeaseService(leases, merchants, stalls, earnestMonies, placements, eligibility, settings,
                unitOfWork, clock);
    }

    public LeaseQueries leaseQueries() {
        return new LeaseQueryService(leases, settings, clock);
    }

    public ReceiptUseCases receipts() {
        return new ReceiptService(leases, settings, unitOfWork);
    }

    public EarnestMoneyUseCases deposits() {
        return new EarnestMoneyService(earnestMonies, stalls, merchants, eligibility, settings, unitOfWork, clock);
    }

    public PlacementUseCases placementUseCases() {
        return new PlacementService(placements, merchants, stalls, eligibility, unitOfWork, clock);
    }

    public ExitUseCases exitUseCases() {
        return new ExitService(exitRequests, leases, stalls, merchants, settings, unitOfWork, clock);
    }

    public CreditUseCases credit() {
        return new CreditService(credits, merchants, overdueInstallments(), settings, unitOfWork, clock);
    }

    /** Installments unpaid past their due day, for the optional overdue rule; the stall when the lease has one. */
    private OverdueInstallments overdueInstallments() {
        LeaseQueries queries = leaseQueries();
        return asOf -> queries.reminders(asOf, 0).stream().filter(r -> r.daysOverdue() > 0).map(r -> {
            var stalls = queries.find(r.leaseNo()).map(l -> l.account().lease().terms().stallNos())
                    .orElse(java.util.List.of());
            return new OverdueInstallment(r.merchantNo(), r.leaseNo(), r.seq(), r.dueOn(),
                    stalls.size() == 1 ? stalls.get(0) : null);
        }).toList();
    }

    public MerchantPipelineUseCases pipeline() {
        return new MerchantPipelineService(merchants, new JooqFollowUps(db, mallId), new JooqOperationsLog(db, mallId),
                unitOfWork, clock);
    }

    public MerchantRequestUseCases merchantRequests() {
        return new MerchantRequestService(new JooqMerchantRequests(db, mallId), merchants,
                new JooqLeasedStalls(db, mallId), unitOfWork, clock);
    }

    public MerchantFileQuery merchantFiles() {
        return new MerchantFileService(merchants, pipeline(), credit(), merchantRequests(), leaseQueries(),
                earnestMonies, placements, clock);
    }

    public MerchantDesk.UseCases merchantDesk() {
        return new MerchantDesk.UseCases(merchantQueries(), pipeline(), credit(), merchantRequests(), merchantFiles());
    }

    // ---- buyers, campaigns and coupons ----

    public Buyers buyers() {
        return buyers;
    }

    /** Buyer analytics kept in the database (visit days, first channels), brought up to date before it is read. */
    public SqlBuyerAnalytics buyerAnalytics() {
        return buyerAnalytics;
    }

    public KeptFirstChannels firstChannels() {
        return firstChannels;
    }

    public Coupons coupons() {
        return coupons;
    }

    public Campaigns campaigns() {
        return campaigns;
    }

    /** The buyer, reversal and settlement policies, from the one place they are read. */
    public MarketingPolicies marketingPolicies() {
        return marketingPolicies;
    }

    public ImportBuyersUseCase importBuyers() {
        return new ImportBuyersService(buyers, businessTypes, unitOfWork, clock);
    }

    public RegisterBuyerUseCase registerBuyer() {
        return new RegisterBuyerService(buyers, businessTypes, unitOfWork, clock);
    }

    public RfmService rfm() {
        return rfm;
    }

    public BuyerQueryService buyerQueries() {
        return new BuyerQueryService(buyers, buyerAnalytics, firstChannels, rfm, clock);
    }

    public AudienceService audience() {
        return new AudienceService(buyers, firstChannels, rfm);
    }

    public CampaignService campaignUseCases() {
        return new CampaignService(campaigns, businessTypes, trips, merchants, audience(), unitOfWork, clock);
    }

    public SignupService signupUseCases() {
        return new SignupService(campaigns, signups, audience(), unitOfWork, clock);
    }

    public ClaimService claims() {
        return new ClaimService(campaigns, coupons, couponCodes, audience(), unitOfWork, clock);
    }

    public RedeemService redemptions() {
        return new RedeemService(campaigns, coupons, new JdbcMerchantStandings(db, mallId), subsidyStatements,
                unitOfWork, clock);
    }

    public ReversalService reversals() {
        return new ReversalService(coupons, subsidyStatements, marketingPolicies.reversal(), unitOfWork, clock);
    }

    public SubsidyService subsidies() {
        return new SubsidyService(coupons, subsidyStatements, leases, marketingPolicies.settlement(), unitOfWork,
                clock);
    }

    public CouponQueryService couponQueries() {
        return new CouponQueryService(coupons, clock);
    }

    public CampaignStatsService campaignStats() {
        return new CampaignStatsService(campaigns, coupons, signups);
    }

    public HttpApi.Services httpServices() {
        return new HttpApi.Services(tokens, stallQueries(),
                new StallReshapeRoutes.UseCases(splitStall(), mergeStalls(), changeStall(), stallHistory()),
                floorQueries(), leaseUseCases(), leaseQueries(), receipts(), deposits(),
                placementUseCases(), exitUseCases(), unitOfWork, new JooqIdempotentReplies(db, mallId),
                merchantDesk(), tripUseCases(), recordScans(), commissions(), commissions(), settings(),
                groupReport(db), marketingRoutes());
    }

    /** The buyer, campaign and coupon use cases the API serves. */
    public MarketingRoutes.UseCases marketingRoutes() {
        BuyerQueryService buyerQueries = buyerQueries();
        return new MarketingRoutes.UseCases(registerBuyer(), buyerQueries, buyerQueries, rfm, campaignUseCases(),
                signupUseCases(), claims(), redemptions(), reversals(), couponQueries(), campaignStats(), subsidies(),
                coupons::claimed, m -> merchants.find(m).isPresent());
    }

    /**
     * The HTTP services of every mall of a database, for one server: tokens are looked up in every mall, and each
     * call of a use case acts on the mall of the request (the caller's, see {@link MallScope}); each mall's services
     * are built on its first request and kept. The group report reads every mall.
     */
    public static HttpApi.Services httpServicesOfEveryMall(Database db) {
        Map<String, HttpApi.Services> built = new ConcurrentHashMap<>();
        Function<String, HttpApi.Services> of = code -> built.computeIfAbsent(code,
                c -> forMall(db, Optional.of(c)).httpServices());
        return new HttpApi.Services(
                new AccessTokenService(JooqAccessTokens.anyMall(db), (role, subject) -> false, SYSTEM_CLOCK),
                perMall(StallQueries.class, c -> of.apply(c).stalls()),
                new StallReshapeRoutes.UseCases(
                        perMall(SplitStallUseCase.class, c -> of.apply(c).reshaping().split()),
                        perMall(MergeStallsUseCase.class, c -> of.apply(c).reshaping().merge()),
                        perMall(ChangeStallUseCase.class, c -> of.apply(c).reshaping().change()),
                        perMall(StallHistoryQuery.class, c -> of.apply(c).reshaping().history())),
                perMall(FloorQueries.class, c -> of.apply(c).floors()),
                perMall(LeaseUseCases.class, c -> of.apply(c).leases()),
                perMall(LeaseQueries.class, c -> of.apply(c).leaseQueries()),
                perMall(ReceiptUseCases.class, c -> of.apply(c).receipts()),
                perMall(EarnestMoneyUseCases.class, c -> of.apply(c).deposits()),
                perMall(PlacementUseCases.class, c -> of.apply(c).placements()),
                perMall(ExitUseCases.class, c -> of.apply(c).exits()),
                new DatabaseUnitOfWork(db),
                perMall(IdempotentReplies.class, c -> of.apply(c).idempotentReplies()),
                new MerchantDesk.UseCases(
                        perMall(MerchantQueries.class, c -> of.apply(c).merchantDesk().merchants()),
                        perMall(MerchantPipelineUseCases.class, c -> of.apply(c).merchantDesk().pipeline()),
                        perMall(CreditUseCases.class, c -> of.apply(c).merchantDesk().credit()),
                        perMall(MerchantRequestUseCases.class, c -> of.apply(c).merchantDesk().requests()),
                        perMall(MerchantFileQuery.class, c -> of.apply(c).merchantDesk().files())),
                perMall(TripUseCases.class, c -> of.apply(c).trips()),
                perMall(RecordScanUseCase.class, c -> of.apply(c).recordScans()),
                perMall(ReconcileUseCase.class, c -> of.apply(c).reconcile()),
                perMall(StatementUseCases.class, c -> of.apply(c).statements()),
                perMall(SettingsUseCases.class, c -> of.apply(c).settings()),
                groupReport(db),
                marketingOfEveryMall(c -> of.apply(c).marketing()));
    }

    /** The buyer, campaign and coupon use cases of the mall of each request. */
    private static MarketingRoutes.UseCases marketingOfEveryMall(Function<String, MarketingRoutes.UseCases> m) {
        return new MarketingRoutes.UseCases(
                perMall(RegisterBuyerUseCase.class, c -> m.apply(c).registration()),
                perMall(BuyerQueries.class, c -> m.apply(c).buyers()),
                perMall(BuyerStatsUseCase.class, c -> m.apply(c).stats()),
                perMall(RfmUseCase.class, c -> m.apply(c).rfm()),
                perMall(CampaignUseCases.class, c -> m.apply(c).campaigns()),
                perMall(SignupUseCases.class, c -> m.apply(c).signups()),
                perMall(ClaimCouponUseCase.class, c -> m.apply(c).claims()),
                perMall(RedeemCouponUseCase.class, c -> m.apply(c).redemptions()),
                perMall(ReverseRedemptionUseCase.class, c -> m.apply(c).reversals()),
                perMall(CouponQueries.class, c -> m.apply(c).coupons()),
                perMall(CampaignStatsUseCase.class, c -> m.apply(c).campaignStats()),
                perMall(SubsidyUseCases.class, c -> m.apply(c).subsidies()),
                campaign -> m.apply(requestMall()).claimedOf().applyAsLong(campaign),
                merchant -> m.apply(requestMall()).merchantExists().test(merchant));
    }

    private static String requestMall() {
        return MallScope.current().orElseThrow(() -> new IllegalStateException("no mall for this request"));
    }

    private static <T> T perMall(Class<T> port, Function<String, T> forMall) {
        return MallScope.perMall(port, forMall);
    }

    /** The web pages' accounts: one store each, shared by the account and session use cases. */
    private Accounts accountStore;
    private WebSessions sessionStore;

    /**
     * The password hasher, one for the process (thread-safe), made on the first sign-in or account change: its
     * {@link java.security.SecureRandom} sets up the JDK's security providers (about 6 ms), which a command that checks
     * no password (every read) does not pay for.
     */
    private static final class StandardPasswords {
        static final Passwords PASSWORDS = Passwords.standard();
    }

    private synchronized Accounts accountStore() {
        if (accountStore == null) {
            accountStore = new JooqAccounts(db, mallId);
            sessionStore = new JooqWebSessions(db, mallId);
        }
        return accountStore;
    }

    public AccountUseCases accounts() {
        return new AccountService(accountStore(), sessionStore, merchants, StandardPasswords.PASSWORDS, unitOfWork,
                clock);
    }

    public SessionUseCases sessions() {
        return new SessionService(accountStore(), sessionStore, new JooqSignInLog(db, mallId),
                StandardPasswords.PASSWORDS, SignInPolicy.DEFAULT, SessionPolicy.DEFAULT, unitOfWork, clock);
    }

    /** The mall's name, as the pages show it in their header. */
    public String mallName() {
        return db.dsl(c -> c.select(org.mallcrm.adapters.persistence.jooq.Tables.MALL.NAME)
                .from(org.mallcrm.adapters.persistence.jooq.Tables.MALL)
                .where(org.mallcrm.adapters.persistence.jooq.Tables.MALL.ID.eq(mallId))
                .fetchOne(org.mallcrm.adapters.persistence.jooq.Tables.MALL.NAME));
    }

    /**
     * The dashboard's figures, from the same use cases as the commands that report each; with {@code counters},
     * figures are kept between calls while the records they come from are unchanged.
     */
    public MallOverviewQuery overview(LeaseQueries leases, ChangeCounters counters) {
        return new org.mallcrm.application.overview.service.MallOverviewService(floorQueries(), leases, pipeline(),
                commissions(), buyerFigures(), clock, counters);
    }

    /** The change counters the store's triggers keep, for results kept between requests of a server. */
    public ChangeCounters changeCounters() {
        return new org.mallcrm.adapters.persistence.JdbcChangeCounters(db);
    }

    /** The use cases the web pages call; lease reports and the dashboard are kept while their records are unchanged. */
    public WebConsole.Services webServices() {
        String name = mallName();
        var counters = changeCounters();
        LeaseQueries leases = new LeaseQueryService(this.leases, settings, clock, counters);
        return new WebConsole.Services(sessions(), accounts(), auditLog(),
                overview(leases, counters), floorQueries(), stallQueries(), deposits(), leases, merchantQueries(),
                commissions(), counters, () -> name, receipts(), merchantRequests(), commissions(), tripUseCases(),
                new MobileMarketingPages.UseCases(campaignUseCases(), signupUseCases(), claims(), redemptions(),
                        couponQueries()),
                new CallerMallService(new JooqCallerMalls(db)), mall().code(), fileImports(), commissions(), leaseUseCases(),
                exitUseCases(), new StallReshapeRoutes.UseCases(splitStall(), mergeStalls(), changeStall(),
                        stallHistory()), merchantDesk(), marketingRoutes(), settings(), placementUseCases());
    }

    /** The imports of files, by kind: the command line's {@code import KIND FILE} and the console's uploads. */
    public org.mallcrm.adapters.http.imports.FileImports fileImports() {
        return new org.mallcrm.adapters.http.imports.FileImports(importStalls(), importMerchants(), leaseUseCases(),
                receipts(), importTrips(), importScans(), importBuyers());
    }

    /**
     * The web pages of every mall of the database: each request acts on the mall of its session (or of the login it
     * signs in with); {@code defaultMall} names the mall of the pages shown before a sign-in.
     */
    @SuppressWarnings("unchecked")
    public static WebConsole.Services webServicesOfEveryMall(Database db, String defaultMall) {
        Map<String, WebConsole.Services> built = new ConcurrentHashMap<>();
        Function<String, WebConsole.Services> of = code -> built.computeIfAbsent(code,
                c -> forMall(db, Optional.of(c)).webServices());
        return new WebConsole.Services(
                perMall(SessionUseCases.class, c -> of.apply(c).sessions()),
                perMall(AccountUseCases.class, c -> of.apply(c).accounts()),
                perMall(AuditLog.class, c -> of.apply(c).audit()),
                perMall(MallOverviewQuery.class, c -> of.apply(c).overview()),
                perMall(FloorQueries.class, c -> of.apply(c).floors()),
                perMall(StallQueries.class, c -> of.apply(c).stalls()),
                perMall(EarnestMoneyUseCases.class, c -> of.apply(c).deposits()),
                perMall(LeaseQueries.class, c -> of.apply(c).leases()),
                perMall(MerchantQueries.class, c -> of.apply(c).merchants()),
                perMall(ReconcileUseCase.class, c -> of.apply(c).reconcile()),
                perMall(ChangeCounters.class, c -> of.apply(c).counters()),
                perMall(Supplier.class, c -> of.apply(c).mallName()),
                perMall(ReceiptUseCases.class, c -> of.apply(c).receipts()),
                perMall(MerchantRequestUseCases.class, c -> of.apply(c).requests()),
                perMall(StatementUseCases.class, c -> of.apply(c).statements()),
                perMall(TripUseCases.class, c -> of.apply(c).trips()),
                new MobileMarketingPages.UseCases(
                        perMall(CampaignUseCases.class, c -> of.apply(c).marketing().campaigns()),
                        perMall(SignupUseCases.class, c -> of.apply(c).marketing().signups()),
                        perMall(ClaimCouponUseCase.class, c -> of.apply(c).marketing().claims()),
                        perMall(RedeemCouponUseCase.class, c -> of.apply(c).marketing().redemptions()),
                        perMall(CouponQueries.class, c -> of.apply(c).marketing().coupons())),
                new CallerMallService(new JooqCallerMalls(db)), defaultMall,
                new org.mallcrm.adapters.http.imports.FileImports(
                        perMall(ImportStallsUseCase.class, c -> of.apply(c).imports().stalls()),
                        perMall(ImportMerchantsUseCase.class, c -> of.apply(c).imports().merchants()),
                        perMall(LeaseUseCases.class, c -> of.apply(c).imports().leases()),
                        perMall(ReceiptUseCases.class, c -> of.apply(c).imports().receipts()),
                        perMall(ImportTripsUseCase.class, c -> of.apply(c).imports().trips()),
                        perMall(ImportScansUseCase.class, c -> of.apply(c).imports().scans()),
                        perMall(ImportBuyersUseCase.class, c -> of.apply(c).imports().buyers())),
                perMall(CommissionRulesUseCase.class, c -> of.apply(c).commissionRules()),
                perMall(LeaseUseCases.class, c -> of.apply(c).leaseUseCases()),
                perMall(ExitUseCases.class, c -> of.apply(c).exits()),
                new StallReshapeRoutes.UseCases(
                        perMall(SplitStallUseCase.class, c -> of.apply(c).reshaping().split()),
                        perMall(MergeStallsUseCase.class, c -> of.apply(c).reshaping().merge()),
                        perMall(ChangeStallUseCase.class, c -> of.apply(c).reshaping().change()),
                        perMall(StallHistoryQuery.class, c -> of.apply(c).reshaping().history())),
                new MerchantDesk.UseCases(
                        perMall(MerchantQueries.class, c -> of.apply(c).merchantDesk().merchants()),
                        perMall(MerchantPipelineUseCases.class, c -> of.apply(c).merchantDesk().pipeline()),
                        perMall(CreditUseCases.class, c -> of.apply(c).merchantDesk().credit()),
                        perMall(MerchantRequestUseCases.class, c -> of.apply(c).merchantDesk().requests()),
                        perMall(MerchantFileQuery.class, c -> of.apply(c).merchantDesk().files())),
                marketingOfEveryMall(c -> of.apply(c).marketingDesk()),
                perMall(SettingsUseCases.class, c -> of.apply(c).settings()),
                perMall(PlacementUseCases.class, c -> of.apply(c).placements()));
    }

    /** The operation log (操作日志): pages write every change they make to it; the CLI its account changes. */
    public AuditLog auditLog() {
        return new AuditLogService(new JooqAuditTrail(db, mallId), clock);
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            db.close();
        }
    }
}
