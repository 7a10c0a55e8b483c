package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.common.Dates;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases.SubsidyCloseOutcome;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.audit.AuditEntry;
import org.mallcrm.domain.coupon.ClosedSubsidyStatement;
import org.mallcrm.domain.coupon.SettlementMethod;
import org.mallcrm.domain.coupon.SubsidyAdjustment;
import org.mallcrm.domain.coupon.SubsidyLine;
import org.mallcrm.domain.coupon.SubsidyStatement;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * 营销补差 (subsidy statements): per merchant and month, the mall's shares of the discounts on the month's standing
 * redemptions plus the adjustments posted on it, as {@code subsidies statement} computes them. Every staff member
 * reads them; 财务部 and admins ({@link Capability#STATEMENTS}) close a draft, settled as the mall's settings say
 * or as they choose for this one.
 */
public final class SettlementPages implements WebPage {


    private final SubsidyUseCases subsidies;
    private final MerchantQueries merchants;
    private final AuditLog audit;

    public SettlementPages(SubsidyUseCases subsidies, MerchantQueries merchants, AuditLog audit) {
        this.subsidies = subsidies;
        this.merchants = merchants;
        this.audit = audit;
    }

    /** One merchant's statement of the month in the list. */
    public record StatementRow(String merchantNo, String merchant, String status, String statusCode, String lines,
            String gmv, String shares, String adjustments, String total, String href) {
    }

    /**
     * The month's list; {@code month} is what the month field holds (the text typed when it is not a month), and
     * {@code error}, when not null, what is wrong with it (then there is no list).
     */
    public record ListView(String month, String monthLabel, String prevHref, String nextHref, List<StatementRow> rows,
            String total, String error) {
        public ListView {
            rows = List.copyOf(rows);
        }
    }

    public record LineRow(String redemptionNo, String code, String campaign, String redeemedAt, String order,
            String discount, String mallShare) {
    }

    public record AdjustmentRow(String redemptionNo, String correctedMonth, String amount, String reason, String at) {
    }

    public record StatementView(String merchantNo, String merchant, String month, String status, String statusCode,
            List<LineRow> lines, List<AdjustmentRow> adjustments, String gmv, String shares, String adjustmentsTotal,
            String total, String settled, boolean canClose, List<String> methods, String notice, String error) {
    }

    @Override
    public List<WebRoute> routes() {
        return List.of(
                WebRoute.get("/settlements", Access.staff(), this::list),
                WebRoute.get("/settlements/{no}/{month}", Access.staff(), this::show),
                WebRoute.post("/settlements/{no}/{month}/close", Access.staff(Capability.STATEMENTS), this::close));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("settlements", "/settlements", "menu.settlements", "menu.group.marketing", 63,
                Access.staff()));
    }


    static String href(MerchantNo m, YearMonth month) {
        return "/settlements/" + enc(m.value()) + "/" + month;
    }

    private void list(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        // the month to settle is the last one ended
        YearMonth lastEnded = YearMonth.from(merchants.today()).minusMonths(1);
        Optional<String> typed = x.query("month");
        YearMonth month = typed.isPresent() ? Dates.monthOrNull(typed.get()) : lastEnded;
        if (month == null) {
            // a month that is not one the mall keeps is said above the form that keeps it, as a period's day is
            x.page("settlements/list.jte", x.shell(v.t("settlements.title"), "settlements", List.of()),
                    new ListView(typed.get(), null, "/settlements?month=" + lastEnded.minusMonths(1),
                            "/settlements?month=" + lastEnded.plusMonths(1), List.of(), null,
                            v.t("settlements.bad_month", typed.get())));
            return;
        }
        List<StatementRow> rows = new ArrayList<>();
        org.mallcrm.domain.money.Money total = org.mallcrm.domain.money.Money.ZERO;
        List<SubsidyStatement> statements = subsidies.statementsOf(month);
        Map<MerchantNo, String> names = statements.isEmpty() ? Map.of() : merchants.names();
        for (SubsidyStatement s : statements) {
            total = total.plus(s.total());
            rows.add(new StatementRow(s.merchant().value(), names.getOrDefault(s.merchant(), ""),
                    v.t("settlements.status." + s.status().name()), s.status().name(), f.count(s.lines().size()),
                    f.money(s.gmv()), f.money(s.linesTotal()), f.money(s.adjustmentsTotal()), f.money(s.total()),
                    href(s.merchant(), month)));
        }
        x.page("settlements/list.jte", x.shell(v.t("settlements.title"), "settlements", List.of()),
                new ListView(month.toString(), f.month(month), "/settlements?month=" + month.minusMonths(1),
                        "/settlements?month=" + month.plusMonths(1), rows, f.money(total), null));
    }

    private void show(WebExchange x) {
        Viewer v = x.viewer();
        String notice = x.query("done").map(d -> v.t(d.equals("already") ? "settlements.already" : "settlements.closed"))
                .orElse(null);
        render(x, 200, notice, null);
    }

    private Merchant merchant(WebExchange x) {
        try {
            return merchants.find(MerchantNo.of(x.pathParam("no"))).orElseThrow(WebException::notFound);
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
    }

    private static YearMonth pathMonth(WebExchange x) {
        YearMonth month = Dates.monthOrNull(x.pathParam("month"));
        if (month == null) {
            throw WebException.notFound();
        }
        return month;
    }

    private void render(WebExchange x, int status, String notice, String error) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        Merchant m = merchant(x);
        YearMonth month = pathMonth(x);
        SubsidyStatement s = subsidies.statement(m.no(), month);
        List<LineRow> lines = new ArrayList<>();
        for (SubsidyLine l : s.lines()) {
            lines.add(new LineRow(l.redemption().value(), l.code().grouped(), l.campaign().value(),
                    f.instant(l.redeemedAt()), f.money(l.orderAmount()), f.money(l.discount()), f.money(l.mallShare())));
        }
        List<AdjustmentRow> adjustments = new ArrayList<>();
        for (SubsidyAdjustment a : s.adjustments()) {
            adjustments.add(new AdjustmentRow(a.redemption().value(), f.month(a.correctedMonth()), f.money(a.amount()),
                    v.t(a.amount().isNegative() ? "settlements.adjustment.reversal" : "settlements.adjustment.late",
                            f.month(a.correctedMonth())), f.instant(a.at())));
        }
        String settled = null;
        if (s instanceof ClosedSubsidyStatement c) {
            settled = v.t("settlements.settled." + c.method().name(), f.instant(c.closedAt()))
                    + c.offset().map(o -> v.t("settlements.offset", o.lease().value(), o.receiptNo(),
                            f.money(o.amount()))).orElse("");
        }
        boolean canClose = !(s instanceof ClosedSubsidyStatement) && v.may(Capability.STATEMENTS);
        List<String> methods = List.of(SettlementMethod.values()).stream().map(Enum::name).toList();
        String title = v.t("settlements.statement.title", m.name(), f.month(month));
        x.page(status, "settlements/statement.jte", x.shell(title, "settlements", List.of(
                new Shell.Crumb(v.t("settlements.title"), "/settlements?month=" + month),
                new Shell.Crumb(m.no().value() + " · " + f.month(month), null))),
                new StatementView(m.no().value(), m.name(), month.toString(),
                        v.t("settlements.status." + s.status().name()), s.status().name(), lines, adjustments,
                        f.money(s.gmv()), f.money(s.linesTotal()), f.money(s.adjustmentsTotal()), f.money(s.total()),
                        settled, canClose, methods, notice, error));
    }

    private void close(WebExchange x) {
        Viewer v = x.viewer();
        Merchant m = merchant(x);
        YearMonth month = pathMonth(x);
        Optional<SettlementMethod> settle;
        try {
            settle = x.form().get("settle").map(SettlementMethod::valueOf);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("error.400.parameter", "settle");
        }
        switch (subsidies.close(m.no(), month, settle)) {
            case SubsidyCloseOutcome.Closed c -> {
                audit.record(x.principal(), AuditEntry.Via.WEB, "subsidy.close", m.no().value() + " " + month,
                        v.t("audit.subsidy.close", m.name(), v.formats().month(month),
                                v.formats().money(c.statement().total()),
                                v.t("settlements.method." + c.statement().method().name())));
                x.redirect(href(m.no(), month) + "?done=closed");
            }
            case SubsidyCloseOutcome.AlreadyClosed c -> x.redirect(href(m.no(), month) + "?done=already");
            case SubsidyCloseOutcome.Refused r -> render(x, 409, null, v.t("settlements.refused." + r.code()));
        }
    }
}
