package org.mallcrm.adapters.persistence.buyer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.application.buyer.port.out.MallBusinessTypes;
import org.mallcrm.domain.stall.BusinessType;

/** The mall's business types: those of its stalls, every stall (retired ones too). */
public final class JdbcMallBusinessTypes implements MallBusinessTypes {

    private static final String ALL = "SELECT DISTINCT business_type FROM stall WHERE mall_id = ?";

    private final Jdbc jdbc;
    private final long mallId;

    public JdbcMallBusinessTypes(Database db, long mallId) {
        this.jdbc = new Jdbc(db);
        this.mallId = mallId;
    }

    @Override
    public SortedSet<BusinessType> all() {
        return jdbc.with("read the mall's business types", c -> {
            PreparedStatement ps = jdbc.prepared(c, ALL);
            ps.setLong(1, mallId);
            SortedSet<BusinessType> types = new TreeSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(new BusinessType(rs.getString(1)));
                }
            }
            return types;
        });
    }
}
