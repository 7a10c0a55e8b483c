package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.coupon.MarketingRoutes;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Form;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.adapters.http.web.mobile.MobileMarketingPages;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.campaign.port.in.SignupUseCases.SignupCommand;
import org.mallcrm.application.campaign.port.in.SignupUseCases.SignupOutcome;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.coupon.port.in.CampaignStatsUseCase.CampaignStats;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.campaign.Audience;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignKind;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.CampaignStatus;
import org.mallcrm.domain.campaign.EventOffer;
import org.mallcrm.domain.campaign.Signup;
import org.mallcrm.domain.coupon.CampaignMetrics;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.time.MallTime;

/**
 * 营销活动: every staff member reads the campaigns with their status and metrics (domain-rules.md §7, the figures
 * of {@code campaigns stats}) and a campaign's page with its metrics per merchant and its sign-ups; 策划部 and admins
 * ({@link Capability#CAMPAIGNS}) take the steps: create (the spec of {@code campaigns create}, every bad field
 * named), start, pause, end. A refusal is shown in words on the page (409), never an error page.
 */
public final class CampaignPages implements WebPage {

    private static final int PAGE = 100;
    private static final List<String> ACTIONS = List.of("start", "pause", "end");
    /** The create form's fields, named as the spec's JSON (and so as the use case names a bad one). */
    public static final List<String> FIELDS = List.of("campaign_no", "name", "kind", "starts_at", "ends_at", "capacity",
            "audience.provinces", "audience.categories", "audience.channels", "coupon.face", "coupon.threshold",
            "coupon.amount", "coupon.percent_off", "coupon.cap", "coupon.stock", "coupon.per_buyer",
            "coupon.valid_days", "coupon.merchants", "coupon.business_types", "coupon.mall_share_pct");

    private final MarketingRoutes.UseCases uc;
    private final MerchantQueries merchants;
    private final AuditLog audit;

    public CampaignPages(MarketingRoutes.UseCases useCases, MerchantQueries merchants, AuditLog audit) {
        this.uc = useCases;
        this.merchants = merchants;
        this.audit = audit;
    }

    /** A campaign's figures as shown; {@code code} names each for tests and machines, {@code exported} in a file. */
    public record Metric(String code, String label, String value, TableView.Value exported) {

        Metric(String code, String label, long count, Formats f) {
            this(code, label, f.count(count), new TableView.Value.Count(count));
        }

        Metric(String code, String label, Money money, Formats f) {
            this(code, label, f.money(money), new TableView.Value.Amount(money));
        }

        Metric(String code, String label, Optional<BigDecimal> number, String suffix) {
            this(code, label, number.map(n -> n.toPlainString() + suffix).orElse("—"), number
                    .<TableView.Value>map(TableView.Value.Decimal::new).orElse(new TableView.Value.Text("—")));
        }
    }

    /** One campaign of the list. */
    public record CampaignRow(String no, String name, String kind, String status, String statusCode, String window,
            List<Metric> metrics) {
        public CampaignRow {
            metrics = List.copyOf(metrics);
        }
    }

    public record ListView(List<String> headings, List<CampaignRow> rows, String nextHref, boolean canCreate) {
        public ListView {
            headings = List.copyOf(headings);
            rows = List.copyOf(rows);
        }
    }

    /** A merchant's redemptions of the campaign. */
    public record MerchantRow(String merchantNo, String merchant, String redeemed, String buyers, String gmv,
            String discount, String mallCost, String merchantCost, String roi) {
    }

    /** A place at an event: {@code attendedAt} when the buyer came (签到), {@code canAttend} offers the button. */
    public record SignupRow(String buyerId, String signedUpAt, String status, String statusCode, String attendedAt,
            boolean canAttend) {
    }

    /** An action button: its code and its label. */
    public record Action(String code, String label) {
    }

    public record CampaignView(String no, String name, String kind, String status, String statusCode,
            String window, String offer, String audience, String stock, List<Metric> metrics,
            List<MerchantRow> merchants, List<SignupRow> signups, List<Action> actions, String notice,
            String error, boolean event, boolean canAttend, String attendBuyer) {
    }

