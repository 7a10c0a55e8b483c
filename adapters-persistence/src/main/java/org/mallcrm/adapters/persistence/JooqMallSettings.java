package org.mallcrm.adapters.persistence;

import static org.mallcrm.adapters.persistence.jooq.Tables.MALL_SETTING;
import static org.mallcrm.adapters.persistence.jooq.Tables.MALL_SETTING_CHANGE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.mallcrm.application.settings.port.in.SettingsUseCases.SettingChange;
import org.mallcrm.application.settings.port.out.MallSettingsStore;
import org.mallcrm.domain.settings.MallSettings;
import org.mallcrm.domain.settings.SettingValueChange;

/**
 * One mall's settings: {@code mall_setting} holds a value for each key the mall has set, {@code mall_setting_change}
 * every change (append only). Read once per transaction, never kept beyond it: a change made by another process
 * applies from the next transaction.
 */
public final class JooqMallSettings implements MallSettingsStore {

    private static final String STORED = "SELECT setting_key, setting_value FROM mall_setting WHERE mall_id = ? "
            + "ORDER BY setting_key";

    private final Database db;
    private final long mallId;
    private final String memoKey;

    public JooqMallSettings(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
        this.memoKey = "mall_setting:" + mallId;
    }

    /** Read once per transaction (see {@link Database#perTransaction}); a save in it is seen by its next read. */
    @Override
    public MallSettings current() {
        return db.perTransaction(memoKey, () -> MallSettings.fromStored(stored()));
    }

    /**
     * In plain JDBC, a statement kept with the connection: most commands and many requests read the settings, and the
     * first jOOQ query of a process costs a tenth of a second of start-up by itself.
     */
    @Override
    public Map<String, String> stored() {
        return db.withConnection(c -> {
            Map<String, String> m = new LinkedHashMap<>();
            try {
                PreparedStatement ps = db.prepared(c, STORED);
                ps.setLong(1, mallId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the mall's settings: " + e.getMessage(), e);
            }
            return m;
        });
    }

    @Override
    public void save(List<SettingValueChange> changes, String by, Instant at) {
        db.forget(memoKey);
        db.inTransaction(() -> db.dsl(ctx -> {
            for (SettingValueChange c : changes) {
                String key = c.setting().key();
                ctx.insertInto(MALL_SETTING)
                        .set(MALL_SETTING.MALL_ID, mallId)
                        .set(MALL_SETTING.SETTING_KEY, key)
                        .set(MALL_SETTING.SETTING_VALUE, c.newValue())
                        .set(MALL_SETTING.UPDATED_AT, at)
                        .set(MALL_SETTING.UPDATED_BY, by)
                        .onConflict(MALL_SETTING.MALL_ID, MALL_SETTING.SETTING_KEY).doUpdate()
                        .set(MALL_SETTING.SETTING_VALUE, c.newValue())
                        .set(MALL_SETTING.UPDATED_AT, at)
                        .set(MALL_SETTING.UPDATED_BY, by)
                        .execute();
                ctx.insertInto(MALL_SETTING_CHANGE)
                        .set(MALL_SETTING_CHANGE.MALL_ID, mallId)
                        .set(MALL_SETTING_CHANGE.SETTING_KEY, key)
                        .set(MALL_SETTING_CHANGE.OLD_VALUE, c.oldValue())
                        .set(MALL_SETTING_CHANGE.NEW_VALUE, c.newValue())
                        .set(MALL_SETTING_CHANGE.CHANGED_BY, by)
                        .set(MALL_SETTING_CHANGE.CHANGED_AT, at)
                        .execute();
            }
            return null;
        }));
    }

    @Override
    public List<SettingChange> history(Optional<String> key) {
        Condition where = MALL_SETTING_CHANGE.MALL_ID.eq(mallId);
        if (key.isPresent()) {
            where = where.and(MALL_SETTING_CHANGE.SETTING_KEY.eq(key.get()));
        }
        Condition w = where;
        return db.dsl(ctx -> ctx.selectFrom(MALL_SETTING_CHANGE).where(w).orderBy(MALL_SETTING_CHANGE.ID)
                .fetch(r -> new SettingChange(r.getSettingKey(), r.getOldValue(), r.getNewValue(), r.getChangedBy(),
                        r.getChangedAt())));
    }
}
