package org.mallcrm.adapters.persistence.channel;

import static org.mallcrm.adapters.persistence.jooq.Tables.COMMISSION_RULES;

import java.util.Optional;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.buyer.ScanDerived;
import org.mallcrm.application.channel.port.out.CommissionRulesStore;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.channel.CommissionRules;

/**
 * The mall's commission rules as one JSON document (the contract's form): the default policy in force when they were
 * set and every channel resolved in full. The mall's default policy in force now is its settings; the service moves
 * the channels onto it ({@code CommissionRules.rebasedOnto}).
 */
public final class JooqCommissionRulesStore implements CommissionRulesStore {

    private final Database db;
    private final long mallId;
    private final Clock clock;

    public JooqCommissionRulesStore(Database db, long mallId, Clock clock) {
        this.db = db;
        this.mallId = mallId;
        this.clock = clock;
    }

    @Override
    public Optional<CommissionRules> load() {
        return db.dsl(ctx -> ctx.select(COMMISSION_RULES.RULES_JSON).from(COMMISSION_RULES)
                .where(COMMISSION_RULES.MALL_ID.eq(mallId)).fetchOptional(r -> CommissionRulesJson.parseStored(r.value1())));
    }

    @Override
    public void save(CommissionRules rules) {
        String json = CommissionRulesJson.write(rules);
        java.time.Instant now = clock.now();
        db.dsl(ctx -> ctx.insertInto(COMMISSION_RULES, COMMISSION_RULES.MALL_ID, COMMISSION_RULES.RULES_JSON,
                        COMMISSION_RULES.UPDATED_AT)
                .values(mallId, json, now)
                .onConflict(COMMISSION_RULES.MALL_ID).doUpdate()
                .set(COMMISSION_RULES.RULES_JSON, json)
                .set(COMMISSION_RULES.UPDATED_AT, now)
                .execute());
        ScanDerived.channelDataChangedIn(db, mallId);
    }
}
