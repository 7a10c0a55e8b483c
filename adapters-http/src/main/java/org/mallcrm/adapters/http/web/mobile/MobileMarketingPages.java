package org.mallcrm.adapters.http.web.mobile;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.campaign.port.in.CampaignUseCases;
import org.mallcrm.application.campaign.port.in.SignupUseCases;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase;
import org.mallcrm.application.coupon.port.in.CouponQueries;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.CouponBatch;
import org.mallcrm.domain.campaign.CouponFace;
import org.mallcrm.domain.campaign.Signup;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * The buyer app's coupons and campaigns under {@code /m/coupons} (领券, 活动报名, 我的券) and the merchant app's
 * redemption under {@code /m/redeem} (核销优惠券): the same use cases as the API's {@code /campaigns/{no}/claims},
 * {@code /signups} and {@code /redemptions}, so a refusal is the same refusal with its reason in words.
 */
public final class MobileMarketingPages implements WebPage {

    /** The use cases these pages call. */
    public record UseCases(CampaignUseCases campaigns, SignupUseCases signups, ClaimCouponUseCase claims,
            RedeemCouponUseCase redemptions, CouponQueries coupons) {
    }

    private static final int SHOWN = 50;

    private final UseCases u;

    public MobileMarketingPages(UseCases useCases) {
        this.u = useCases;
    }

    /** One of the buyer's coupons. */
    public record CouponItem(String code, String grouped, String campaign, String status, String statusCode,
            String validUntil) {
    }

    /** A running campaign the buyer may join: claim its coupon or sign up for its event. */
    public record CampaignItem(String no, String name, String offer, String endsAt, boolean coupon,
            boolean signedUp) {
    }

    /** The buyer's page: what it may join, what it holds, and the message of its last step. */
    public record BuyerView(List<CampaignItem> campaigns, List<CouponItem> coupons, String notice,
            List<String> errors) {
        public BuyerView {
            campaigns = List.copyOf(campaigns);
            coupons = List.copyOf(coupons);
            errors = List.copyOf(errors);
        }
    }

    /** One of the merchant's redemptions. */
    public record RedemptionItem(String no, String code, String order, String discount, String at, boolean reversed) {
    }

    /** The redemption form as typed. */
    public record RedeemForm(String code, String orderAmount, String orderNo) {
    }

