package org.mallcrm.adapters.persistence.buyer;

import static org.mallcrm.adapters.persistence.jooq.Tables.SUBSIDY_ADJUSTMENT;
import static org.mallcrm.adapters.persistence.jooq.Tables.SUBSIDY_LINE;
import static org.mallcrm.adapters.persistence.jooq.Tables.SUBSIDY_MONTH_LOCK;
import static org.mallcrm.adapters.persistence.jooq.Tables.SUBSIDY_STATEMENT;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mallcrm.adapters.persistence.Database;
import org.mallcrm.adapters.persistence.Vendor;
import org.mallcrm.adapters.persistence.jooq.tables.records.SubsidyAdjustmentRecord;
import org.mallcrm.adapters.persistence.jooq.tables.records.SubsidyStatementRecord;
import org.mallcrm.application.coupon.port.out.SubsidyStatements;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.coupon.ClosedSubsidyStatement;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.RedemptionNo;
import org.mallcrm.domain.coupon.RentOffset;
import org.mallcrm.domain.coupon.SettlementMethod;
import org.mallcrm.domain.coupon.SubsidyAdjustment;
import org.mallcrm.domain.coupon.SubsidyLine;
import org.mallcrm.domain.lease.LeaseNo;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;

/**
 * Closed subsidy statements of one mall with their lines, and the adjustments posted on later months. A month is
 * closed once: the unique key (mall, merchant, month). Closing links the month's posted adjustments to the statement,
 * so what it carried stays as it was. {@link #lock} takes a row per merchant and month ({@code FOR UPDATE} on
 * PostgreSQL; on SQLite the write transaction runs alone anyway).
 */
public final class JooqSubsidyStatements implements SubsidyStatements {

    private final Database db;
    private final long mallId;

    public JooqSubsidyStatements(Database db, long mallId) {
        this.db = db;
        this.mallId = mallId;
    }

    @Override
    public void lock(MerchantNo merchant, YearMonth month) {
        db.dsl(ctx -> {
            ctx.insertInto(SUBSIDY_MONTH_LOCK, SUBSIDY_MONTH_LOCK.MALL_ID, SUBSIDY_MONTH_LOCK.MERCHANT_NO,
                    SUBSIDY_MONTH_LOCK.MONTH).values(mallId, merchant.value(), month.toString()).onConflictDoNothing()
                    .execute();
            if (db.vendor() == Vendor.POSTGRESQL) {
                ctx.selectOne().from(SUBSIDY_MONTH_LOCK).where(SUBSIDY_MONTH_LOCK.MALL_ID.eq(mallId))
                        .and(SUBSIDY_MONTH_LOCK.MERCHANT_NO.eq(merchant.value()))
                        .and(SUBSIDY_MONTH_LOCK.MONTH.eq(month.toString())).forUpdate().fetch();
            }
            return null;
        });
    }

    @Override
    public Optional<ClosedSubsidyStatement> findClosed(MerchantNo merchant, YearMonth month) {
        return db.dsl(ctx -> ctx.selectFrom(SUBSIDY_STATEMENT).where(SUBSIDY_STATEMENT.MALL_ID.eq(mallId))
                .and(SUBSIDY_STATEMENT.MERCHANT_NO.eq(merchant.value()))
                .and(SUBSIDY_STATEMENT.MONTH.eq(month.toString())).fetchOptional().map(r -> toStatement(ctx, r)));
    }

    @Override
    public List<ClosedSubsidyStatement> listClosed(MerchantNo merchant) {
        return db.dsl(ctx -> {
            List<ClosedSubsidyStatement> list = new ArrayList<>();
            for (SubsidyStatementRecord r : ctx.selectFrom(SUBSIDY_STATEMENT).where(SUBSIDY_STATEMENT.MALL_ID.eq(mallId))
                    .and(SUBSIDY_STATEMENT.MERCHANT_NO.eq(merchant.value())).orderBy(SUBSIDY_STATEMENT.MONTH).fetch()) {
                list.add(toStatement(ctx, r));
            }
            return list;
        });
    }

