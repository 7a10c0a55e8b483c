package org.mallcrm.cli;

import java.time.Instant;
import java.util.Optional;
import org.mallcrm.adapters.http.HttpApi;
import org.mallcrm.adapters.persistence.JooqAccessTokens;
import org.mallcrm.adapters.persistence.JooqStalls;
import org.mallcrm.adapters.persistence.SqliteDatabase;
import org.mallcrm.adapters.persistence.SqliteUnitOfWork;
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
import org.mallcrm.application.stall.port.in.ImportStallsUseCase;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.application.stall.service.ImportStallsService;
import org.mallcrm.application.stall.service.StallQueryService;

/**
 * The composition root: the one place that wires adapters to use cases. The CLI's commands and the HTTP
 * server both take their use cases from here.
 */
public final class AppContext implements AutoCloseable {

    /** Where the database is: a JDBC URL. */
    public record Location(String jdbcUrl) {
    }

    /** The wall clock, the only one in the system. */
    static final Clock SYSTEM_CLOCK = Instant::now;

    private final SqliteDatabase db;
    private final long mallId;
    private final Clock clock;
    private final UnitOfWork unitOfWork;
    private final Stalls stalls;
    private final AccessTokenUseCases tokens;
    private final Trips trips;
    private final Scans scans;
    private final CommissionService commissions;

    private AppContext(SqliteDatabase db, long mallId, Clock clock) {
        this.db = db;
        this.mallId = mallId;
        this.clock = clock;
        this.unitOfWork = new SqliteUnitOfWork(db);
        this.stalls = new JooqStalls(db, mallId);
        this.tokens = new AccessTokenService(new JooqAccessTokens(db, mallId), clock);
        this.trips = new JooqTrips(db, mallId);
        this.scans = new JdbcScans(db, mallId);
        this.commissions = new CommissionService(trips, scans, new JooqCommissionRulesStore(db, mallId, clock),
                new JooqStatements(db, mallId, clock), unitOfWork, clock);
    }

    public static AppContext open(Location location, Optional<String> mall) {
        SqliteDatabase db = SqliteDatabase.openUrl(location.jdbcUrl(), 4);
        try {
            long mallId = db.mallId(mall, SYSTEM_CLOCK.now());
            return new AppContext(db, mallId, SYSTEM_CLOCK);
        } catch (IllegalArgumentException e) {
            db.close();
            throw CliException.refused(e.getMessage());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public SqliteDatabase database() {
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
        return new ImportStallsService(stalls, unitOfWork);
    }

    public StallQueries stallQueries() {
        return new StallQueryService(stalls);
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
        return new RecordScanService(scans, trips, unitOfWork, clock);
    }

    public HttpApi.Services httpServices() {
        return new HttpApi.Services(tokens, stallQueries(), tripUseCases(), recordScans(), commissions(),
                commissions());
    }

    @Override
    public void close() {
        db.close();
    }
}
