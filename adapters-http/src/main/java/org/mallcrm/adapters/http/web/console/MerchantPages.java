package org.mallcrm.adapters.http.web.console;

import static org.mallcrm.adapters.http.web.kit.Links.enc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.Formats;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Shell;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.lease.port.in.LeaseQueries;
import org.mallcrm.application.lease.port.in.PlacementUseCases;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.application.merchantfile.port.in.MerchantFileQuery.MerchantFile;
import org.mallcrm.application.stall.port.in.StallQueries;
import org.mallcrm.domain.credit.ScorePoint;
import org.mallcrm.domain.merchant.FollowUpDue;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.merchant.Stage;

/**
 * The merchants of the pipeline (招商): the board by stage ({@code /merchants/board}: a column per stage, a card
 * per merchant with the days it has spent in the stage and its overdue follow-up) and the 360° file of one merchant
 * ({@code /merchants/{no}}), over the same use cases as {@code merchants pipeline|due|show} and the API.
 */
public final class MerchantPages implements WebPage {

    private static final List<String> DONE = List.of("follow-up", "advance", "contact", "log", "place",
            "placement-submit", "placement-approve", "placement-reject");

    private final MerchantDesk.UseCases desk;
    private final LeaseQueries leases;
    private final MerchantActions actions;

    public MerchantPages(MerchantDesk.UseCases desk, LeaseQueries leases, PlacementUseCases placements,
            StallQueries stalls, AuditLog audit) {
        this.desk = desk;
        this.leases = leases;
        this.actions = new MerchantActions(desk, placements, stalls, audit, this::render);
    }

    /** The file page: the merchant's 360° file and the actions its viewer may take. */
    public record FilePage(MerchantFileView file, MerchantActions.Panel actions) {
    }

    @Override
    public List<WebRoute> routes() {
        // the board before the file: "board" is not a merchant number
        List<WebRoute> routes = new ArrayList<>(List.of(
                WebRoute.get("/merchants/board", Access.staff(), this::board),
                WebRoute.get("/merchants/{no}", Access.staff(), this::file)));
        routes.addAll(actions.routes());
        return routes;
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("merchant-board", "/merchants/board", "menu.merchant_board",
                "menu.group.leasing", 29, Access.staff()));
    }

    /**
     * A board column: a stage, how many merchants are in it, and the cards of the first {@link #CARDS} of them —
     * overdue follow-ups first (most overdue first), then the longest in the stage; {@code more} links to the list of
     * the whole stage.
     */
    public record Column(String code, String label, int count, List<Card> cards, String more) {
        public Column {
            cards = List.copyOf(cards);
        }
    }

    /** Cards shown per column: a stage of hundreds (the merchants trading in the mall) is a list, not a board. */
    static final int CARDS = 20;

    /**
     * A merchant's card: {@code dwell} the days in its stage (empty when the stage starts after today);
     * {@code followUp} its visit when one is due (today or overdue), {@code overdueDays} how late (0: due today).
     */
    public record Card(String no, String name, String href, String dwell, long dwellDays, String followUp,
            long overdueDays) {

        public boolean overdue() {
            return overdueDays > 0;
        }
    }

    /** The board: its columns in pipeline order, and how many cards are overdue. */
    public record Board(List<Column> columns, String summary, long overdue) {
        public Board {
            columns = List.copyOf(columns);
        }
    }


    private void board(WebExchange x) {
        Viewer v = x.viewer();
        Formats f = v.formats();
        LocalDate today = desk.merchants().today();
        Map<MerchantNo, FollowUpDue> due = new HashMap<>();
        for (FollowUpDue d : desk.pipeline().due(null, today)) {
            due.put(d.merchant(), d);
        }
        Map<Stage, List<Card>> byStage = new EnumMap<>(Stage.class);
        long total = 0;
        String cursor = null;
        do {
            Page<Merchant> p = desk.merchants().list(cursor, MerchantQueries.MAX_PAGE);
            for (Merchant m : p.items()) {
                total++;
                LocalDate entered = m.currentStage().enteredOn();
                boolean later = entered.isAfter(today);
                long days = later ? -1 : m.currentDwellDays(today);
                FollowUpDue d = due.get(m.no());
                String visit = d == null ? null : d.daysOverdue() > 0
                        ? v.t("board.overdue", f.date(d.nextVisitOn()), f.count(d.daysOverdue()))
                        : v.t("board.due_today");
                byStage.computeIfAbsent(m.stage(), s -> new ArrayList<>()).add(new Card(m.no().value(), m.name(),
                        "/merchants/" + enc(m.no().value()), later ? "—" : v.t("mfile.days", f.count(days)), days,
                        visit, d == null ? -1 : d.daysOverdue()));
            }
            cursor = p.nextCursor();
        } while (cursor != null);
        List<Column> columns = new ArrayList<>();
        for (Stage s : Stage.values()) {
            List<Card> cards = new ArrayList<>(byStage.getOrDefault(s, List.of()));
            cards.sort(Comparator.comparingLong(Card::overdueDays).reversed()
                    .thenComparing(Comparator.comparingLong(Card::dwellDays).reversed()).thenComparing(Card::no));
            columns.add(new Column(s.name(), v.t("stage." + s.name()), cards.size(),
                    cards.subList(0, Math.min(CARDS, cards.size())), cards.size() > CARDS
                            ? v.t("board.more", f.count(cards.size() - CARDS)) : null));
        }
        long overdue = due.values().stream().filter(d -> d.daysOverdue() > 0).count();
        x.page("merchants/board.jte", x.shell(v.t("board.title"), "merchant-board", List.of(
                new Shell.Crumb(v.t("menu.merchants"), "/merchants"), new Shell.Crumb(v.t("board.title"), null))),
                new Board(columns, v.t("board.summary", f.count(total), f.count(overdue)), overdue));
    }

    private void file(WebExchange x) {
        MerchantNo no;
        try {
            no = MerchantNo.of(x.pathParam("no"));
        } catch (IllegalArgumentException e) {
            throw WebException.notFound();
        }
        render(x, 200, no, MerchantActions.Submitted.NONE);
    }

    private void render(WebExchange x, int status, MerchantNo no, MerchantActions.Submitted in) {
        Viewer v = x.viewer();
        LocalDate today = desk.merchants().today();
        MerchantFile file = desk.files().file(no, today).orElseThrow(WebException::notFound);
        Optional<FollowUpDue> due = desk.pipeline().due(null, today).stream().filter(d -> d.merchant().equals(no))
                .findFirst();
        List<ScorePoint> scores = desk.credit().scoreHistory(no, today) instanceof Outcome.Done<List<ScorePoint>> d
                ? d.value() : List.of();
        MerchantFileView view = MerchantFileView.of(v, file, leases.bills(no, today), due, scores, today);
        String notice = status == 200 ? x.query("done").filter(DONE::contains).map(a -> v.t("mfile.done." + a))
                .orElse(null) : null;
        MerchantActions.Panel panel = MerchantActions.panel(v, file.merchant(), file.placements(), today, notice,
                in);
        x.page(status, "merchants/file.jte", x.shell(v.t("mfile.title", view.no(), view.name()), "merchants",
                List.of(new Shell.Crumb(v.t("menu.merchants"), "/merchants"), new Shell.Crumb(view.no(), null))),
                new FilePage(view, panel));
    }
}
