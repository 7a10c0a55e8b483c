package org.mallcrm.application.stall.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mallcrm.application.common.port.in.ImportOptions;
import org.mallcrm.application.common.port.in.ImportOutcome;
import org.mallcrm.application.common.port.in.ImportRow;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.in.RowStream;
import org.mallcrm.application.common.service.ImportCells;
import org.mallcrm.application.common.service.WholeFileImport;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.stall.port.in.ImportStallsUseCase;
import org.mallcrm.application.stall.port.out.Stalls;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.Wkt;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.FloorLayout;
import org.mallcrm.application.settings.port.out.CurrentSettings;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallNo;
import org.mallcrm.domain.stall.StallStatus;

/**
 * Imports stalls all or nothing. Inside one unit of work it parses every row, checks keys repeated in the
 * file, compares with what is stored (unchanged, new, or an update that needs {@code --update}), checks that
 * no active stalls on a floor overlap once the file is applied, and only when every row is good writes them.
 */
public final class ImportStallsService implements ImportStallsUseCase {

    /** {@link RowError} code: the stall is retired; args: its status. */
    public static final String STALL_RETIRED = "stall-retired";
    /** {@link RowError} code: the outline overlaps a stored stall; args: its number, "", the floor. */
    public static final String OVERLAPS_STORED = "outline-overlaps-stored";
    /** {@link RowError} code: the outline overlaps another row's; args: its number, its line, the floor. */
    public static final String OVERLAPS_LINE = "outline-overlaps-line";

    private final Stalls stalls;
    private final UnitOfWork unitOfWork;
    private final CurrentSettings settings;

    /** @param settings the mall's settings: its overlap tolerance ({@code geometry.overlap_tolerance_mm2}) */
    public ImportStallsService(Stalls stalls, UnitOfWork unitOfWork, CurrentSettings settings) {
        this.stalls = stalls;
        this.unitOfWork = unitOfWork;
        this.settings = settings;
    }

    private record Parsed(int line, Stall stall) {
    }

    @Override
    public ImportOutcome importStalls(RowStream file, ImportOptions options) {
        return WholeFileImport.run(file, COLUMNS, options,
                (rows, o) -> unitOfWork.inTransaction(() -> importInTransaction(rows, o)));
    }

    private ImportOutcome importInTransaction(List<ImportRow> rows, ImportOptions options) {
        List<RowError> errors = new ArrayList<>();
        Map<StallNo, Parsed> parsed = new LinkedHashMap<>();
        Set<StallNo> duplicated = new HashSet<>();
        for (ImportRow row : rows) {
            Stall stall = parse(row, errors);
            if (stall == null) {
                continue;
            }
            Parsed earlier = parsed.putIfAbsent(stall.no(), new Parsed(row.line(), stall));
            if (earlier != null) {
                duplicated.add(stall.no());
                errors.add(ImportCells.duplicateInFile(row.line(), "stall_no", stall.no().value(), "stall number",
                        earlier.line()));
            }
        }

        Map<StallNo, Stall> stored = stalls.findAll(parsed.keySet());
        List<Stall> created = new ArrayList<>();
        List<Stall> updated = new ArrayList<>();
        int unchanged = 0;
        Map<Stall, Integer> lineOf = new HashMap<>();
        for (Parsed p : parsed.values()) {
            Stall existing = stored.get(p.stall().no());
            if (existing == null) {
                created.add(p.stall());
                lineOf.put(p.stall(), p.line());
            } else if (existing.sameFactsAs(p.stall())) {
                unchanged++;
            } else if (!existing.isActive()) {
                errors.add(new RowError(p.line(), "stall_no", p.stall().no().value(),
                        "stall is retired (" + existing.status() + "); its number is kept for lineage",
                        STALL_RETIRED, List.of(existing.status().name())));
            } else if (!options.update()) {
                errors.add(ImportCells.existsDifferent(p.line(), "stall_no", p.stall().no().value(), "stall",
                        differences(existing, p.stall())));
            } else {
                Stall next = new Stall(p.stall().no(), p.stall().floor(), p.stall().zone(),
                        p.stall().businessType(), p.stall().outline(), p.stall().leasableArea(),
                        p.stall().baseRent(), p.stall().status(), existing.parents(), existing.children());
                updated.add(next);
                lineOf.put(next, p.line());
            }
        }

        checkOverlaps(created, updated, lineOf, errors);
        if (!errors.isEmpty()) {
            return new ImportOutcome.Rejected(errors);
        }
        if (!options.dryRun()) {
            stalls.insert(created);
            stalls.update(updated);
        }
        return new ImportOutcome.Imported(created.size(), updated.size(), unchanged, options.dryRun());
    }

