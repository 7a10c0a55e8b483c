package org.mallcrm.adapters.http.coupon;

import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.mallcrm.adapters.http.buyer.BuyerFileJson;
import org.mallcrm.adapters.http.buyer.BuyerJson;
import org.mallcrm.adapters.http.buyer.RfmJson;
import org.mallcrm.adapters.http.buyer.ShareJson;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.adapters.http.common.Caller;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Problems;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.buyer.port.in.BuyerFilter;
import org.mallcrm.application.buyer.port.in.BuyerQueries;
import org.mallcrm.application.buyer.port.in.BuyerStatsUseCase;
import org.mallcrm.application.buyer.port.in.RegisterBuyerUseCase;
import org.mallcrm.application.buyer.port.in.RegisterBuyerUseCase.RegisterBuyerCommand;
import org.mallcrm.application.buyer.port.in.RfmUseCase;
import org.mallcrm.application.campaign.port.in.CampaignUseCases;
import org.mallcrm.application.campaign.port.in.SignupUseCases;
import org.mallcrm.application.campaign.port.in.SignupUseCases.SignupCommand;
import org.mallcrm.application.campaign.port.in.SignupUseCases.SignupOutcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.coupon.port.in.CampaignStatsUseCase;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimCommand;
import org.mallcrm.application.coupon.port.in.ClaimCouponUseCase.ClaimOutcome;
import org.mallcrm.application.coupon.port.in.CouponQueries;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemCommand;
import org.mallcrm.application.coupon.port.in.RedeemCouponUseCase.RedeemOutcome;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase.ReverseCommand;
import org.mallcrm.application.coupon.port.in.ReverseRedemptionUseCase.ReverseOutcome;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases.SubsidyCloseOutcome;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.buyer.BuyerAttribute;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmAnalysis;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.coupon.CouponCode;
import org.mallcrm.domain.coupon.CouponStatus;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.coupon.RedemptionNo;
import org.mallcrm.domain.coupon.Reverser;
import org.mallcrm.domain.coupon.SettlementMethod;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.BusinessType;

/**
 * Buyers, campaigns and coupons over HTTP (contract.md): the buyer app registers ({@code POST /me}), reads the
 * campaigns open to it, claims coupons and signs up for events; the merchant app redeems (核销) and reverses, and
 * reads its own redemptions and subsidy statements; staff read buyers, shares, RFM segments, coupons, redemptions,
 * campaign metrics and subsidy statements, and create and run campaigns. Who may call what is the route table's;
 * a refusal of domain-rules.md §6–7 is a 409 whose {@code refused} member is the reason code.
 */
public final class MarketingRoutes {

    /**
     * The use cases behind the routes.
     *
     * @param claimedOf how many coupons of a campaign are claimed (a campaign's stock used), for its JSON
     * @param merchantExists whether a merchant number is one of the mall's (a statement of no merchant is a 404)
     */
    public record UseCases(RegisterBuyerUseCase registration, BuyerQueries buyers, BuyerStatsUseCase stats,
            RfmUseCase rfm, CampaignUseCases campaigns, SignupUseCases signups, ClaimCouponUseCase claims,
            RedeemCouponUseCase redemptions, ReverseRedemptionUseCase reversals, CouponQueries coupons,
            CampaignStatsUseCase campaignStats, SubsidyUseCases subsidies, ToLongFunction<CampaignNo> claimedOf,
            Predicate<MerchantNo> merchantExists) {
    }

    /** What the merchant app posts to redeem a coupon. */
    public record RedeemRequest(String couponCode, String orderAmount, String orderNo) {
    }

    /** Staff recording that a buyer came to an event (签到). */
    public record AttendanceRequest(String buyerId) {
    }

    /** Staff closing a month's subsidy statement; {@code settle} overrides the mall's settlement for this one. */
    public record CloseRequest(SettlementMethod settle) {
    }

    /** A reversal as answered: the redemption, the coupon's status now and the adjustment posted, if any. */
    public record ReversalJson(RedemptionJson redemption, String couponStatus, String adjustmentPostedOn,
            String adjustmentAmount) {
    }

