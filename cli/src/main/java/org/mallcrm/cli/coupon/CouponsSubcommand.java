package org.mallcrm.cli.coupon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.coupon.CouponJson;
import org.mallcrm.adapters.http.coupon.RedemptionJson;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimCommand;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimOutcome;
import org.mallcrm.application.coupon.port.in.CouponQueries;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemCommand;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemOutcome;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase.ReverseCommand;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase.ReverseOutcome;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.OptionValues;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.RedemptionNo;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.merchant.MerchantNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm coupons …}: claims, redemptions, reversals and the list of coupons. */
@Command(name = "coupons",
        mixinStandardHelpOptions = true,
        description = {"Coupons (优惠券): claim (领券), redeem (核销), reverse (撤销核销), list.",
            "",
            "A refusal exits 1 and names its reason code (OUT_OF_STOCK, PER_BUYER_LIMIT, ALREADY_REDEEMED, EXPIRED, "
                + "BELOW_THRESHOLD …; domain-rules.md §7): {\"refused\": CODE, \"detail\": …} on stderr with "
                + "--format json. Bad input exits 65 naming the field. --at records a claim or a redemption at "
                + "another instant (a paper record), and the rules are judged at that instant."},
        subcommands = {CouponsSubcommand.Claim.class, CouponsSubcommand.Redeem.class, CouponsSubcommand.Reverse.class,
            CouponsSubcommand.ListCoupons.class})
public final class CouponsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "claim", mixinStandardHelpOptions = true,
            description = {"A buyer claims a coupon of a running coupon campaign it is in the audience of.", "",
                "Prints {coupon_code, campaign_no, buyer_id, status, valid_from, valid_until}."})
    static final class Claim implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--campaign", required = true, paramLabel = "NO", description = "The campaign's number.")
        String campaign;

        @Option(names = "--buyer", required = true, paramLabel = "ID", description = "The buyer's id.")
        String buyer;

        @Option(names = "--at", paramLabel = "INSTANT", description = "When (default now), e.g. "
                + "2026-10-01T10:00:00+08:00.")
        String at;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            ClaimCommand command = new ClaimCommand(OptionValues.id(campaign, CampaignNo::of), OptionValues.id(buyer, BuyerId::of),
                    Optional.ofNullable(at).map(Refusals::at));
            return switch (ctx.claims().claim(command)) {
                case ClaimOutcome.Claimed c -> {
                    CommandSupport.output(spec).one(CouponJson.of(c.coupon(), c.coupon().statusAt(ctx.clock().now())));
                    yield 0;
                }
                case ClaimOutcome.Refused r -> Refusals.refused(spec, r.refusal());
                case ClaimOutcome.NotFound n -> throw CliException.notFound(n.what());
            };
        }
    }

    @Command(name = "redeem", mixinStandardHelpOptions = true,
            description = {"A merchant redeems a coupon on an order (核销).", "",
                "Prints {redemption_no, coupon_code, merchant_no, order_amount, discount, mall_share, merchant_share, "
                    + "redeemed_at}. A coupon redeems once."})
    static final class Redeem implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CODE", description = "The coupon's code (dashes and spaces are fine).")
        String code;

        @Option(names = "--merchant", required = true, paramLabel = "NO", description = "The merchant's number.")
        String merchant;

        @Option(names = "--order-amount", required = true, paramLabel = "A", description = "The order, e.g. 1280.00.")
        String orderAmount;

        @Option(names = "--order-no", paramLabel = "X", description = "The merchant's order number.")
        String orderNo;

        @Option(names = "--at", paramLabel = "INSTANT", description = "When (default now).")
        String at;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            RedeemCommand command = new RedeemCommand(code, OptionValues.id(merchant, MerchantNo::of), orderAmount,
                    Optional.ofNullable(orderNo), Optional.ofNullable(at).map(Refusals::at));
            return switch (ctx.redemptions().redeem(command)) {
                case RedeemOutcome.Redeemed r -> {
                    CommandSupport.output(spec).one(RedemptionJson.of(r.redemption()));
                    yield 0;
                }
                case RedeemOutcome.Refused r -> Refusals.refused(spec, r.refusal());
                case RedeemOutcome.Invalid i -> throw Refusals.invalid(i.errors());
                case RedeemOutcome.NotFound n -> throw CliException.notFound(n.what());
            };
        }
    }

    /** A reversal as printed: the redemption, the coupon's status now and the adjustment posted, if any. */
    record ReversalJson(RedemptionJson redemption, String couponStatus, String adjustmentPostedOn,
            String adjustmentAmount) {
    }

    @Command(name = "reverse", mixinStandardHelpOptions = true,
            description = {"Reverse a redemption (撤销核销) within the mall's reversal window (24 hours).", "",
                "The coupon is usable again while valid (else it shows EXPIRED). A redemption of a month whose "
                    + "subsidy statement is closed is taken off the next open one as an adjustment."})
    static final class Reverse implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "REDEMPTION_NO", description = "The redemption's number, RD-….")
        String no;

        @Option(names = "--by", paramLabel = "NAME", defaultValue = "staff",
                description = "Who reverses it, for the record (default: staff).")
        String by;

        @Option(names = "--merchant", paramLabel = "NO",
                description = "Reverse as this merchant (only its own redemptions) instead of as staff.")
        String merchant;

        @Option(names = "--at", paramLabel = "INSTANT", description = "When (default now).")
        String at;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            Reverser who;
            try {
                who = merchant != null ? Reverser.merchant(MerchantNo.of(merchant)) : Reverser.staff(by);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            ReverseCommand command = new ReverseCommand(OptionValues.id(no, RedemptionNo::of), who,
                    Optional.ofNullable(at).map(Refusals::at));
            return switch (ctx.reversals().reverse(command)) {
                case ReverseOutcome.Reversed r -> {
                    CommandSupport.output(spec).one(new ReversalJson(RedemptionJson.of(r.redemption()),
                            r.coupon().name(), r.adjustment().map(a -> a.postedMonth().toString()).orElse(null),
                            r.adjustment().map(a -> a.amount().toString()).orElse(null)));
                    yield 0;
                }
                case ReverseOutcome.Refused r -> Refusals.refused(spec, r.refusal());
                case ReverseOutcome.Invalid i -> throw Refusals.invalid(i.field(), at, i.reason());
                case ReverseOutcome.NotFound n -> throw CliException.notFound(n.what());
            };
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List coupons by code, with their status now.", "",
                "--status ISSUED, REDEEMED or EXPIRED (issued and past validity)."})
    static final class ListCoupons implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--campaign", paramLabel = "NO")
        String campaign;

        @Option(names = "--buyer", paramLabel = "ID")
        String buyer;

        @Option(names = "--status", paramLabel = "S")
        String status;

        @Override
        public Integer call() {
            Coupons.CouponFilter filter = new Coupons.CouponFilter(
                    Optional.ofNullable(campaign).map(c -> OptionValues.id(c, CampaignNo::of)),
                    Optional.ofNullable(buyer).map(b -> OptionValues.id(b, BuyerId::of)),
                    Optional.ofNullable(status).map(s -> OptionValues.id(s, CouponStatus::parse)));
            CouponQueries queries = CommandSupport.context(spec).couponQueries();
            List<CouponJson> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<CouponQueries.CouponView> page = queries.coupons(filter, cursor, CouponQueries.MAX_PAGE);
                page.items().forEach(v -> all.add(CouponJson.of(v.coupon(), v.status())));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).list(all, List.of("coupon_code", "campaign_no", "buyer_id", "status",
                    "valid_from", "valid_until"));
            return 0;
        }
    }
}
