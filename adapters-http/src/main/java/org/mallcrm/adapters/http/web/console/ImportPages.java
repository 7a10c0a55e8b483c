package org.mallcrm.adapters.http.web.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mallcrm.adapters.http.imports.FileImports;
import org.mallcrm.adapters.http.imports.ImportReport;
import org.mallcrm.adapters.http.web.kit.Access;
import org.mallcrm.adapters.http.web.kit.MenuEntry;
import org.mallcrm.adapters.http.web.kit.Refusals;
import org.mallcrm.adapters.http.web.kit.Uploads;
import org.mallcrm.adapters.http.web.kit.Viewer;
import org.mallcrm.adapters.http.web.kit.WebException;
import org.mallcrm.adapters.http.web.kit.WebExchange;
import org.mallcrm.adapters.http.web.kit.WebPage;
import org.mallcrm.adapters.http.web.kit.WebRoute;
import org.mallcrm.application.audit.port.in.AuditLog;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.out.StorageBusyException;
import org.mallcrm.domain.access.Capability;
import org.mallcrm.domain.access.Department;
import org.mallcrm.domain.access.ImportKind;
import org.mallcrm.domain.audit.AuditEntry;

/**
 * 批量导入: a form per kind of file the signed-in staff member's department may import ({@link ImportKind}: the
 * import right and the kind's own capability), each upload run through the same all-or-nothing use case as
 * {@code mallcrm import KIND FILE} ({@link FileImports}). A file with any bad row writes nothing and comes back as the
 * table of its problems (line, column, value, reason) with the list as CSV to download; a good one shows its counts,
 * and the operation log says who imported which file.
 */
public final class ImportPages implements WebPage {

    /** At most this many problems are shown in the page's table; the CSV holds every one the import kept. */
    static final int SHOWN = 500;

    /** One kind's upload form. */
    public record KindForm(String code, String label, List<String> columns, boolean jsonLines, boolean update,
            boolean chosen) {
    }

    /** One bad row's problem as the table shows it. */
    public record ErrorRow(int line, String column, String value, String reason) {
    }

    /** What an upload came to. */
    public record Result(String kind, String file, String outcome, String summary, String problem,
            List<ErrorRow> errors, int errorCount, long lineCount, String csv, String csvName, boolean cut) {
    }

    /** One department's row of the table of who imports what. */
    public record RightsRow(String department, List<Boolean> kinds, boolean mine) {
    }

    public record ImportsView(List<KindForm> forms, Result result, List<String> kinds, List<RightsRow> rights,
            long maxMiB) {
    }

    private final FileImports imports;
    private final AuditLog audit;

    public ImportPages(FileImports imports, AuditLog audit) {
        this.imports = imports;
        this.audit = audit;
    }

    @Override
    public List<WebRoute> routes() {
        List<WebRoute> routes = new ArrayList<>();
        routes.add(WebRoute.get("/imports", Access.staff(Capability.IMPORTS), x -> show(x, 200, null, null)));
        for (ImportKind k : ImportKind.values()) {
            routes.add(WebRoute.post("/imports/" + k.code(), Access.staff(Capability.IMPORTS), x -> upload(x, k)));
        }
        return routes;
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(new MenuEntry("imports", "/imports", "menu.imports", "menu.group.admin", 85,
                Access.staff(Capability.IMPORTS)));
    }

    private void show(WebExchange x, int status, ImportKind chosen, Result result) {
        Viewer v = x.viewer();
        List<KindForm> forms = new ArrayList<>();
        for (ImportKind k : ImportKind.values()) {
            if (k.importableBy(x.principal())) {
                forms.add(new KindForm(k.code(), v.t("import.kind." + k.name()), FileImports.columns(k).all(),
                        k == ImportKind.LEASES, k != ImportKind.LEASES && k != ImportKind.RECEIPTS, k == chosen));
            }
        }
        List<String> kinds = new ArrayList<>();
        for (ImportKind k : ImportKind.values()) {
            kinds.add(v.t("import.kind." + k.name()));
        }
        String mine = x.principal().department().flatMap(Department::parse).map(Department::name).orElse("");
        List<RightsRow> rights = new ArrayList<>();
        for (Department d : Department.values()) {
            List<Boolean> marks = new ArrayList<>();
            for (ImportKind k : ImportKind.values()) {
                marks.add(k.importableBy(d));
            }
            rights.add(new RightsRow(v.t("department." + d.name()), marks, d.name().equals(mine)));
        }
        x.page(status, "imports.jte", x.shell(v.t("imports.title"), "imports", List.of()),
                new ImportsView(forms, result, kinds, rights, Uploads.MAX_FILE_BYTES >> 20));
    }

