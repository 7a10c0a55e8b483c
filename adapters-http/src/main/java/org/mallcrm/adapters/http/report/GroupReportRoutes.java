package org.mallcrm.adapters.http.report;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import org.mallcrm.adapters.http.common.ApiException;
import org.mallcrm.adapters.http.common.Params;
import org.mallcrm.adapters.http.common.Responses;
import org.mallcrm.application.report.port.in.GroupReportUseCase;

/**
 * {@code GET /api/v1/group/report?as_of=&from=}: every mall of the group side by side, for group-level staff (a
 * token made with {@code tokens create --role STAFF --group}); the same JSON as {@code reports group}.
 */
public final class GroupReportRoutes implements HttpService {

    private final GroupReportUseCase report;

    public GroupReportRoutes(GroupReportUseCase report) {
        this.report = report;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/report", this::report);
    }

    private void report(ServerRequest req, ServerResponse res) {
        LocalDate asOf = Params.date(req, "as_of");
        LocalDate from = Params.date(req, "from");
        if (from != null && asOf != null && asOf.isBefore(from)) {
            throw ApiException.badParameter("as_of", "is before from " + from);
        }
        Responses.ok(res, GroupReportJson.of(report.report(from, asOf)));
    }
}