    /** The merchant's page: the form, the last redemption's result, its recent redemptions. */
    public record MerchantView(RedeemForm form, List<String> errors, RedemptionItem done, String split,
            List<RedemptionItem> recent) {
        public MerchantView {
            errors = List.copyOf(errors);
            recent = List.copyOf(recent);
        }
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/m/coupons", Access.roles(Role.BUYER), this::coupons),
                WebRoute.post("/m/campaigns/{no}/claim", Access.roles(Role.BUYER), this::claim),
                WebRoute.post("/m/campaigns/{no}/signup", Access.roles(Role.BUYER), this::signUp),
                WebRoute.get("/m/redeem", Access.roles(Role.MERCHANT), this::redeemForm),
                WebRoute.post("/m/redeem", Access.roles(Role.MERCHANT), this::redeem));
    }

    private static BuyerId buyer(WebExchange x) {
        return BuyerId.of(x.principal().subject().orElseThrow());
    }

    private static MerchantNo merchant(WebExchange x) {
        return MerchantNo.of(x.principal().subject().orElseThrow());
    }

    private static CampaignNo campaign(WebExchange x) {
        try {
            return CampaignNo.of(x.pathParam("no"));
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
    }

    private void coupons(WebExchange x) {
        Viewer v = x.viewer();
        String notice = x.query("claimed").map(c -> v.t("m.coupons.claimed", c))
                .or(() -> x.query("signed_up").map(c -> v.t("m.coupons.signed_up", c))).orElse(null);
        renderBuyer(x, 200, notice, List.of());
    }

    private void renderBuyer(WebExchange x, int status, String notice, List<String> errors) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        BuyerId me = buyer(x);
        List<String> signedUp = u.signups().signupsOf(me).stream().filter(s -> s.cancelledAt().isEmpty())
                .map(s -> s.campaign().value()).toList();
        List<CampaignItem> campaigns = new ArrayList<>();
        for (Campaign c : u.campaigns().openTo(me)) {
            campaigns.add(new CampaignItem(c.no().value(), c.name(), offer(v, c), f.instant(c.window().endsAt()),
                    c.couponBatch().isPresent(), signedUp.contains(c.no().value())));
        }
        List<CouponItem> coupons = new ArrayList<>();
        for (CouponQueries.CouponView cv : u.coupons().coupons(new Coupons.CouponFilter(Optional.empty(),
                Optional.of(me), Optional.empty()), null, SHOWN).items()) {
            coupons.add(new CouponItem(cv.coupon().code().value(), cv.coupon().code().grouped(),
                    cv.coupon().campaign().value(), v.t("coupon.status." + cv.status().name()), cv.status().name(),
                    f.date(cv.coupon().validity().lastDay())));
        }
        x.page(status, "mobile/coupons.jte", x.shell(v.t("m.coupons.title"), "",
                List.of(new Shell.Crumb(v.t("m.home.title"), "/m/"), new Shell.Crumb(v.t("m.coupons.title"), null))),
                new BuyerView(campaigns, coupons, notice, errors));
    }

    /** What a campaign offers, in words: 满 500 减 50, 9折 (最多减 80), or an event's places. */
    public static String offer(Viewer v, Campaign c) {
        Formats f = v.formats();
        if (c.couponBatch().isPresent()) {
            CouponBatch b = c.couponBatch().get();
            String face = switch (b.face()) {
                case CouponFace.AmountOff a -> v.t("m.offer.amount_off", f.money(a.amount()));
                case CouponFace.PercentOff p -> v.t("m.offer.percent_off", f.percent(p.percent().basisPoints()))
                        + p.cap().map(cap -> v.t("m.offer.cap", f.money(cap))).orElse("");
            };
            return (b.threshold().isPositive() ? v.t("m.offer.threshold", f.money(b.threshold())) : "") + face;
        }
        return c.event().flatMap(e -> e.capacity().isPresent() ? Optional.of(e.capacity().getAsInt())
                : Optional.empty()).map(n -> v.t("m.offer.event_places", n)).orElse(v.t("m.offer.event"));
    }

    private void claim(WebExchange x) {
        Viewer v = x.viewer();
        switch (u.claims().claim(new ClaimCouponUseCase.ClaimCommand(campaign(x), buyer(x), Optional.empty()))) {
            case ClaimCouponUseCase.ClaimOutcome.Claimed c -> x.redirect("/m/coupons?claimed="
                    + c.coupon().code().grouped());
            case ClaimCouponUseCase.ClaimOutcome.Refused r -> renderBuyer(x, 409, null,
                    List.of(v.t("m.claim.refused." + r.refusal().code().name())));
            case ClaimCouponUseCase.ClaimOutcome.NotFound n -> throw WebException.notFound();
        }
    }

    private void signUp(WebExchange x) {
        Viewer v = x.viewer();
        CampaignNo no = campaign(x);
        switch (u.signups().signUp(new SignupUseCases.SignupCommand(no, buyer(x), Optional.empty()))) {
            case SignupUseCases.SignupOutcome.Done d -> x.redirect("/m/coupons?signed_up=" + enc(no.value()));
            case SignupUseCases.SignupOutcome.Refused r -> renderBuyer(x, 409, null,
                    List.of(v.t("m.signup.refused." + r.refusal().code().name())));
            case SignupUseCases.SignupOutcome.NotFound n -> throw WebException.notFound();
        }
    }

    private void redeemForm(WebExchange x) {
        renderMerchant(x, 200, new RedeemForm("", "", ""), List.of(), null);
    }

    private void renderMerchant(WebExchange x, int status, RedeemForm form, List<String> errors, Redemption done) {
        Viewer v = x.viewer();
        List<RedemptionItem> recent = u.coupons().redemptions(new Coupons.RedemptionFilter(Optional.of(merchant(x)),
                Optional.empty(), Optional.empty()), null, SHOWN).items().stream().map(r -> item(v, r)).toList();
        String split = done == null ? null : v.t("m.redeem.split", v.formats().money(done.split().mallShare()),
                v.formats().money(done.split().merchantShare()));
        x.page(status, "mobile/redeem.jte", x.shell(v.t("m.redeem.title"), "",
                List.of(new Shell.Crumb(v.t("m.home.title"), "/m/"), new Shell.Crumb(v.t("m.redeem.title"), null))),
                new MerchantView(form, errors, done == null ? null : item(v, done), split, recent));
    }

    private static RedemptionItem item(Viewer v, Redemption r) {
        Formats f = v.formats();
        return new RedemptionItem(r.no().value(), r.code().grouped(), f.money(r.orderAmount()),
                f.money(r.split().discount()), f.instant(r.redeemedAt()), r.reversal().isPresent());
    }

    private void redeem(WebExchange x) {
        Viewer v = x.viewer();
        RedeemForm form = new RedeemForm(x.form().get("coupon_code").orElse("").strip(),
                x.form().get("order_amount").orElse("").strip(), x.form().get("order_no").orElse("").strip());
        RedeemCouponUseCase.RedeemOutcome o = u.redemptions().redeem(new RedeemCouponUseCase.RedeemCommand(
                form.code(), merchant(x), form.orderAmount(),
                form.orderNo().isEmpty() ? Optional.empty() : Optional.of(form.orderNo()), Optional.empty()));
        switch (o) {
            case RedeemCouponUseCase.RedeemOutcome.Redeemed d ->
                    renderMerchant(x, 201, new RedeemForm("", "", ""), List.of(), d.redemption());
            case RedeemCouponUseCase.RedeemOutcome.Refused r -> renderMerchant(x, 409, form,
                    List.of(v.t("m.redeem.refused." + r.refusal().code().name())), null);
            case RedeemCouponUseCase.RedeemOutcome.Invalid i -> renderMerchant(x, 422, form, i.errors().stream()
                    .map(e -> v.t("m.redeem.invalid." + e.column())).toList(), null);
            case RedeemCouponUseCase.RedeemOutcome.NotFound n -> throw WebException.notFound();
        }
    }
}