    private void upload(WebExchange x, ImportKind kind) {
        Viewer v = x.viewer();
        if (!kind.importableBy(x.principal())) {
            throw new WebException(403, "error.403.capability", v.t("capability." + kind.capability().name()));
        }
        Optional<Uploads.Upload> file = x.uploads().file("file");
        if (file.isEmpty()) {
            show(x, 400, kind, new Result(v.t("import.kind." + kind.name()), "", "nofile", null,
                    v.t("imports.nofile"), List.of(), 0, 0, null, null, false));
            return;
        }
        Uploads.Upload f = file.get();
        boolean dryRun = x.form().get("dry_run").isPresent();
        ImportOptions options = new ImportOptions(dryRun, x.form().get("update").isPresent());
        ImportOutcome outcome;
        try {
            outcome = imports.run(kind, f.path(), f.name(), options, r -> r, e -> { });
        } catch (StorageBusyException e) {
            throw new WebException(503, "error.503.detail");
        }
        String kindLabel = v.t("import.kind." + kind.name());
        String name = ImportReport.visible(f.name(), 120);
        switch (outcome) {
            case ImportOutcome.Imported done -> {
                String counts = v.t("imports.counts", done.created(), done.updated(), done.unchanged());
                if (!dryRun) {
                    audit.record(x.principal(), AuditEntry.Via.WEB, "import." + kind.code(), name,
                            v.t("audit.import", kindLabel, name, done.created(), done.updated(), done.unchanged()));
                }
                show(x, 200, kind, new Result(kindLabel, name, dryRun ? "dry" : "ok",
                        v.t(dryRun ? "imports.done.dry" : "imports.done", kindLabel, name, counts), null, List.of(),
                        0, 0, null, null, false));
            }
            case ImportOutcome.Rejected r -> {
                List<RowError> errors = r.errors();
                List<ErrorRow> rows = new ArrayList<>();
                for (RowError e : errors.subList(0, Math.min(SHOWN, errors.size()))) {
                    rows.add(new ErrorRow(e.line(), column(v, e.column()),
                            ImportReport.visible(e.value(), ImportReport.VALUE_SHOWN),
                            ImportReport.visible(ours(Refusals.rowReason(v, e), f), ImportReport.REASON_SHOWN)));
                }
                long lines = errors.stream().mapToInt(RowError::line).distinct().count();
                // the whole list rides in the page and is saved as a file by the browser: nothing is kept on the
                // server between the upload and the download
                String csv = ours(ImportReport.csv(errors), f);
                show(x, 422, kind, new Result(kindLabel, name, "rejected",
                        v.t("imports.rejected", kindLabel, name, errors.size(), lines), null, rows, errors.size(),
                        lines, csv, errorsName(f.name()), errors.size() > SHOWN));
            }
            case ImportOutcome.Unreadable u -> show(x, 422, kind, new Result(kindLabel, name, "unreadable",
                    v.t("imports.unreadable", kindLabel, name), ImportReport.visible(ours(u.problem(), f),
                            ImportReport.REASON_SHOWN), List.of(), 0, 0, null, null, false));
        }
    }

    /** A column as the table shows it: its Chinese (or English) name and the file's own, e.g. 铺位号 stall_no. */
    private static String column(Viewer v, String column) {
        if (column == null || column.isEmpty()) {
            return "";
        }
        String key = "import.col." + column;
        return v.messages().has(key) ? v.t(key) + " " + column : ImportReport.visible(column, 80);
    }

    /** A text that may name the server's temporary copy of the upload, naming the user's file instead. */
    private static String ours(String text, Uploads.Upload f) {
        return text == null ? null : text.replace(f.path().toString(), f.name());
    }

    /** The errors file's name: {@code stalls.csv} → {@code stalls-errors.csv}. */
    static String errorsName(String upload) {
        String base = upload.replaceAll("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return (base.isEmpty() ? "import" : base) + "-errors.csv";
    }
}
