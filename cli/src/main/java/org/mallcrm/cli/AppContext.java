package org.mallcrm.cli;

import java.time.Instant;
import java.util.Optional;
import org.mallcrm.adapters.http.HttpApi;
import org.mallcrm.adapters.http.stall.StallReshapeRoutes;
import org.mallcrm.adapters.persistence.JooqAccessTokens;
import org.mallcrm.adapters.persistence.JooqStallDocuments;
import org.mallcrm.adapters.persistence.JooqStalls;
import org.mallcrm.adapters.persistence.SqliteDatabase;
import org.mallcrm.adapters.persistence.SqliteUnitOfWork;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.application.access.service.AccessTokenService;
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
    private final StallDocuments stallDocuments;
    private final AccessTokenUseCases tokens;

    private AppContext(SqliteDatabase db, long mallId, Clock clock) {
        this.db = db;
        this.mallId = mallId;
        this.clock = clock;
        this.unitOfWork = new SqliteUnitOfWork(db);
        this.stalls = new JooqStalls(db, mallId);
        this.stallDocuments = new JooqStallDocuments(db, mallId);
        this.tokens = new AccessTokenService(new JooqAccessTokens(db, mallId), clock);
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

    /** Leases holding stalls, for the reshape vacancy check: none are stored yet. */
    public StallLeases stallLeases() {
        return StallLeases.NONE;
    }

    /** The mall's geometry settings: the defaults of domain-rules.md §1 until malls can set their own. */
    public GeometryPolicy geometryPolicy() {
        return GeometryPolicy.DEFAULTS;
    }

    public SplitStallUseCase splitStall() {
        return new SplitStallService(stalls, stallDocuments, stallLeases(), unitOfWork, clock, geometryPolicy());
    }

    public MergeStallsUseCase mergeStalls() {
        return new MergeStallsService(stalls, stallDocuments, stallLeases(), unitOfWork, clock, geometryPolicy());
    }

    public ChangeStallUseCase changeStall() {
        return new ChangeStallService(stalls, stallDocuments, unitOfWork, clock, geometryPolicy());
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

    public HttpApi.Services httpServices() {
        return new HttpApi.Services(tokens, stallQueries(),
                new StallReshapeRoutes.UseCases(splitStall(), mergeStalls(), changeStall(), stallHistory()),
                floorQueries());
    }

    @Override
    public void close() {
        db.close();
    }
}
