package org.mallcrm.adapters.persistence.buyer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.ScanMonths;
import org.mallcrm.application.buyer.port.out.FirstChannels;
import org.mallcrm.application.buyer.service.FirstHeadsFinder;
import org.mallcrm.application.channel.port.out.Scans;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.FirstValidHeads;
import org.mallcrm.domain.channel.Reconciler;
import org.mallcrm.domain.channel.ScanCode;
import org.mallcrm.domain.channel.ScanKind;
import org.mallcrm.domain.channel.Trip;
import org.mallcrm.domain.channel.ValidHead;

/**
 * Buyers' first channels (the channel of the trip of a buyer's earliest valid head).
 *
 * <p>One buyer's (asked on every claim of a campaign whose audience names channels, and by a buyer's file) is
 * reconciled from that buyer's own scans and the trips its channel scans name: valid heads, and the once-per-day rule
 * between them, depend on nothing else, so this is exact and reads a handful of rows.
 *
 * <p>Every buyer's (the shares of buyers by channel) is kept in {@code buyer_first_channel}, computed by reconciling
 * every trip against every scan ({@link FirstHeadsFinder}) and computed again when the mall's
 * {@code channel_data_generation} has moved on since: every write of scans, trips or commission rules moves it.
 */
public final class KeptFirstChannels implements FirstChannels {

    private static final String GENERATION = "SELECT generation FROM channel_data_generation WHERE mall_id = ?";
    private static final String KEPT = "SELECT generation FROM buyer_first_channel_state WHERE mall_id = ?";

    private final Database db;
    private final Jdbc jdbc;
    private final long mallId;
    private final Scans scans;
    private final Trips trips;
    private final Supplier<CommissionRules> rules;
    private final String scansOfBuyer;

    /** @param rules the mall's commission rules (their scan-order tolerance decides validity), read on every use */
    public KeptFirstChannels(Database db, long mallId, Scans scans, Trips trips, Supplier<CommissionRules> rules) {
        this.db = db;
        this.jdbc = new Jdbc(db);
        this.mallId = mallId;
        this.scans = scans;
        this.trips = trips;
        this.rules = rules;
        this.scansOfBuyer = ScanMonths.ofBuyer(db.vendor(), "kind, code, scanned_at_ns, scan_id",
                " ORDER BY scanned_at_ns, scan_id");
    }

    private record Row(ScanKind kind, String code, long at, String id) {
    }

    @Override
    public Optional<ChannelCode> firstChannelOf(BuyerId buyer) {
        List<Row> rows = new ArrayList<>();
        Set<ScanCode> codes = new LinkedHashSet<>();
        jdbc.with("read the scans of buyer " + buyer, c -> {
            PreparedStatement ps = jdbc.prepared(c, scansOfBuyer);
            ScanMonths.bindBuyer(db.vendor(), ps, mallId, buyer.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = new Row(ScanKind.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getString(4));
                    rows.add(r);
                    if (r.kind() == ScanKind.CHANNEL) {
                        codes.add(ScanCode.of(r.code()));
                    }
                }
            }
            return null;
        });
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        Map<ScanCode, Trip> named = trips.findByCodes(codes);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        FirstValidHeads first = new FirstValidHeads();
        Reconciler r = new Reconciler(List.copyOf(named.values()), rules.get(), first);
        for (Row row : rows) {
            r.scan(buyer.value(), row.kind(), row.code(), instant(row.at()), row.id());
        }
        r.finish();
        return first.of(buyer).map(h -> h.trip().channel());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Whether the kept first channels are those of the data as it is now. */
    boolean fresh() {
        return jdbc.with("read the state of first channels", c -> {
            long now = Math.max(0, single(c.prepareStatement(GENERATION)));
            long kept = single(c.prepareStatement(KEPT));
            return kept == now;
        });
    }

    private long single(PreparedStatement ps) throws java.sql.SQLException {
        try (ps) {
            ps.setLong(1, mallId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /**
     * Brings {@code buyer_first_channel} up to date when the data moved on: reconciles everything (outside any write
     * transaction: writers go on meanwhile) and replaces the table in one short transaction, marked with the
     * generation read before the data was, so that a change made meanwhile leaves it stale for next time.
     */
    public void refreshIfStale() {
        if (fresh()) {
            return;
        }
        refresh();
    }

    /** Computes every buyer's first channel again, whatever the state. */
    public void refresh() {
        long generation = jdbc.with("read the generation of channel data", c -> {
            long g = single(c.prepareStatement(GENERATION));
            return Math.max(g, 0);
        });
        Map<BuyerId, ValidHead> heads = new FirstHeadsFinder(trips, scans, rules).find().all();
        Instant now = Instant.now();
        db.inTransaction(() -> jdbc.with("keep the first channels", c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM buyer_first_channel WHERE mall_id = ?")) {
                del.setLong(1, mallId);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO buyer_first_channel (mall_id, buyer_id, "
                    + "channel, trip_no, checkin_at_ns) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                for (ValidHead h : heads.values()) {
                    ins.setLong(1, mallId);
                    ins.setString(2, h.buyer().value());
                    ins.setString(3, h.trip().channel().value());
                    ins.setString(4, h.trip().tripNo().value());
                    ins.setLong(5, ScanDerived.nanos(h.checkinAt()));
                    ins.addBatch();
                    if (++n % 1000 == 0) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO buyer_first_channel_state (mall_id, generation, "
                    + "refreshed_at) VALUES (?, ?, ?) ON CONFLICT (mall_id) DO UPDATE SET generation = "
                    + "excluded.generation, refreshed_at = excluded.refreshed_at")) {
                st.setLong(1, mallId);
                st.setLong(2, generation);
                jdbc.setInstant(st, 3, now);
                st.executeUpdate();
            }
            return null;
        }));
    }
}
