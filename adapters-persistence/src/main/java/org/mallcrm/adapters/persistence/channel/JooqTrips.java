package org.mallcrm.adapters.persistence.channel;

import static org.mallcrm.adapters.persistence.jooq.Tables.CHANNEL;
import static org.mallcrm.adapters.persistence.jooq.Tables.TRIP;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.buyer.ScanDerived;
import org.mallcrm.adapters.persistence.jooq.tables.records.ChannelRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.TripRecord;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.domain.channel.Channel;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CoachPlate;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.TripNo;

/** Channels and trips of one mall in SQLite, through jOOQ. Windows are stored as epoch nanoseconds. */
public final class JooqTrips implements Trips {

    private static final int CHUNK = 500;

    private final Database db;
    private final long mallId;

    public JooqTrips(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public Map<ChannelCode, Channel> channels(Collection<ChannelCode> codes) {
        Map<ChannelCode, Channel> result = new HashMap<>();
        List<String> keys = codes.stream().map(ChannelCode::value).toList();
        db.dsl(ctx -> {
            for (int i = 0; i < keys.size(); i += CHUNK) {
                for (ChannelRecord r : ctx.selectFrom(CHANNEL).where(CHANNEL.MALL_ID.eq(mallId))
                        .and(CHANNEL.CODE.in(keys.subList(i, Math.min(keys.size(), i + CHUNK)))).fetch()) {
                    Channel c = new Channel(ChannelCode.of(r.getCode()), r.getName());
                    result.put(c.code(), c);
                }
            }
            return null;
        });
        return result;
    }

    @Override
    public void insertChannels(Collection<Channel> channels) {
        if (channels.isEmpty()) {
            return;
        }
        db.dsl(ctx -> {
            var insert = ctx.insertInto(CHANNEL, CHANNEL.MALL_ID, CHANNEL.CODE, CHANNEL.NAME);
            for (Channel c : channels) {
                insert = insert.values(mallId, c.code().value(), c.name());
            }
            return insert.execute();
        });
    }

    @Override
    public Optional<Trip> find(TripNo no) {
        return db.dsl(ctx -> ctx.selectFrom(TRIP).where(TRIP.MALL_ID.eq(mallId)).and(TRIP.TRIP_NO.eq(no.value()))
                .fetchOptional().map(JooqTrips::toTrip));
    }

    @Override
    public Map<TripNo, Trip> findAll(Collection<TripNo> nos) {
        return byKeys(nos.stream().map(TripNo::value).toList(), TRIP.TRIP_NO::in, Trip::tripNo);
    }

    @Override
    public Map<ScanCode, Trip> findByCodes(Collection<ScanCode> codes) {
        return byKeys(codes.stream().map(ScanCode::value).toList(), TRIP.CHANNEL_CODE::in, Trip::channelCode);
    }

    private <K> Map<K, Trip> byKeys(List<String> keys, Function<List<String>, Condition> in, Function<Trip, K> key) {
        Map<K, Trip> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        db.dsl(ctx -> {
            for (int i = 0; i < keys.size(); i += CHUNK) {
                for (TripRecord r : ctx.selectFrom(TRIP).where(TRIP.MALL_ID.eq(mallId))
                        .and(in.apply(keys.subList(i, Math.min(keys.size(), i + CHUNK)))).fetch()) {
                    Trip t = toTrip(r);
                    result.put(key.apply(t), t);
                }
            }
            return null;
        });
        return result;
    }

    /**
     * Runs for every scan posted, so asked with plain JDBC, one prepared statement per pooled connection. Nothing is
     * kept between calls: a trip written by any process is seen by every server at once.
     */
    @Override
    public Optional<TripNo> tripNoOfCode(ScanCode code) {
        return db.withConnection(c -> {
            try {
                return tripNoOfCode(db, c, mallId, code.value());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read trips: " + e.getMessage(), e);
            }
        });
    }

    /** The trip a channel code names in a mall, read on {@code c} (the scan writer reads it inside its batch). */
    static Optional<TripNo> tripNoOfCode(Database db, Connection c, long mallId, String code) throws SQLException {
        PreparedStatement ps = db.prepared(c, "SELECT trip_no FROM trip WHERE mall_id = ? AND channel_code = ?");
        ps.setLong(1, mallId);
        ps.setString(2, code);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(TripNo.of(rs.getString(1))) : Optional.empty();
        }
    }