    private void checkOverlaps(List<Stall> created, List<Stall> updated, Map<Stall, Integer> lineOf,
            List<RowError> errors) {
        long tolerance = settings.current().geometryPolicy().overlapToleranceMm2();
        Map<String, List<Stall>> incomingByFloor = new LinkedHashMap<>();
        Set<StallNo> incomingNos = new HashSet<>();
        for (List<Stall> list : List.of(created, updated)) {
            for (Stall s : list) {
                incomingByFloor.computeIfAbsent(s.floor(), f -> new ArrayList<>()).add(s);
                incomingNos.add(s.no());
            }
        }
        for (Map.Entry<String, List<Stall>> floor : incomingByFloor.entrySet()) {
            List<Stall> layout = new ArrayList<>(floor.getValue());
            for (Stall s : stalls.activeOnFloor(floor.getKey())) {
                if (!incomingNos.contains(s.no())) {
                    layout.add(s);
                }
            }
            for (FloorLayout.Overlap o : FloorLayout.overlaps(layout, lineOf::containsKey, tolerance)) {
                report(o.first(), o.second(), lineOf, errors, tolerance);
                report(o.second(), o.first(), lineOf, errors, tolerance);
            }
        }
    }

    private static void report(Stall s, Stall other, Map<Stall, Integer> lineOf, List<RowError> errors,
            long tolerance) {
        Integer line = lineOf.get(s);
        if (line == null) {
            return;
        }
        Integer otherLine = lineOf.get(other);
        String where = otherLine == null ? "already stored" : "line " + otherLine;
        errors.add(new RowError(line, "outline_wkt", s.outline().toWkt(),
                "outline overlaps stall " + other.no() + " (" + where + ") on floor " + s.floor()
                        + (tolerance == 0 ? "" : " by " + s.outline().overlapAreaMm2(other.outline()).toPlainString()
                                + " mm², more than the " + tolerance + " mm² tolerated"),
                otherLine == null ? OVERLAPS_STORED : OVERLAPS_LINE, List.of(other.no().value(),
                        otherLine == null ? "" : String.valueOf(otherLine), s.floor().toString())));
    }

    private static String differences(Stall a, Stall b) {
        List<String> d = new ArrayList<>();
        if (!a.floor().equals(b.floor())) {
            d.add("floor");
        }
        if (!a.zone().equals(b.zone())) {
            d.add("zone");
        }
        if (!a.businessType().equals(b.businessType())) {
            d.add("business_type");
        }
        if (!a.leasableArea().equals(b.leasableArea())) {
            d.add("leasable_area_m2 " + a.leasableArea() + " → " + b.leasableArea());
        }
        if (!a.baseRent().equals(b.baseRent())) {
            d.add("base_rent " + a.baseRent() + " → " + b.baseRent());
        }
        if (a.status() != b.status()) {
            d.add("status " + a.status() + " → " + b.status());
        }
        if (!a.outline().equals(b.outline())) {
            d.add("outline_wkt");
        }
        return String.join(", ", d);
    }

    /** Parses one row; adds an error for each bad column and returns null when any column is bad. */
    private static Stall parse(ImportRow row, List<RowError> errors) {
        int before = errors.size();
        StallNo no = ImportCells.required(row, "stall_no", errors, StallNo::of);
        String floor = ImportCells.required(row, "floor", errors, v -> code(v, "floor"));
        String zone = ImportCells.required(row, "zone", errors, v -> code(v, "zone"));
        BusinessType type = ImportCells.required(row, "business_type", errors, BusinessType::new);
        Area leasable = ImportCells.required(row, "leasable_area_m2", errors, v -> {
            Area a = Area.parse(v);
            if (a.isZero()) {
                throw new IllegalArgumentException("leasable area must be greater than 0");
            }
            return org.mallcrm.domain.common.Limits.area(a, "leasable area");
        });
        Money rent = ImportCells.required(row, "base_rent", errors, v -> {
            Money m = Money.parse(v);
            if (m.isNegative()) {
                throw new IllegalArgumentException("base rent cannot be negative");
            }
            return org.mallcrm.domain.common.Limits.pricePerM2(m, "base rent");
        });
        StallStatus status = ImportCells.required(row, "status", errors, ImportStallsService::status);
        Polygon outline = ImportCells.required(row, "outline_wkt", errors, Wkt::parsePolygon);
        if (errors.size() > before) {
            return null;
        }
        return Stall.of(no, floor, zone, type, outline, leasable, rent, status);
    }

    private static String code(String v, String what) {
        return org.mallcrm.domain.common.Texts.requireName(v, what, 20);
    }

    private static StallStatus status(String v) {
        StallStatus s;
        try {
            s = StallStatus.valueOf(v.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status; use VACANT, LEASED or RENOVATING");
        }
        if (!s.isImportable()) {
            throw new IllegalArgumentException("status " + s + " cannot be imported; use VACANT, LEASED or RENOVATING");
        }
        return s;
    }
}
