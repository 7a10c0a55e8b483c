package org.mallcrm.adapters.http.web.console;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import org.mallcrm.adapters.http.common.Heads;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mallcrm.adapters.http.web.console.TableView.Row;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.domain.time.MallTime;

/**
 * Every console list is two routes with one handler and one {@link Access}: {@code GET /x} shows a page of the rows
 * the request's filters select (with a link to the next page when there are more), and {@code GET /x.xlsx} (导出
 * Excel, linked from the page with the same filters) downloads every one of them as an .xlsx file named after the
 * page and the day, e.g. {@code 租赁合同-2026-12-06.xlsx}.
 *
 * <p>A list added later gets its export by being registered here: {@code ListRoutes.of("/buyers", Access.staff(),
 * this::buyers)} with a handler that answers a {@link Listing} built from typed {@link TableView.Cell}s.
 */
public final class ListRoutes {

    /** Rows on one page of a list read in chunks. */
    public static final int PAGE = 200;
    /** Rows read at a time for an export (no use case's page limit is smaller). */
    static final int CHUNK = 500;
    public static final String EXPORT_SUFFIX = ".xlsx";
    private static final System.Logger LOG = System.getLogger(ListRoutes.class.getName());

    private ListRoutes() {
    }

    /** The list page at {@code path} and its export at {@code path + ".xlsx"}, both for {@code access}. */
    public static List<WebRoute> of(String path, Access access, Function<WebExchange, Listing> handler) {
        return List.of(WebRoute.get(path, access, x -> page(x, path, handler.apply(x))),
                exportOf(path, access, handler));
    }

    /**
     * Only the export, {@code path + ".xlsx"}, of a list whose page its own template draws (营销活动): the page links
     * to it, and {@code handler} answers the rows the page shows.
     */
    public static WebRoute exportOf(String path, Access access, Function<WebExchange, Listing> handler) {
        return WebRoute.get(path + EXPORT_SUFFIX, access, x -> export(x, path, handler.apply(x)));
    }

    private static void page(WebExchange x, String path, Listing l) {
        String cursor = x.query("cursor").orElse(null);
        List<Row> rows = new ArrayList<>();
        String next;
        try {
            next = l.rows().read(cursor, PAGE, rows::add);
        } catch (IllegalArgumentException e) {
            if (cursor == null) {
                throw e;
            }
            throw WebException.badRequest("error.400.parameter", "cursor");
        }
        String filters = withoutCursor(x.request().query().rawValue());
        String nextHref = next == null ? null : path + "?" + (filters.isEmpty() ? "" : filters + "&") + "cursor="
                + URLEncoder.encode(next, StandardCharsets.UTF_8);
        // a period the page cannot show has nothing to export (the export answers 400 for it)
        String exportHref = TableView.Period.invalid(l.period()) ? null
                : path + EXPORT_SUFFIX + (filters.isEmpty() ? "" : "?" + filters);
        x.page("table.jte", x.shell(l.title(), l.active(), l.crumbs()), new TableView(l.filters(), l.columns(), rows,
                l.summary(), nextHref, l.empty(), exportHref, l.period(), l.emptyLink()));
    }

    /** The query without its cursor: the filters of the list, for the export and the next page. */
    static String withoutCursor(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&")).filter(p -> !p.isEmpty() && !p.equals("cursor")
                && !p.startsWith("cursor=")).collect(Collectors.joining("&"));
    }

    /**
     * Streams the whole list as .xlsx. The handler has already read the filters (a bad one was answered 400 before
     * anything was sent); a failure while rows are written leaves the response unfinished, so the browser reports a
     * failed download rather than saving a cut-off file.
     */
    private static void export(WebExchange x, String path, Listing l) {
        if (TableView.Period.invalid(l.period())) {
            throw WebException.badRequest("error.400.parameter", "from/to");
        }
        LocalDate today = LocalDate.now(MallTime.ZONE);
        var res = x.response();
        res.status(Status.OK_200);
        res.header(HeaderNames.CONTENT_TYPE, XlsxTable.CONTENT_TYPE);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.header(HeaderNames.CONTENT_DISPOSITION, contentDisposition(l.title(), path, today));
        if (Heads.isHead(x.request())) {
            res.send(); // the file's length is known only once it is written
            return;
        }
        OutputStream out = res.outputStream();
        long rows = XlsxTable.write(out, l.title(), l.columns(), l.rows(), CHUNK);
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.log(System.Logger.Level.DEBUG, () -> "exported " + rows + " rows of " + path);
    }

    /**
     * {@code attachment; filename="leases-2026-12-06.xlsx"; filename*=UTF-8''%E7%A7%9F…}: the page's title and the
     * day (RFC 5987/6266), with an ASCII name made of the path for clients that cannot read the other.
     */
    static String contentDisposition(String title, String path, LocalDate day) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + "-" + day + EXPORT_SUFFIX;
        String ascii = path.replaceAll("^/+", "").replaceAll("[^A-Za-z0-9._-]+", "-") + "-" + day + EXPORT_SUFFIX;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