    @Override
    public boolean insertClosed(ClosedSubsidyStatement s) {
        return db.inTransaction(() -> db.dsl(ctx -> {
            Optional<RentOffset> offset = s.offset();
            Long id = ctx.insertInto(SUBSIDY_STATEMENT)
                    .set(SUBSIDY_STATEMENT.MALL_ID, mallId)
                    .set(SUBSIDY_STATEMENT.MERCHANT_NO, s.merchant().value())
                    .set(SUBSIDY_STATEMENT.MONTH, s.month().toString())
                    .set(SUBSIDY_STATEMENT.CLOSED_AT, s.closedAt())
                    .set(SUBSIDY_STATEMENT.METHOD, s.method().name())
                    .set(SUBSIDY_STATEMENT.LINES_TOTAL_FEN, s.linesTotal().fen())
                    .set(SUBSIDY_STATEMENT.ADJUSTMENTS_TOTAL_FEN, s.adjustmentsTotal().fen())
                    .set(SUBSIDY_STATEMENT.TOTAL_FEN, s.total().fen())
                    .set(SUBSIDY_STATEMENT.OFFSET_LEASE_NO, offset.map(o -> o.lease().value()).orElse(null))
                    .set(SUBSIDY_STATEMENT.OFFSET_RECEIPT_NO, offset.map(RentOffset::receiptNo).orElse(null))
                    .set(SUBSIDY_STATEMENT.OFFSET_AMOUNT_FEN, offset.map(o -> o.amount().fen()).orElse(null))
                    .set(SUBSIDY_STATEMENT.OFFSET_APPLIED_FEN, offset.map(o -> o.applied().fen()).orElse(null))
                    .set(SUBSIDY_STATEMENT.OFFSET_HELD_FEN, offset.map(o -> o.held().fen()).orElse(null))
                    .onConflictDoNothing()
                    .returningResult(SUBSIDY_STATEMENT.ID)
                    .fetchOptional().map(r -> r.value1()).orElse(null);
            if (id == null) {
                return false;
            }
            if (!s.lines().isEmpty()) {
                var insert = ctx.insertInto(SUBSIDY_LINE, SUBSIDY_LINE.STATEMENT_ID, SUBSIDY_LINE.REDEMPTION_NO,
                        SUBSIDY_LINE.CODE, SUBSIDY_LINE.CAMPAIGN_NO, SUBSIDY_LINE.REDEEMED_AT,
                        SUBSIDY_LINE.ORDER_AMOUNT_FEN, SUBSIDY_LINE.DISCOUNT_FEN, SUBSIDY_LINE.MALL_SHARE_FEN);
                for (SubsidyLine l : s.lines()) {
                    insert = insert.values(id, l.redemption().value(), l.code().value(), l.campaign().value(),
                            l.redeemedAt(), l.orderAmount().fen(), l.discount().fen(), l.mallShare().fen());
                }
                insert.execute();
            }
            int linked = ctx.update(SUBSIDY_ADJUSTMENT).set(SUBSIDY_ADJUSTMENT.STATEMENT_ID, id)
                    .where(SUBSIDY_ADJUSTMENT.MALL_ID.eq(mallId))
                    .and(SUBSIDY_ADJUSTMENT.MERCHANT_NO.eq(s.merchant().value()))
                    .and(SUBSIDY_ADJUSTMENT.POSTED_MONTH.eq(s.month().toString()))
                    .and(SUBSIDY_ADJUSTMENT.STATEMENT_ID.isNull()).execute();
            if (linked != s.adjustments().size()) {
                throw new IllegalStateException("the statement of " + s.merchant() + " " + s.month() + " carries "
                        + s.adjustments().size() + " adjustments, but " + linked + " are posted on the month");
            }
            return true;
        }), Boolean::booleanValue);
    }

    @Override
    public List<SubsidyAdjustment> postedOn(MerchantNo merchant, YearMonth month) {
        return db.dsl(ctx -> ctx.selectFrom(SUBSIDY_ADJUSTMENT).where(SUBSIDY_ADJUSTMENT.MALL_ID.eq(mallId))
                .and(SUBSIDY_ADJUSTMENT.MERCHANT_NO.eq(merchant.value()))
                .and(SUBSIDY_ADJUSTMENT.POSTED_MONTH.eq(month.toString())).orderBy(SUBSIDY_ADJUSTMENT.ID)
                .fetch(JooqSubsidyStatements::toAdjustment));
    }

