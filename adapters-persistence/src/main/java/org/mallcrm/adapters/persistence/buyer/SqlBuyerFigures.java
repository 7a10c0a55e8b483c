package org.mallcrm.adapters.persistence.buyer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.buyer.port.out.BuyerAnalytics;
import org.mallcrm.application.report.port.out.BuyerActivity;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.report.BuyerFigures;
import org.mallcrm.domain.time.DateRange;
import org.mallcrm.domain.time.MallTime;

/**
 * The buyer figures of a mall's report for a period: buyers registered by the end of the as-of day (Asia/Shanghai),
 * registered buyers with a check-in on a day of the period (as {@code buyers stats --from --to} counts them: the
 * analytics' visits, rebuilt first after bulk imports), and the coupons redeemed on a day of the period that stand
 * (not reversed) with the mall's share of their discounts.
 */
public final class SqlBuyerFigures implements BuyerActivity {

    private static final String REGISTERED = "SELECT COUNT(*) FROM buyer WHERE mall_id = ? AND registered_at_ns < ?";
    private static final String REDEEMED = "SELECT COUNT(*), COALESCE(SUM(mall_share_fen), 0) FROM redemption "
            + "WHERE mall_id = ? AND reversed_at IS NULL AND redeemed_on BETWEEN ? AND ?";

    private final Jdbc jdbc;
    private final long mallId;
    private final BuyerAnalytics analytics;

    public SqlBuyerFigures(Database db, long mallId, BuyerAnalytics analytics) {
        this.jdbc = new Jdbc(db);
        this.mallId = mallId;
        this.analytics = analytics;
    }

    @Override
    public BuyerFigures figures(LocalDate from, LocalDate asOf) {
        long[] visiting = {0};
        analytics.forEachActive(new DateRange(from, asOf), a -> visiting[0]++);
        long endNs = ScanDerived.nanos(asOf.plusDays(1).atStartOfDay(MallTime.ZONE).toInstant());
        return jdbc.with("read the buyer figures", c -> {
            long registered;
            try (PreparedStatement ps = jdbc.prepared(c, REGISTERED)) {
                ps.setLong(1, mallId);
                ps.setLong(2, endNs);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    registered = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = jdbc.prepared(c, REDEEMED)) {
                ps.setLong(1, mallId);
                jdbc.setDate(ps, 2, from);
                jdbc.setDate(ps, 3, asOf);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new BuyerFigures(registered, visiting[0], rs.getLong(1), Money.ofFen(rs.getLong(2)));
                }
            }
        });
    }
}
