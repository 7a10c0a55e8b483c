package org.mallcrm.adapters.persistence.buyer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.coupon.port.out.MerchantStandings;
import org.mallcrm.domain.campaign.MerchantStanding;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.BusinessType;

/**
 * A merchant's standing on a day, read on every redemption with one prepared statement: the merchant's stage and
 * business type, joined to its leases live that day (term covering the day, not ended by an exit before it) with the
 * business types of their stalls.
 */
public final class JdbcMerchantStandings implements MerchantStandings {

    /**
     * One row per live lease and stall, or one row with no lease when none is live (a lease without stall rows still
     * counts, its stall's type null); no row for no such merchant.
     */
    private static final String STANDING = "SELECT m.stage, m.business_type, l.id, s.business_type FROM merchant m "
            + "LEFT JOIN lease l ON l.mall_id = m.mall_id AND l.merchant_no = m.merchant_no AND l.start_on <= ? "
            + "AND l.end_on >= ? AND (l.terminated_on IS NULL OR l.terminated_on >= ?) "
            + "LEFT JOIN lease_stall ls ON ls.lease_id = l.id "
            + "LEFT JOIN stall s ON s.mall_id = l.mall_id AND s.stall_no = ls.stall_no "
            + "WHERE m.mall_id = ? AND m.merchant_no = ?";

    private final Jdbc jdbc;
    private final long mallId;

    public JdbcMerchantStandings(Database db, long mallId) {
        this.jdbc = new Jdbc(db);
        this.mallId = mallId;
    }

    @Override
    public Optional<MerchantStanding> standing(MerchantNo merchant, LocalDate on) {
        return jdbc.with("read merchant " + merchant, c -> {
            PreparedStatement ps = jdbc.prepared(c, STANDING);
            jdbc.setDate(ps, 1, on);
            jdbc.setDate(ps, 2, on);
            jdbc.setDate(ps, 3, on);
            ps.setLong(4, mallId);
            ps.setString(5, merchant.value());
            String stage = null;
            SortedSet<BusinessType> types = new TreeSet<>();
            boolean leased = false;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (stage == null) {
                        stage = rs.getString(1);
                        if (rs.getString(2) != null) {
                            types.add(new BusinessType(rs.getString(2)));
                        }
                    }
                    rs.getLong(3);
                    if (!rs.wasNull()) {
                        leased = true;
                        if (rs.getString(4) != null) {
                            types.add(new BusinessType(rs.getString(4)));
                        }
                    }
                }
            }
            if (stage == null) {
                return Optional.empty();
            }
            boolean operating = stage.equals("OPERATING") || stage.equals("EXITING");
            return Optional.of(new MerchantStanding(merchant, operating, leased, types));
        });
    }
}
