package org.mallcrm.adapters.persistence.buyer;

import static org.mallcrm.adapters.persistence.jooq.Tables.CAMPAIGN;
import static org.mallcrm.adapters.persistence.jooq.Tables.SIGNUP;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.jooq.tables.records.SignupRecord;
import org.mallcrm.application.campaign.port.out.Signups;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.Signup;

/**
 * Sign-ups of one mall's events. The capacity is a conditional increment of the campaign's {@code places_taken}
 * ({@code … WHERE places_taken < capacity}) and one place per buyer the row's primary key; both happen behind a
 * savepoint, undone together when either refuses, so the count and the rows never part whatever the writers.
 */
public final class JooqSignups implements Signups {

    private final Database db;
    private final long mallId;

    public JooqSignups(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    private Condition of(CampaignNo campaign, BuyerId buyer) {
        return SIGNUP.MALL_ID.eq(mallId).and(SIGNUP.CAMPAIGN_NO.eq(campaign.value()))
                .and(SIGNUP.BUYER_ID.eq(buyer.value()));
    }

    @Override
    public SignUpResult signUp(Signup signup, OptionalInt capacity) {
        return db.inTransaction(() -> db.dsl(ctx -> {
            Condition mine = of(signup.campaign(), signup.buyer());
            if (ctx.fetchExists(SIGNUP, mine.and(SIGNUP.CANCELLED_AT.isNull()))) {
                return SignUpResult.ALREADY_SIGNED_UP;
            }
            Condition room = capacity.isPresent() ? CAMPAIGN.PLACES_TAKEN.lt((long) capacity.getAsInt())
                    : DSL.trueCondition();
            int taken = ctx.update(CAMPAIGN).set(CAMPAIGN.PLACES_TAKEN, CAMPAIGN.PLACES_TAKEN.plus(1L))
                    .where(CAMPAIGN.MALL_ID.eq(mallId)).and(CAMPAIGN.CAMPAIGN_NO.eq(signup.campaign().value()))
                    .and(room).execute();
            if (taken != 1) {
                return SignUpResult.FULL;
            }
            int stored = ctx.insertInto(SIGNUP, SIGNUP.MALL_ID, SIGNUP.CAMPAIGN_NO, SIGNUP.BUYER_ID,
                            SIGNUP.SIGNED_UP_AT)
                    .values(mallId, signup.campaign().value(), signup.buyer().value(), signup.signedUpAt())
                    .onConflict(SIGNUP.MALL_ID, SIGNUP.CAMPAIGN_NO, SIGNUP.BUYER_ID).doUpdate()
                    .set(SIGNUP.SIGNED_UP_AT, signup.signedUpAt())
                    .setNull(SIGNUP.CANCELLED_AT)
                    .setNull(SIGNUP.ATTENDED_AT)
                    .where(SIGNUP.CANCELLED_AT.isNotNull())
                    .execute();
            return stored == 1 ? SignUpResult.SIGNED_UP : SignUpResult.ALREADY_SIGNED_UP;
        }), r -> r == SignUpResult.SIGNED_UP);
    }

    @Override
    public boolean cancel(CampaignNo campaign, BuyerId buyer, Instant at) {
        return db.inTransaction(() -> db.dsl(ctx -> {
            int n = ctx.update(SIGNUP).set(SIGNUP.CANCELLED_AT, at).where(of(campaign, buyer))
                    .and(SIGNUP.CANCELLED_AT.isNull()).execute();
            if (n != 1) {
                return false;
            }
            ctx.update(CAMPAIGN).set(CAMPAIGN.PLACES_TAKEN, CAMPAIGN.PLACES_TAKEN.minus(1L))
                    .where(CAMPAIGN.MALL_ID.eq(mallId)).and(CAMPAIGN.CAMPAIGN_NO.eq(campaign.value())).execute();
            return true;
        }));
    }

    @Override
    public boolean attend(CampaignNo campaign, BuyerId buyer, Instant at) {
        return db.dsl(ctx -> ctx.update(SIGNUP).set(SIGNUP.ATTENDED_AT, DSL.coalesce(SIGNUP.ATTENDED_AT, DSL.val(at,
                SIGNUP.ATTENDED_AT))).where(of(campaign, buyer)).and(SIGNUP.CANCELLED_AT.isNull()).execute() == 1);
    }

    @Override
    public Optional<Signup> find(CampaignNo campaign, BuyerId buyer) {
        return db.dsl(ctx -> ctx.selectFrom(SIGNUP).where(of(campaign, buyer)).fetchOptional(JooqSignups::toSignup));
    }

    @Override
    public List<Signup> ofCampaign(CampaignNo campaign) {
        return db.dsl(ctx -> ctx.selectFrom(SIGNUP).where(SIGNUP.MALL_ID.eq(mallId))
                .and(SIGNUP.CAMPAIGN_NO.eq(campaign.value())).orderBy(SIGNUP.SIGNED_UP_AT, SIGNUP.BUYER_ID)
                .fetch(JooqSignups::toSignup));
    }

    @Override
    public List<Signup> ofBuyer(BuyerId buyer) {
        return db.dsl(ctx -> ctx.selectFrom(SIGNUP).where(SIGNUP.MALL_ID.eq(mallId))
                .and(SIGNUP.BUYER_ID.eq(buyer.value())).orderBy(SIGNUP.SIGNED_UP_AT, SIGNUP.CAMPAIGN_NO)
                .fetch(JooqSignups::toSignup));
    }

    private static Signup toSignup(SignupRecord r) {
        return new Signup(CampaignNo.of(r.getCampaignNo()), BuyerId.of(r.getBuyerId()), r.getSignedUpAt(),
                Optional.ofNullable(r.getCancelledAt()), Optional.ofNullable(r.getAttendedAt()));
    }
}