    /** The create form as typed, by field; its errors by field (and those of no field). */
    public record FormView(Map<String, String> values, List<String> segments, List<String> segmentLabels,
            Map<String, String> fieldErrors, List<String> errors) {

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public String error(String field) {
            return fieldErrors.get(field);
        }

        public boolean segment(String code) {
            return segments.contains(code);
        }
    }

    @Override
    public List<WebRoute> routes() {
        Access marketing = Access.staff(Capability.CAMPAIGNS);
        List<WebRoute> routes = new ArrayList<>(List.of(
                WebRoute.get("/campaigns", Access.staff(), this::list),
                ListRoutes.exportOf("/campaigns", Access.staff(), this::export),
                WebRoute.get("/campaigns/new", marketing, this::newForm),
                WebRoute.post("/campaigns", marketing, this::create),
                WebRoute.get("/campaigns/{no}", Access.staff(), this::show)));
        for (String action : ACTIONS) {
            routes.add(WebRoute.post("/campaigns/{no}/" + action, marketing, x -> change(x, action)));
        }
        routes.add(WebRoute.post("/campaigns/{no}/attendance", marketing, this::attend));
        return routes;
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("campaigns", "/campaigns", "menu.campaigns", "menu.group.marketing", 62,
                Access.staff()));
    }


    private static String text(Optional<BigDecimal> d) {
        return d.map(BigDecimal::toPlainString).orElse("—");
    }

    /** The figures of domain-rules.md §7, as {@code campaigns stats} prints them (money with the ¥ sign). */
    static List<Metric> metrics(Viewer v, CampaignMetrics m) {
        Formats f = v.formats();
        return List.of(
                new Metric("claimed", v.t("campaigns.m.claimed"), m.claimed(), f),
                new Metric("redeemed", v.t("campaigns.m.redeemed"), m.redeemed(), f),
                new Metric("redemption_rate_pct", v.t("campaigns.m.rate"), m.redemptionRatePct(), "%"),
                new Metric("buyers", v.t("campaigns.m.buyers"), m.buyers(), f),
                new Metric("gmv", v.t("campaigns.m.gmv"), m.gmv(), f),
                new Metric("discount", v.t("campaigns.m.discount"), m.discount(), f),
                new Metric("mall_cost", v.t("campaigns.m.mall_cost"), m.mallCost(), f),
                new Metric("merchant_cost", v.t("campaigns.m.merchant_cost"), m.merchantCost(), f),
                new Metric("roi", v.t("campaigns.m.roi"), m.roi(), ""),
                new Metric("signups", v.t("campaigns.m.signups"), m.signups(), f),
                new Metric("attended", v.t("campaigns.m.attended"), m.attended(), f));
    }

    private static String window(Formats f, Campaign c) {
        return f.instant(c.window().startsAt()) + " — " + f.instant(c.window().endsAt());
    }

    private CampaignNo campaignNo(WebExchange x) {
        try {
            return CampaignNo.of(x.pathParam("no"));
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
    }

    // ---- the list ----

    private void list(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Page<Campaign> page;
        try {
            page = uc.campaigns().list(x.query("cursor").orElse(null), PAGE);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "cursor");
        }
        List<CampaignRow> rows = new ArrayList<>();
        List<String> headings = listedMetrics(v, null).stream().map(Metric::label).toList();
        for (Campaign c : page.items()) {
            List<Metric> m = listedMetrics(v, c);
            rows.add(new CampaignRow(c.no().value(), c.name(), v.t("campaigns.kind." + c.kind().name()),
                    v.t("campaigns.status." + c.status().name()), c.status().name(), window(f, c), m));
        }
        String next = page.nextCursor() == null ? null : "/campaigns?cursor=" + enc(page.nextCursor());
        x.page("campaigns/list.jte", x.shell(v.t("campaigns.title"), "campaigns", List.of()),
                new ListView(headings, rows, next, v.may(Capability.CAMPAIGNS)));
    }

    /** The figures the list shows of a campaign (of none: zeros, for the headings). */
    private List<Metric> listedMetrics(Viewer v, Campaign c) {
        CampaignMetrics m = c == null ? new CampaignMetrics(0, 0, Optional.empty(), 0, Money.ZERO, Money.ZERO,
                Money.ZERO, Money.ZERO, Optional.empty(), 0, 0)
                : uc.campaignStats().stats(c.no()).orElseThrow(WebException::notFound).overall();
        return metrics(v, m).stream().filter(metric -> LISTED.contains(metric.code())).toList();
    }

    private static final List<String> LISTED = List.of("claimed", "redeemed", "redemption_rate_pct", "gmv",
            "mall_cost", "roi", "signups");

    /** 导出 Excel: every campaign, with the list's columns and figures, the window's ends as dates and times. */
    private Listing export(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        List<TableView.Column> columns = new ArrayList<>(List.of(new TableView.Column(v.t("campaigns.col.no"), false),
                new TableView.Column(v.t("col.name"), false), new TableView.Column(v.t("campaigns.col.kind"), false),
                new TableView.Column(v.t("col.status"), false), new TableView.Column(v.t("campaigns.col.starts"), false),
                new TableView.Column(v.t("campaigns.col.ends"), false)));
        listedMetrics(v, null).forEach(m -> columns.add(new TableView.Column(m.label(), true)));
        Listing.Rows rows = Listing.Rows.paged((cursor, limit) -> uc.campaigns().list(cursor, limit), c -> {
            List<TableView.Cell> cells = new ArrayList<>(List.of(TableView.Cell.of(c.no().value()),
                    TableView.Cell.of(c.name()), TableView.Cell.of(v.t("campaigns.kind." + c.kind().name())),
                    TableView.Cell.of(v.t("campaigns.status." + c.status().name())),
                    TableView.Cell.instant(c.window().startsAt(), f), TableView.Cell.instant(c.window().endsAt(), f)));
            listedMetrics(v, c).forEach(m -> cells.add(new TableView.Cell(m.value(), null, null, m.exported())));
            return new TableView.Row(cells);
        });
        return new Listing(v.t("campaigns.title"), "campaigns", List.of(), List.of(), columns, rows, List.of(),
                v.t("campaigns.none"));
    }

    // ---- one campaign ----

    private void show(WebExchange x) {
        Viewer v = x.viewer();
        String notice = x.query("done").filter(ACTIONS::contains).map(a -> v.t("campaigns.done." + a))
                .or(() -> x.query("created").map(n -> v.t("campaigns.created")))
                .or(() -> x.query("attended").map(b -> v.t("campaigns.attend.done", b))).orElse(null);
        render(x, 200, campaignNo(x), notice, null);
    }

    private void render(WebExchange x, int status, CampaignNo no, String notice, String error) {
        render(x, status, no, notice, error, "");
    }

    private void render(WebExchange x, int status, CampaignNo no, String notice, String error, String attendBuyer) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Campaign c = uc.campaigns().find(no).orElseThrow(WebException::notFound);
        CampaignStats stats = uc.campaignStats().stats(no).orElseThrow(WebException::notFound);
        List<MerchantRow> merchantRows = new ArrayList<>();
        Map<MerchantNo, String> names = stats.byMerchant().isEmpty() ? Map.of() : merchants.names();
        for (Map.Entry<MerchantNo, CampaignMetrics> e : stats.byMerchant().entrySet()) {
            CampaignMetrics m = e.getValue();
            merchantRows.add(new MerchantRow(e.getKey().value(), names.getOrDefault(e.getKey(), ""),
                    f.count(m.redeemed()),
                    f.count(m.buyers()), f.money(m.gmv()), f.money(m.discount()), f.money(m.mallCost()),
                    f.money(m.merchantCost()), text(m.roi())));
        }
        boolean event = c.kind() == CampaignKind.EVENT;
        boolean canAttend = event && v.may(Capability.CAMPAIGNS);
        List<SignupRow> signups = new ArrayList<>();
        for (Signup s : uc.signups().signups(no)) {
            String code = s.cancelledAt().isPresent() ? "CANCELLED" : s.attended() ? "ATTENDED" : "ACTIVE";
            signups.add(new SignupRow(s.buyer().value(), f.instant(s.signedUpAt()),
                    v.t("signup." + code.toLowerCase(java.util.Locale.ROOT)), code,
                    s.attendedAt().map(f::instant).orElse(""), canAttend && code.equals("ACTIVE")));
        }
        String stock = c.couponBatch().map(b -> v.t("campaigns.stock", f.count(uc.claimedOf().applyAsLong(no)),
                f.count(b.stock()), b.perBuyer())).orElse("");
        if (c.offer() instanceof EventOffer e) {
            long taken = stats.overall().signups();
            stock = e.capacity().isPresent()
                    ? v.t("campaigns.places", f.count(taken), f.count(e.capacity().getAsInt()))
                    : v.t("campaigns.places.open", f.count(taken));
        }
        List<Action> actions = new ArrayList<>();
        // the steps its status (as last set) allows; the use case still refuses one its window has overtaken
        if (v.may(Capability.CAMPAIGNS)) {
            for (CampaignStatus.Step step : c.status().steps()) {
                String a = step.name().toLowerCase(java.util.Locale.ROOT);
                actions.add(new Action(a, v.t("campaigns.action." + a)));
            }
        }
        x.page(status, "campaigns/campaign.jte", x.shell(c.name() + " · " + no.value(), "campaigns", List.of(
                new Shell.Crumb(v.t("campaigns.title"), "/campaigns"), new Shell.Crumb(no.value(), null))),
                new CampaignView(no.value(), c.name(), v.t("campaigns.kind." + c.kind().name()),
                        v.t("campaigns.status." + c.status().name()), c.status().name(), window(f, c),
                        MobileMarketingPages.offer(v, c), audience(v, c.audience()), stock,
                        metrics(v, stats.overall()), merchantRows, signups, actions, notice, error, event,
                        canAttend, attendBuyer));
    }

    private static String audience(Viewer v, Audience a) {
        if (a.isEveryone()) {
            return v.t("campaigns.audience.everyone");
        }
        List<String> parts = new ArrayList<>();
        if (!a.provinces().isEmpty()) {
            parts.add(v.t("campaigns.field.audience.provinces") + "：" + String.join("、",
                    a.provinces().stream().map(p -> p.fullName()).toList()));
        }
        if (!a.categories().isEmpty()) {
            parts.add(v.t("campaigns.field.audience.categories") + "：" + String.join("、",
                    a.categories().stream().map(b -> b.name()).toList()));
        }
        if (!a.segments().isEmpty()) {
            parts.add(v.t("campaigns.field.audience.segments") + "：" + String.join("、",
                    a.segments().stream().map(s -> v.t("segment." + s.name())).toList()));
        }
        if (!a.channels().isEmpty()) {
            parts.add(v.t("campaigns.field.audience.channels") + "：" + String.join("、",
                    a.channels().stream().map(ch -> ch.value()).toList()));
        }
        return String.join("；", parts);
    }

    /** Start, pause or end: done → back to the page with a notice; refused → the page with the reason in words. */
    private void change(WebExchange x, String action) {
        Viewer v = x.viewer();
        CampaignNo no = campaignNo(x);
        Outcome<Campaign> outcome = switch (action) {
            case "start" -> uc.campaigns().start(no);
            case "pause" -> uc.campaigns().pause(no);
            case "end" -> uc.campaigns().end(no);
            default -> throw WebException.notFound();
        };
        switch (outcome) {
            case Outcome.Done<Campaign> d -> {
                audit.record(x.principal(), AuditEntry.Via.WEB, "campaign." + action, no.value(),
                        v.t("audit.campaign." + action, d.value().name(),
                                v.t("campaigns.status." + d.value().status().name())));
                x.redirect("/campaigns/" + enc(no.value()) + "?done=" + action);
            }
            case Outcome.NotFound<Campaign> n -> throw WebException.notFound();
            case Outcome.Invalid<Campaign> i -> render(x, 422, no, null, v.t("campaigns.refused.generic",
                    v.t("campaigns.action." + action)));
            case Outcome.Refused<Campaign> r -> render(x, 409, no, null, refusal(v, no, action));
        }
    }

    /** Why a step was refused, in words: the campaign's status now explains it (or someone changed it meanwhile). */
    private String refusal(Viewer v, CampaignNo no, String action) {
        Optional<Campaign> now = uc.campaigns().find(no);
        if (now.isEmpty()) {
            return v.t("campaigns.refused.generic", v.t("campaigns.action." + action));
        }
        String key = "campaigns.refused." + action + "." + now.get().status().name();
        String text = v.t(key);
        return text.startsWith("??") ? v.t("campaigns.refused.changed") : text;
    }

    /**
     * 签到: staff record that a signed-up buyer came to the event (the use case of {@code campaigns attend}); done →
     * back to the page naming the buyer; refused → the page with the reason in words (409), the buyer typed kept.
     */
    private void attend(WebExchange x) {
        Viewer v = x.viewer();
        CampaignNo no = campaignNo(x);
        String typed = x.form().get("buyer_id").orElse("");
        if (typed.isEmpty()) {
            render(x, 422, no, null, v.t("campaigns.attend.missing"), typed);
            return;
        }
        BuyerId buyer;
        try {
            buyer = BuyerId.of(typed);
        } catch (IllegalArgumentException e) {
            render(x, 422, no, null, v.t("campaigns.attend.bad_id", typed), typed);
            return;
        }
        switch (uc.signups().attend(new SignupCommand(no, buyer, Optional.empty()))) {
            case SignupOutcome.Done d -> {
                audit.record(x.principal(), AuditEntry.Via.WEB, "campaign.attend", no.value(),
                        v.t("audit.campaign.attend", no.value(), buyer.value()));
                x.redirect("/campaigns/" + enc(no.value()) + "?attended=" + enc(buyer.value()));
            }
            case SignupOutcome.NotFound n -> throw WebException.notFound();
            case SignupOutcome.Refused r -> render(x, 409, no, null,
                    v.t("campaigns.attend.refused." + r.refusal().code().name(), buyer.value()), typed);
        }
    }

    // ---- create ----

    private void newForm(WebExchange x) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", "COUPON");
        values.put("coupon.face", "AMOUNT_OFF");
        values.put("coupon.per_buyer", "1");
        renderForm(x, 200, values, List.of(), List.of());
    }

    private void renderForm(WebExchange x, int status, Map<String, String> values, List<String> segments,
            List<RowError> problems) {
        Viewer v = x.viewer();
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (RowError e : problems) {
            String label = fieldLabel(v, e.column());
            String text = label == null ? e.reason() : v.t("campaigns.field.error", label, e.column(), e.reason());
            errors.add(text);
            if (!e.column().isEmpty()) {
                fieldErrors.merge(e.column(), e.reason(), (a, b) -> a + "；" + b);
            }
        }
        List<String> segmentLabels = Arrays.stream(RfmSegment.values()).map(s -> v.t("segment." + s.name())).toList();
        x.page(status, "campaigns/new.jte", x.shell(v.t("campaigns.new.title"), "campaigns", List.of(
                new Shell.Crumb(v.t("campaigns.title"), "/campaigns"), new Shell.Crumb(v.t("campaigns.new.title"),
                        null))), new FormView(values, segments, segmentLabels, fieldErrors, errors));
    }

    /** The label of a spec field ("优惠门槛"), or null for a problem of no field. */
    private static String fieldLabel(Viewer v, String field) {
        if (field == null || field.isEmpty()) {
            return null;
        }
        String label = v.t("campaigns.field." + field);
        return label.startsWith("??") ? field : label;
    }

    private void create(WebExchange x) {
        Viewer v = x.viewer();
        Form form = x.form();
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            form.get(field).ifPresent(value -> values.put(field, value));
        }
        List<String> segments = form.all("audience.segments");
        List<RowError> problems = new ArrayList<>();
        Integer capacity = integer(v, values, "capacity", problems);
        Integer stock = integer(v, values, "coupon.stock", problems);
        Integer perBuyer = integer(v, values, "coupon.per_buyer", problems);
        Integer validDays = integer(v, values, "coupon.valid_days", problems);
        if (!problems.isEmpty()) {
            renderForm(x, 422, values, segments, problems);
            return;
        }
        String kind = values.get("kind");
        CampaignSpec.CouponSpec coupon = "COUPON".equals(kind) ? new CampaignSpec.CouponSpec(
                values.get("coupon.face"), values.get("coupon.threshold"), values.get("coupon.amount"),
                values.get("coupon.percent_off"), values.get("coupon.cap"), stock, perBuyer, validDays,
                listOrNull(values.get("coupon.merchants")), listOrNull(values.get("coupon.business_types")),
                values.get("coupon.mall_share_pct")) : null;
        CampaignSpec spec = new CampaignSpec(values.get("campaign_no"), values.get("name"), kind,
                instant(values.get("starts_at")), instant(values.get("ends_at")),
                new CampaignSpec.AudienceSpec(list(values.get("audience.provinces")),
                        list(values.get("audience.categories")), segments, list(values.get("audience.channels"))),
                "EVENT".equals(kind) ? capacity : null, coupon);
        switch (uc.campaigns().create(spec)) {
            case Outcome.Done<Campaign> d -> {
                audit.record(x.principal(), AuditEntry.Via.WEB, "campaign.create", d.value().no().value(),
                        v.t("audit.campaign.create", d.value().name()));
                x.redirect("/campaigns/" + enc(d.value().no().value()) + "?created=1");
            }
            case Outcome.Invalid<Campaign> i -> renderForm(x, 422, values, segments, i.errors().stream()
                    .map(e -> new RowError(e.line(), e.column(), e.value(), words(v, e, values))).toList());
            case Outcome.Refused<Campaign> r -> renderForm(x, 409, values, segments, List.of(new RowError(0,
                    "campaign_no", values.getOrDefault("campaign_no", ""),
                    v.t("campaigns.create.exists", values.getOrDefault("campaign_no", "")))));
            case Outcome.NotFound<Campaign> n -> renderForm(x, 422, values, segments, List.of(new RowError(0, "",
                    "", v.t("campaigns.create.not_found", n.what()))));
        }
    }

    /** The kind of coupon a field belongs to: a coupon of the other kind takes no value in it. */
    private static final Map<String, String> FACE_OF = Map.of("coupon.amount", "AMOUNT_OFF",
            "coupon.percent_off", "PERCENT_OFF", "coupon.cap", "PERCENT_OFF");

    /**
     * What is wrong with a field of the spec, in the page's language: the use case's reason is English (for the CLI
     * and the API), so the page says what the field takes ({@code campaigns.invalid.<field>}, {0} the value, {1} the
     * use case's reason). Where the field has the sentences, a value left out is said to be missing ({@code
     * <key>.missing}) and a value the other kind of coupon takes is said to belong to it ({@code <key>.other_face}),
     * rather than told to fill in what was filled in.
     */
    private static String words(Viewer v, RowError e, Map<String, String> values) {
        String key = "campaigns.invalid." + e.column();
        String value = e.value() == null ? "" : e.value();
        String face = values.getOrDefault("coupon.face", "").toUpperCase(java.util.Locale.ROOT);
        String variant = value.isBlank() ? key + ".missing"
                : FACE_OF.containsKey(e.column()) && !face.isEmpty() && !face.equals(FACE_OF.get(e.column()))
                ? key + ".other_face" : key;
        if (v.messages().has(variant)) {
            return v.t(variant, value, e.reason());
        }
        return v.messages().has(key) ? v.t(key, value, e.reason()) : v.t("campaigns.invalid.generic", value,
                e.reason());
    }

    /** A whole number typed into a field, or null when left empty; anything else is a problem of that field. */
    private static Integer integer(Viewer v, Map<String, String> values, String field, List<RowError> problems) {
        String text = values.get(field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new RowError(0, field, text, v.t("campaigns.field.integer")));
            return null;
        }
    }

    /** A date and time picked in the form is the mall's local time (Beijing); anything else goes as typed. */
    static String instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text).atZone(MallTime.ZONE).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** Names typed in one field, separated by commas, 、 or spaces. */
    static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,，、;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> listOrNull(String text) {
        List<String> l = list(text);
        return l.isEmpty() ? null : l;
    }
}