    @Override
    public List<ClosedSubsidyStatement> closedIn(YearMonth month) {
        return db.dsl(ctx -> {
            List<ClosedSubsidyStatement> list = new ArrayList<>();
            for (SubsidyStatementRecord r : ctx.selectFrom(SUBSIDY_STATEMENT).where(SUBSIDY_STATEMENT.MALL_ID.eq(mallId))
                    .and(SUBSIDY_STATEMENT.MONTH.eq(month.toString())).orderBy(SUBSIDY_STATEMENT.MERCHANT_NO).fetch()) {
                list.add(toStatement(ctx, r));
            }
            return list;
        });
    }

    @Override
    public List<SubsidyAdjustment> postedIn(YearMonth month) {
        return db.dsl(ctx -> ctx.selectFrom(SUBSIDY_ADJUSTMENT).where(SUBSIDY_ADJUSTMENT.MALL_ID.eq(mallId))
                .and(SUBSIDY_ADJUSTMENT.POSTED_MONTH.eq(month.toString())).orderBy(SUBSIDY_ADJUSTMENT.ID)
                .fetch(JooqSubsidyStatements::toAdjustment));
    }

    @Override
    public void insertAdjustment(SubsidyAdjustment a) {
        db.dsl(ctx -> ctx.insertInto(SUBSIDY_ADJUSTMENT)
                .set(SUBSIDY_ADJUSTMENT.MALL_ID, mallId)
                .set(SUBSIDY_ADJUSTMENT.MERCHANT_NO, a.merchant().value())
                .set(SUBSIDY_ADJUSTMENT.CORRECTED_MONTH, a.correctedMonth().toString())
                .set(SUBSIDY_ADJUSTMENT.POSTED_MONTH, a.postedMonth().toString())
                .set(SUBSIDY_ADJUSTMENT.REDEMPTION_NO, a.redemption().value())
                .set(SUBSIDY_ADJUSTMENT.AMOUNT_FEN, a.amount().fen())
                .set(SUBSIDY_ADJUSTMENT.REASON, a.reason())
                .set(SUBSIDY_ADJUSTMENT.CREATED_AT, a.at())
                .execute());
    }

    private ClosedSubsidyStatement toStatement(DSLContext ctx, SubsidyStatementRecord r) {
        List<SubsidyLine> lines = ctx.selectFrom(SUBSIDY_LINE).where(SUBSIDY_LINE.STATEMENT_ID.eq(r.getId()))
                .orderBy(SUBSIDY_LINE.REDEEMED_AT, SUBSIDY_LINE.REDEMPTION_NO)
                .fetch(l -> new SubsidyLine(RedemptionNo.of(l.getRedemptionNo()), new CouponCode(l.getCode()),
                        CampaignNo.of(l.getCampaignNo()), l.getRedeemedAt(), Money.ofFen(l.getOrderAmountFen()),
                        Money.ofFen(l.getDiscountFen()), Money.ofFen(l.getMallShareFen())));
        List<SubsidyAdjustment> adjustments = ctx.selectFrom(SUBSIDY_ADJUSTMENT)
                .where(SUBSIDY_ADJUSTMENT.STATEMENT_ID.eq(r.getId())).orderBy(SUBSIDY_ADJUSTMENT.ID)
                .fetch(JooqSubsidyStatements::toAdjustment);
        Optional<RentOffset> offset = r.getOffsetLeaseNo() == null ? Optional.empty()
                : Optional.of(new RentOffset(LeaseNo.of(r.getOffsetLeaseNo()), r.getOffsetReceiptNo(),
                        Money.ofFen(r.getOffsetAmountFen()), Money.ofFen(r.getOffsetAppliedFen()),
                        Money.ofFen(r.getOffsetHeldFen())));
        return new ClosedSubsidyStatement(MerchantNo.of(r.getMerchantNo()), YearMonth.parse(r.getMonth()), lines,
                adjustments, r.getClosedAt(), SettlementMethod.valueOf(r.getMethod()), offset);
    }

    private static SubsidyAdjustment toAdjustment(SubsidyAdjustmentRecord a) {
        return new SubsidyAdjustment(MerchantNo.of(a.getMerchantNo()), YearMonth.parse(a.getCorrectedMonth()),
                YearMonth.parse(a.getPostedMonth()), RedemptionNo.of(a.getRedemptionNo()), Money.ofFen(a.getAmountFen()),
                a.getReason(), a.getCreatedAt());
    }
}