    /**
     * A month's trips (tens of thousands) are written with one plain JDBC batch: jOOQ's batch of records renders the
     * statement anew for every record, which made a 20,000-trip file cost seconds of CPU.
     */
    @Override
    public void insert(Collection<Trip> trips) {
        if (trips.isEmpty()) {
            return;
        }
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO trip (mall_id, trip_no, channel, channel_code, "
                    + "coach_plate, arrival_date, window_start_ns, window_end_ns, reported_headcount) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Trip t : trips) {
                    ps.setLong(1, mallId);
                    ps.setString(2, t.tripNo().value());
                    ps.setString(3, t.channel().value());
                    ps.setString(4, t.channelCode().value());
                    ps.setString(5, t.coachPlate().value());
                    db.setDate(ps, 6, t.arrivalDate());
                    ps.setLong(7, Nanos.of(t.windowStart()));
                    ps.setLong(8, Nanos.of(t.windowEnd()));
                    ps.setLong(9, t.reportedHeadcount());
                    ps.addBatch();
                    if (++n % CHUNK == 0) {
                        ps.executeBatch();
                    }
                }
                if (n % CHUNK != 0) {
                    ps.executeBatch();
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write trips: " + e.getMessage(), e);
            }
        });
        ScanDerived.channelDataChangedIn(db, mallId);
    }

    @Override
    public void update(Collection<Trip> trips) {
        db.dsl(ctx -> {
            for (Trip t : trips) {
                TripRecord r = ctx.newRecord(TRIP);
                fill(r, t);
                int n = ctx.update(TRIP).set(r).where(TRIP.MALL_ID.eq(mallId)).and(TRIP.TRIP_NO.eq(t.tripNo().value()))
                        .execute();
                if (n != 1) {
                    throw new IllegalStateException("trip " + t.tripNo() + " is not stored");
                }
            }
            return null;
        });
        ScanDerived.channelDataChangedIn(db, mallId);
    }

    /** A month's trips (tens of thousands) are read with plain JDBC: jOOQ's record mapping costs four times more. */
    @Override
    public List<Trip> arrivingBetween(LocalDate from, LocalDate to) {
        return loadPlain("arrival_date BETWEEN ? AND ?", from, to);
    }

    @Override
    public List<Trip> windowOverlapping(Instant from, Instant to) {
        return loadPlain("window_start_ns <= ? AND window_end_ns >= ?", Nanos.of(to), Nanos.of(from));
    }

    @Override
    public List<Trip> windowOverlappingArrivingOutside(Instant from, Instant to, LocalDate notFrom, LocalDate notTo) {
        return loadPlain("window_start_ns <= ? AND window_end_ns >= ? AND arrival_date NOT BETWEEN ? AND ?",
                Nanos.of(to), Nanos.of(from), notFrom, notTo);
    }

    private List<Trip> loadPlain(String where, Object... parameters) {
        String sql = "SELECT trip_no, channel, channel_code, coach_plate, arrival_date, window_start_ns, window_end_ns, "
                + "reported_headcount FROM trip WHERE mall_id = ? AND " + where + " ORDER BY trip_no";
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, mallId);
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof LocalDate day) {
                        db.setDate(ps, i + 2, day);
                    } else {
                        ps.setObject(i + 2, parameters[i]);
                    }
                }
                List<Trip> list = new ArrayList<>();
                Map<String, ChannelCode> channels = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Trip(TripNo.of(rs.getString(1)),
                                channels.computeIfAbsent(rs.getString(2), ChannelCode::of), ScanCode.of(rs.getString(3)),
                                CoachPlate.of(rs.getString(4)), db.getDate(rs, 5),
                                Nanos.instant(rs.getLong(6)), Nanos.instant(rs.getLong(7)), rs.getInt(8)));
                    }
                }
                return list;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read trips: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<Trip> list(Optional<ChannelCode> channel, TripNo after, int limit) {
        Condition c = DSL.trueCondition();
        if (channel.isPresent()) {
            c = c.and(TRIP.CHANNEL.eq(channel.get().value()));
        }
        if (after != null) {
            c = c.and(TRIP.TRIP_NO.gt(after.value()));
        }
        Condition where = c;
        return db.dsl(ctx -> ctx.selectFrom(TRIP).where(TRIP.MALL_ID.eq(mallId)).and(where).orderBy(TRIP.TRIP_NO)
                .limit(limit).fetch(JooqTrips::toTrip));
    }

    private List<Trip> load(Condition where) {
        return db.dsl((DSLContext ctx) -> ctx.selectFrom(TRIP).where(TRIP.MALL_ID.eq(mallId)).and(where)
                .orderBy(TRIP.TRIP_NO).fetch(JooqTrips::toTrip));
    }

    static Trip toTrip(TripRecord r) {
        return new Trip(TripNo.of(r.getTripNo()), ChannelCode.of(r.getChannel()), ScanCode.of(r.getChannelCode()),
                CoachPlate.of(r.getCoachPlate()), r.getArrivalDate(), Nanos.instant(r.getWindowStartNs()),
                Nanos.instant(r.getWindowEndNs()), Math.toIntExact(r.getReportedHeadcount()));
    }

    private static void fill(TripRecord r, Trip t) {
        r.setTripNo(t.tripNo().value());
        r.setChannel(t.channel().value());
        r.setChannelCode(t.channelCode().value());
        r.setCoachPlate(t.coachPlate().value());
        r.setArrivalDate(t.arrivalDate());
        r.setWindowStartNs(Nanos.of(t.windowStart()));
        r.setWindowEndNs(Nanos.of(t.windowEnd()));
        r.setReportedHeadcount((long) t.reportedHeadcount());
    }
}
