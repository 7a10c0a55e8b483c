package org.mallcrm.adapters.http.stall;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mallcrm.adapters.http.common.ApiException.FieldError;
import org.mallcrm.application.stall.port.in.SplitStallCommand;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.geometry.Area;
import org.mallcrm.domain.geometry.Axis;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.geometry.Wkt;
import org.mallcrm.domain.stall.SplitPart;
import org.mallcrm.domain.stall.StallNo;

/**
 * Turns the text of a reshape request (the CLI's options and files, the API's bodies) into commands, collecting
 * every problem with the field it is in. The CLI and the API share it so that both read the same input alike.
 */
public final class ReshapeInput {

    private ReshapeInput() {
    }

    /** The input is malformed; every problem found, each with its field. */
    public static final class Invalid extends RuntimeException {
        private final List<FieldError> errors;

        public Invalid(List<FieldError> errors) {
            super(summary(errors));
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }

        private static String summary(List<FieldError> errors) {
            List<String> parts = new ArrayList<>();
            for (FieldError e : errors) {
                parts.add(e.field() + ": " + e.reason());
            }
            return String.join("; ", parts);
        }
    }

    /** One part of a split as written in {@code PARTS.json} or a request body. */
    public record PartJson(String stallNo, String outlineWkt, String leasableAreaM2) {
    }

    /** {@code x=2600} or {@code y=1500} (mm; spaces allowed around '='). */
    public static SplitStallCommand.ByCut cut(String text, String field) {
        String t = text == null ? "" : text.strip();
        int eq = t.indexOf('=');
        if (eq < 0) {
            throw invalid(field, "a cut is x=MM or y=MM, e.g. x=2600");
        }
        String axis = t.substring(0, eq).strip().toUpperCase(Locale.ROOT);
        String at = t.substring(eq + 1).strip();
        if (!axis.equals("X") && !axis.equals("Y")) {
            throw invalid(field, "the axis of a cut is x or y, not '" + t.substring(0, eq).strip() + "'");
        }
        if (!at.matches("-?\\d{1,12}")) {
            throw invalid(field, "the position of a cut is whole millimetres, not '" + at + "'");
        }
        return new SplitStallCommand.ByCut(Axis.valueOf(axis), Long.parseLong(at));
    }

    /** The parts of a split; {@code field} names the list (e.g. {@code parts}) in error messages. */
    public static List<SplitPart> parts(List<PartJson> parts, String field) {
        if (parts == null || parts.isEmpty()) {
            throw invalid(field, "give at least two parts");
        }
        List<FieldError> errors = new ArrayList<>();
        List<SplitPart> result = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            PartJson p = parts.get(i);
            String at = field + "[" + i + "]";
            if (p == null) {
                errors.add(new FieldError(at, "a part is an object with stall_no and outline_wkt"));
                continue;
            }
            Optional<StallNo> no = Optional.empty();
            if (p.stallNo() != null && !p.stallNo().isBlank()) {
                try {
                    no = Optional.of(StallNo.of(p.stallNo()));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(at + ".stall_no", e.getMessage()));
                }
            }
            Polygon outline = null;
            try {
                outline = Wkt.parsePolygon(p.outlineWkt());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(at + ".outline_wkt", e.getMessage()));
            }
            Optional<Area> surveyed = Optional.empty();
            if (p.leasableAreaM2() != null && !p.leasableAreaM2().isBlank()) {
                try {
                    surveyed = Optional.of(positiveArea(p.leasableAreaM2()));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(at + ".leasable_area_m2", e.getMessage()));
                }
            }
            if (outline != null) {
                result.add(new SplitPart(no, outline, surveyed));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return result;
    }

    /** A leasable area in m², up to two decimals, above zero and within {@link Limits#MAX_AREA}. */
    public static Area positiveArea(String text) {
        Area a = Area.parse(text);
        if (a.isZero()) {
            throw new IllegalArgumentException("a leasable area must be greater than 0");
        }
        return Limits.area(a, "a leasable area");
    }

    public static Invalid invalid(String field, String reason) {
        return new Invalid(List.of(new FieldError(field, reason)));
    }
}