    /** RFM as of a day: the window, the thresholds and a page of scores. */
    public record RfmPageJson(LocalDate asOf, LocalDate windowFrom, LocalDate windowTo, ThresholdsJson thresholds,
            int buyers, List<RfmJson> items, String nextCursor) {
    }

    public record ThresholdsJson(long recencyDays, long frequency, String monetary) {
    }

    /** The fields a buyer's profile has, as {@code POST /me} takes them. */
    static final Set<String> PROFILE_FIELDS = Set.of("name", "phone", "main_category", "province", "transport_mode");

    /** The replies of a claim and a redemption, written without Jackson (the two routes posted to most). */
    private static final FlatJson<CouponJson> COUPON_JSON = FlatJson.of(CouponJson.class);
    private static final FlatJson<RedemptionJson> REDEMPTION_JSON = FlatJson.of(RedemptionJson.class);

    private final UseCases uc;

    public MarketingRoutes(UseCases useCases) {
        this.uc = useCases;
    }

    // ---- the buyer app ----------------------------------------------------------------------------------------

    /** {@code POST /api/v1/me} for a BUYER: registers it (201) or updates its profile (200). */
    public void register(ServerRequest req, ServerResponse res) {
        BuyerId me = Caller.buyer(req);
        Map<String, String> fields = Bodies.readTextFields(req);
        List<ApiException.FieldError> unknown = new ArrayList<>();
        for (String k : fields.keySet()) {
            if (!PROFILE_FIELDS.contains(k)) {
                unknown.add(new ApiException.FieldError(Problems.truncate(k, 100), "is not a field of a buyer's "
                        + "profile; the fields are name, phone, main_category, province, transport_mode"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest(unknown);
        }
        Function<String, Optional<String>> given = k -> fields.containsKey(k)
                ? Optional.of(fields.get(k) == null ? "" : fields.get(k)) : Optional.empty();
        RegisterBuyerUseCase.Registration r = Problems.value(uc.registration().register(new RegisterBuyerCommand(me,
                given.apply("name"), given.apply("phone"), given.apply("main_category"), given.apply("province"),
                given.apply("transport_mode"))));
        Responses.json(res, r.created() ? 201 : 200, BuyerJson.of(r.buyer()));
    }

    /** {@code /api/v1/me/coupons} (BUYER): its coupons with their status now; {@code ?status=} filters. */
    public HttpService myCoupons() {
        return rules -> rules.get("/", (req, res) -> {
            BuyerId me = Caller.buyer(req);
            Optional<CouponStatus> status = Optional.ofNullable(Params.text(req, "status"))
                    .map(s -> parse("status", s, CouponStatus::parse));
            listCoupons(req, res, new Coupons.CouponFilter(Optional.empty(), Optional.of(me), status));
        });
    }

    /** {@code /api/v1/me/signups} (BUYER): its places at events, cancelled ones too. */
    public HttpService mySignups() {
        return rules -> rules.get("/", (req, res) -> Responses.ok(res,
                Responses.page(req, uc.signups().signupsOf(Caller.buyer(req)), SignupJson::of)));
    }

    // ---- campaigns --------------------------------------------------------------------------------------------

    /** {@code /api/v1/campaigns}: staff see and run every campaign; a buyer sees the running ones open to it. */
    public HttpService campaigns() {
        return rules -> rules
                .post("/{no}/claims", this::claim) // first: the one posted to thousands of times a second
                .get("/", this::listCampaigns)
                .post("/", (req, res) -> {
                    CampaignSpecJson spec = Bodies.read(req, CampaignSpecJson.class);
                    Responses.created(res, campaignJson(Problems.value(uc.campaigns().create(spec.toSpec()))));
                })
                .get("/{no}", (req, res) -> Responses.ok(res, campaignJson(visibleCampaign(req))))
                .post("/{no}/start", (req, res) -> Responses.ok(res,
                        campaignJson(Problems.value(uc.campaigns().start(campaignNo(req))))))
                .post("/{no}/pause", (req, res) -> Responses.ok(res,
                        campaignJson(Problems.value(uc.campaigns().pause(campaignNo(req))))))
                .post("/{no}/end", (req, res) -> Responses.ok(res,
                        campaignJson(Problems.value(uc.campaigns().end(campaignNo(req))))))
                .get("/{no}/stats", (req, res) -> {
                    CampaignNo no = campaignNo(req);
                    Responses.ok(res, CampaignStatsJson.of(uc.campaignStats().stats(no)
                            .orElseThrow(() -> ApiException.notFound("no campaign " + no))));
                })
                .get("/{no}/signups", (req, res) -> {
                    CampaignNo no = existingCampaign(req).no();
                    Responses.ok(res, Responses.page(req, uc.signups().signups(no), SignupJson::of));
                })
                .post("/{no}/signups", (req, res) -> {
                    Bodies.readOrEmpty(req, NoFields.class);
                    signup(res, uc.signups().signUp(new SignupCommand(campaignNo(req), Caller.buyer(req),
                            Optional.empty())), 201);
                })
                .post("/{no}/signups/cancel", (req, res) -> {
                    Bodies.readOrEmpty(req, NoFields.class);
                    signup(res, uc.signups().cancel(new SignupCommand(campaignNo(req), Caller.buyer(req),
                            Optional.empty())), 200);
                })
                .post("/{no}/attendance", (req, res) -> {
                    AttendanceRequest body = Bodies.read(req, AttendanceRequest.class);
                    BuyerId buyer = parse("buyer_id", Params.required("buyer_id", body.buyerId()), BuyerId::of);
                    signup(res, uc.signups().attend(new SignupCommand(campaignNo(req), buyer, Optional.empty())),
                            200);
                });
    }

    /** A body that must be empty or {@code {}}. */
    public record NoFields() {
    }

    private void listCampaigns(ServerRequest req, ServerResponse res) {
        Principal p = Caller.of(req);
        if (p.role() == Role.BUYER) {
            Responses.ok(res, Responses.page(req, uc.campaigns().openTo(Caller.buyer(req)), c -> CampaignJson.of(c,
                    null)));
            return;
        }
        String cursor = Params.cursor(req, CampaignNo::of);
        Page<Campaign> page = uc.campaigns().list(cursor, Params.limit(req));
        Responses.ok(res, Responses.page(page, this::campaignJson));
    }

    private CampaignJson campaignJson(Campaign c) {
        return CampaignJson.of(c, c.couponBatch().isPresent() ? uc.claimedOf().applyAsLong(c.no()) : null);
    }

    private static CampaignNo campaignNo(ServerRequest req) {
        return Params.id(req, "no", "campaign", CampaignNo::of);
    }

    private Campaign existingCampaign(ServerRequest req) {
        CampaignNo no = campaignNo(req);
        return uc.campaigns().find(no).orElseThrow(() -> ApiException.notFound("no campaign " + no));
    }

    /** Staff see any campaign; a buyer only a running one open to it (any other is not found). */
    private Campaign visibleCampaign(ServerRequest req) {
        Principal p = Caller.of(req);
        if (p.role() != Role.BUYER) {
            return existingCampaign(req);
        }
        CampaignNo no = campaignNo(req);
        return uc.campaigns().openTo(Caller.buyer(req)).stream().filter(c -> c.no().equals(no)).findFirst()
                .orElseThrow(() -> ApiException.notFound("no campaign " + no + " open to you"));
    }

    private void claim(ServerRequest req, ServerResponse res) {
        Bodies.readOrEmpty(req, NoFields.class);
        ClaimOutcome outcome = uc.claims().claim(new ClaimCommand(campaignNo(req), Caller.buyer(req),
                Optional.empty()));
        switch (outcome) {
            case ClaimOutcome.Claimed c -> COUPON_JSON.send(res, 201, CouponJson.of(c.coupon(),
                    c.coupon().statusAt(c.coupon().claimedAt())));
            case ClaimOutcome.Refused r -> throw refused(r.refusal());
            case ClaimOutcome.NotFound n -> throw ApiException.notFound("no " + n.what());
        }
    }

    private static void signup(ServerResponse res, SignupOutcome outcome, int status) {
        switch (outcome) {
            case SignupOutcome.Done d -> Responses.json(res, status, SignupJson.of(d.signup()));
            case SignupOutcome.Refused r -> throw refused(r.refusal());
            case SignupOutcome.NotFound n -> throw ApiException.notFound("no " + n.what());
        }
    }

    static ApiException refused(Refusal<?> r) {
        return ApiException.refused(r.code().name(), r.detail());
    }

    // ---- redemptions: the merchant app and staff --------------------------------------------------------------

    /** {@code /api/v1/redemptions}: merchants redeem and reverse; staff list and reverse. */
    public HttpService redemptions() {
        return rules -> rules
                .post("/", (req, res) -> {
                    MerchantNo me = Caller.merchant(req);
                    RedeemRequest body = Bodies.read(req, RedeemRequest.class);
                    RedeemOutcome outcome = uc.redemptions().redeem(new RedeemCommand(body.couponCode(), me,
                            body.orderAmount(), Optional.ofNullable(body.orderNo()), Optional.empty()));
                    switch (outcome) {
                        case RedeemOutcome.Redeemed r -> REDEMPTION_JSON.send(res, 201,
                                RedemptionJson.of(r.redemption()));
                        case RedeemOutcome.Refused r -> throw refused(r.refusal());
                        case RedeemOutcome.Invalid i -> throw Problems.invalid(i.errors());
                        case RedeemOutcome.NotFound n -> throw ApiException.notFound("no " + n.what());
                    }
                })
                .get("/", (req, res) -> {
                    Coupons.RedemptionFilter filter = new Coupons.RedemptionFilter(
                            Optional.ofNullable(Params.text(req, "merchant")).map(m -> parse("merchant", m,
                                    MerchantNo::of)),
                            Optional.ofNullable(Params.text(req, "campaign")).map(c -> parse("campaign", c,
                                    CampaignNo::of)),
                            Optional.ofNullable(Params.text(req, "buyer")).map(b -> parse("buyer", b, BuyerId::of)));
                    listRedemptions(req, res, filter);
                })
                .get("/{no}", (req, res) -> {
                    RedemptionNo no = Params.id(req, "no", "redemption", RedemptionNo::of);
                    Responses.ok(res, RedemptionJson.of(uc.coupons().redemption(no, viewer(req))
                            .orElseThrow(() -> ApiException.notFound("no redemption " + no))));
                })
                .post("/{no}/reversal", (req, res) -> {
                    Bodies.readOrEmpty(req, NoFields.class);
                    RedemptionNo no = Params.id(req, "no", "redemption", RedemptionNo::of);
                    Principal p = Caller.of(req);
                    Reverser by = p.role() == Role.MERCHANT ? Reverser.merchant(Caller.merchant(req))
                            : Reverser.staff(p.name());
                    switch (uc.reversals().reverse(new ReverseCommand(no, by, Optional.empty()))) {
                        case ReverseOutcome.Reversed r -> Responses.ok(res, new ReversalJson(
                                RedemptionJson.of(r.redemption()), r.coupon().name(),
                                r.adjustment().map(a -> a.postedMonth().toString()).orElse(null),
                                r.adjustment().map(a -> a.amount().toString()).orElse(null)));
                        case ReverseOutcome.Refused r -> throw refused(r.refusal());
                        case ReverseOutcome.Invalid i -> throw ApiException.badParameter(i.field(), i.reason());
                        case ReverseOutcome.NotFound n -> throw ApiException.notFound("no " + n.what());
                    }
                });
    }

    /** The merchant asking for its own records, or empty for staff. */
    private static Optional<MerchantNo> viewer(ServerRequest req) {
        return Caller.of(req).role() == Role.MERCHANT ? Optional.of(Caller.merchant(req)) : Optional.empty();
    }

    /** {@code /api/v1/me/redemptions} (MERCHANT): its own redemptions; {@code /{no}} one of them. */
    public HttpService myRedemptions() {
        return rules -> rules.get("/", (req, res) -> {
            MerchantNo me = Caller.merchant(req);
            Optional<CampaignNo> campaign = Optional.ofNullable(Params.text(req, "campaign"))
                    .map(c -> parse("campaign", c, CampaignNo::of));
            listRedemptions(req, res, new Coupons.RedemptionFilter(Optional.of(me), campaign, Optional.empty()));
        }).get("/{no}", (req, res) -> {
            RedemptionNo no = Params.id(req, "no", "redemption", RedemptionNo::of);
            Responses.ok(res, RedemptionJson.of(uc.coupons().redemption(no, Optional.of(Caller.merchant(req)))
                    .orElseThrow(() -> ApiException.notFound("no redemption " + no))));
        });
    }

    private void listRedemptions(ServerRequest req, ServerResponse res, Coupons.RedemptionFilter filter) {
        String cursor = Params.cursor(req, RedemptionNo::of);
        Page<Redemption> page = uc.coupons().redemptions(filter, cursor, Params.limit(req));
        Responses.ok(res, Responses.page(page, RedemptionJson::of));
    }

    // ---- coupons (staff) --------------------------------------------------------------------------------------

    /** {@code /api/v1/coupons} (staff): coupons by code, filtered by campaign, buyer and status now. */
    public HttpService coupons() {
        return rules -> rules.get("/", (req, res) -> {
            Coupons.CouponFilter filter = new Coupons.CouponFilter(
                    Optional.ofNullable(Params.text(req, "campaign")).map(c -> parse("campaign", c, CampaignNo::of)),
                    Optional.ofNullable(Params.text(req, "buyer")).map(b -> parse("buyer", b, BuyerId::of)),
                    Optional.ofNullable(Params.text(req, "status")).map(s -> parse("status", s, CouponStatus::parse)));
            listCoupons(req, res, filter);
        }).get("/{code}", (req, res) -> {
            CouponCode code = Params.id(req, "code", "coupon", CouponCode::parse);
            CouponQueries.CouponView v = uc.coupons().coupon(code)
                    .orElseThrow(() -> ApiException.notFound("no coupon " + code.grouped()));
            Responses.ok(res, CouponJson.of(v.coupon(), v.status()));
        });
    }

    private void listCoupons(ServerRequest req, ServerResponse res, Coupons.CouponFilter filter) {
        String cursor = Params.cursor(req, CouponCode::parse);
        Page<CouponQueries.CouponView> page = uc.coupons().coupons(filter, cursor, Params.limit(req));
        Responses.ok(res, Responses.page(page, v -> CouponJson.of(v.coupon(), v.status())));
    }

    // ---- buyers (staff) ---------------------------------------------------------------------------------------

    /** {@code /api/v1/buyers} (staff): the register, shares, RFM and one buyer's file. */
    public HttpService buyers() {
        return rules -> rules.get("/", (req, res) -> {
            BuyerFilter filter = new BuyerFilter(
                    Optional.ofNullable(Params.text(req, "province")).map(p -> parse("province", p, Province::parse)),
                    Optional.ofNullable(Params.text(req, "category")).map(c -> parse("category", c,
                            BusinessType::new)),
                    Optional.ofNullable(Params.text(req, "segment")).map(s -> parse("segment", s,
                            RfmSegment::parse)));
            String cursor = Params.cursor(req, BuyerId::of);
            Responses.ok(res, Responses.page(uc.buyers().list(filter, cursor, Params.limit(req)), BuyerJson::of));
        }).get("/stats", (req, res) -> {
            BuyerAttribute by = parse("by", Params.required("by", Params.text(req, "by")), BuyerAttribute::parse);
            var shares = Problems.value(uc.stats().stats(by, Optional.ofNullable(Params.date(req, "from")),
                    Optional.ofNullable(Params.date(req, "to"))));
            Responses.ok(res, shares.stream().map(ShareJson::of).toList());
        }).get("/rfm", (req, res) -> {
            Optional<LocalDate> asOf = Optional.ofNullable(Params.date(req, "as_of"));
            Optional<Integer> window = Optional.ofNullable(Params.whole(req, "window_days", 1, 3660));
            RfmAnalysis a = Problems.value(uc.rfm().rfm(asOf, window));
            Responses.PageJson<RfmJson> page = Responses.page(req, a.scores(), RfmJson::of);
            var t = a.thresholds();
            Responses.ok(res, new RfmPageJson(a.asOf(), a.window().from(), a.window().to(),
                    new ThresholdsJson(t.recencyDays(), t.frequency(), t.monetary().toString()), a.scores().size(),
                    page.items(), page.nextCursor()));
        }).get("/{id}", (req, res) -> {
            BuyerId buyer = Params.id(req, "id", "buyer", BuyerId::of);
            var details = uc.buyers().show(buyer).orElseThrow(() -> ApiException.notFound("no buyer " + buyer));
            List<CouponJson> held = new ArrayList<>();
            String cursor = null;
            do {
                Page<CouponQueries.CouponView> page = uc.coupons().coupons(new Coupons.CouponFilter(Optional.empty(),
                        Optional.of(buyer), Optional.empty()), cursor, CouponQueries.MAX_PAGE);
                page.items().forEach(v -> held.add(CouponJson.of(v.coupon(), v.status())));
                cursor = page.nextCursor();
            } while (cursor != null);
            List<RedemptionJson> redeemed = new ArrayList<>();
            do {
                Page<Redemption> page = uc.coupons().redemptions(new Coupons.RedemptionFilter(Optional.empty(),
                        Optional.empty(), Optional.of(buyer)), cursor, CouponQueries.MAX_PAGE);
                page.items().forEach(r -> redeemed.add(RedemptionJson.of(r)));
                cursor = page.nextCursor();
            } while (cursor != null);
            Responses.ok(res, BuyerFileJson.of(details, held, redeemed));
        });
    }

    // ---- subsidy statements ------------------------------------------------------------------------------------

    /** {@code /api/v1/subsidies/{merchant}/{month}} (staff): a statement, draft or closed; {@code /close} closes. */
    public HttpService subsidies() {
        return rules -> rules.get("/{merchant}/{month}", (req, res) -> {
            MerchantNo m = merchant(req);
            Responses.ok(res, SubsidyStatementJson.of(uc.subsidies().statement(m, month(req))));
        }).post("/{merchant}/{month}/close", (req, res) -> {
            MerchantNo m = merchant(req);
            YearMonth month = month(req);
            CloseRequest body = Bodies.readOrEmpty(req, CloseRequest.class);
            switch (uc.subsidies().close(m, month, Optional.ofNullable(body.settle()))) {
                case SubsidyCloseOutcome.Closed c -> Responses.ok(res, SubsidyStatementJson.of(c.statement()));
                case SubsidyCloseOutcome.AlreadyClosed c -> Responses.ok(res, SubsidyStatementJson.of(c.statement()));
                case SubsidyCloseOutcome.Refused r -> throw ApiException.conflict("subsidy-close-refused", r.reason());
            }
        });
    }

    /** {@code /api/v1/me/subsidies} (MERCHANT): its closed statements; {@code /{month}} one, draft or closed. */
    public HttpService mySubsidies() {
        return rules -> rules.get("/", (req, res) -> Responses.ok(res, Responses.page(req,
                uc.subsidies().closed(Caller.merchant(req)), SubsidyStatementJson::of)))
                .get("/{month}", (req, res) -> Responses.ok(res, SubsidyStatementJson.of(
                        uc.subsidies().statement(Caller.merchant(req), month(req)))));
    }

    private MerchantNo merchant(ServerRequest req) {
        MerchantNo m = Params.id(req, "merchant", "merchant", MerchantNo::of);
        if (!uc.merchantExists().test(m)) {
            throw ApiException.notFound("no merchant " + m);
        }
        return m;
    }

    private static YearMonth month(ServerRequest req) {
        String raw = Params.path(req, "month");
        YearMonth month = Dates.monthOrNull(raw);
        if (month == null) {
            throw ApiException.notFound("no statement " + Problems.quote(raw) + " (a month is written 2026-10)");
        }
        return month;
    }

    /** A query or body value parsed by a domain parser; what it refuses is a 400 naming the field. */
    private static <T> T parse(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage() == null || Problems.looksInternal(e.getMessage())
                    ? "is not a valid value" : e.getMessage();
            throw ApiException.badParameter(field, reason);
        }
    }
}
