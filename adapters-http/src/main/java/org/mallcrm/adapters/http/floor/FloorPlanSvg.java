package org.mallcrm.adapters.http.floor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Map;
import java.util.TreeSet;
import org.mallcrm.application.stall.port.in.FloorPlan;
import org.mallcrm.domain.geometry.Point;
import org.mallcrm.domain.geometry.Polygon;
import org.mallcrm.domain.stall.BusinessType;
import org.mallcrm.domain.stall.FloorStats;
import org.mallcrm.domain.stall.Stall;
import org.mallcrm.domain.stall.StallStatus;

/**
 * Draws a floor plan as SVG from the stalls' outlines: one filled polygon per stall, coloured by status (vacant
 * white, leased blue, reserved amber, renovating grey) or by business type, labelled with its number; a title;
 * and below the plan a legend and the floor's figures.
 *
 * <p>The viewBox is the floor's extent in millimetres (plus margins), so outlines are drawn at their exact
 * integer coordinates. The plan's y axis points up (north) and SVG's down, so every y is drawn negated: the plan
 * is not mirrored. Labels and the legend are sized in screen pixels through the scale the width attribute sets.
 */
public final class FloorPlanSvg {

    /** What the fill colour shows. */
    public enum ColorBy {
        STATUS, BUSINESS_TYPE;

        /** {@code status} or {@code business_type} (any case, '-' for '_'). */
        public static ColorBy parse(String text) {
            String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (ColorBy c : values()) {
                if (c.name().equals(t)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("colour by 'status' or 'business_type', not '" + text + "'");
        }
    }

    /** Fill and label colour of each active status. */
    record Swatch(String fill, String ink, String label) {
    }

    static final Map<StallStatus, Swatch> STATUS_COLOURS = Map.of(
            StallStatus.VACANT, new Swatch("#ffffff", "#1f2933", "Vacant 待租"),
            StallStatus.LEASED, new Swatch("#2f6fbf", "#ffffff", "Leased 已租"),
            StallStatus.RESERVED, new Swatch("#f5a623", "#1f2933", "Reserved 已定"),
            StallStatus.RENOVATING, new Swatch("#9e9e9e", "#1f2933", "Renovating 装修中"));

    /** Colours for business types, assigned in name order and reused past ten types. */
    static final String[] PALETTE = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
        "#ff9da7", "#9c755f", "#bab0ac"};

    private static final String FONT = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', "
            + "Arial, sans-serif";
    /** The size a typical stall's label is drawn at, in screen pixels. */
    private static final double LABEL_PX = 11;
    private static final double MIN_PLAN_PX = 700;
    private static final double MAX_PLAN_PX = 6000;
    /** Up to this many stalls, a web plan shows every label from the start. */
    private static final int LABELS_AT_ONCE = 1500;
    private static final StallStatus[] ACTIVE = {StallStatus.VACANT, StallStatus.LEASED, StallStatus.RESERVED,
        StallStatus.RENOVATING};

    private FloorPlanSvg() {
    }

    /** How the plan is framed: a stand-alone document, or the plan alone for a web page. */
    public enum Frame {
        /** A document to open or print: a title, the plan, a legend and the figures below, sized in pixels. */
        DOCUMENT,
        /**
         * The plan alone for the 铺位全景图 page, which draws its own legend: the stalls over their zones' blocks,
         * filling the box it is put in; every stall focusable and labelled for screen readers.
         */
        WEB
    }

    /** The plan of {@code plan}'s floor as an SVG document. */
    public static String render(FloorPlan plan, ColorBy colorBy) {
        return render(plan, colorBy, Frame.DOCUMENT);
    }

    /**
     * The plan of {@code plan}'s floor, framed as asked, each stall's hover title naming its status as the legend of
     * the document does ({@code Vacant 待租}): the API has no language to choose.
     */
    public static String render(FloorPlan plan, ColorBy colorBy, Frame frame) {
        return render(plan, colorBy, frame, FloorPlanSvg::legendLabel);
    }

    /** The plan framed as asked, each stall's hover title naming its status as {@code statusLabel} says (a page's). */
    public static String render(FloorPlan plan, ColorBy colorBy, Frame frame,
            Function<StallStatus, String> statusLabel) {
        Layout layout = new Layout(plan, colorBy, statusLabel);
        return frame == Frame.DOCUMENT ? layout.draw() : layout.drawForWeb();
    }

    /** A status as the document's legend names it; a status the plan does not colour by its code. */
    private static String legendLabel(StallStatus status) {
        Swatch sw = STATUS_COLOURS.get(status);
        return sw == null ? status.name() : sw.label();
    }

    /** The fill of a stall as {@link #render} draws it: by status, or by business type among the floor's stalls. */
    public static String fill(StallStatus status) {
        return STATUS_COLOURS.getOrDefault(status, STATUS_COLOURS.get(StallStatus.VACANT)).fill();
    }

    /** Business type → fill, as {@link #render} colours the plan of these stalls. */
    public static Map<BusinessType, String> fills(List<Stall> stalls) {
        return typeColours(stalls);
    }

    /** Business type → colour: the palette in name order. */
    static Map<BusinessType, String> typeColours(List<Stall> stalls) {
        Map<BusinessType, String> colours = new HashMap<>();
        int i = 0;
        for (BusinessType t : new TreeSet<>(stalls.stream().map(Stall::businessType).toList())) {
            colours.put(t, PALETTE[i++ % PALETTE.length]);
        }
        return colours;
    }

    private static final class Layout {
        private final FloorPlan plan;
        private final ColorBy colorBy;
        private final Function<StallStatus, String> statusLabel;
        private final FloorStats stats;
        private final Map<BusinessType, String> typeColours;
        private final long minX;
        private final long minY;
        private final long maxX;
        private final long maxY;
        /** Screen pixels per millimetre. */
        private final double scale;
        private final double medianLabelMm;

        Layout(FloorPlan plan, ColorBy colorBy, Function<StallStatus, String> statusLabel) {
            this.plan = plan;
            this.colorBy = colorBy;
            this.statusLabel = statusLabel;
            this.stats = plan.stats();
            this.typeColours = typeColours(plan.stalls());
            this.minX = plan.minX();
            this.minY = plan.minY();
            this.maxX = plan.maxX();
            this.maxY = plan.maxY();
            double[] fits = plan.stalls().stream().mapToDouble(Layout::labelFitMm).sorted().toArray();
            this.medianLabelMm = fits[fits.length / 2];
            double s = LABEL_PX / medianLabelMm;
            long w = maxX - minX;
            long h = maxY - minY;
            s = Math.max(s, MIN_PLAN_PX / w);
            s = Math.min(s, MAX_PLAN_PX / Math.max(w, h));
            this.scale = s;
        }

        /** Millimetres that show as {@code px} screen pixels, at least 1. */
        long mm(double px) {
            return Math.max(1, Math.round(px / scale));
        }

        String draw() {
            long pad = mm(24);
            long titleH = mm(44);
            long rowH = mm(22);
            long colW = mm(380);
            List<List<String[]>> columns = panel();
            int rows = columns.stream().mapToInt(List::size).max().orElse(0);
            long w = maxX - minX;
            long h = maxY - minY;
            long width = Math.max(w, columns.size() * colW) + 2 * pad;
            long height = pad + titleH + h + pad + rows * rowH + pad;
            long x0 = minX - pad;
            long y0 = -maxY - titleH - pad;

            SvgWriter svg = new SvgWriter();
            svg.open("svg", "xmlns", "http://www.w3.org/2000/svg",
                    "viewBox", x0 + " " + y0 + " " + width + " " + height,
                    "width", String.valueOf(Math.round(width * scale)),
                    "height", String.valueOf(Math.round(height * scale)),
                    "font-family", FONT);
            svg.text("title", "Floor " + plan.floor() + " — " + stats.stalls() + " stalls");
            svg.empty("rect", "x", str(x0), "y", str(y0), "width", str(width), "height", str(height),
                    "fill", "#f7f7f5");
            svg.text("text", "Floor " + plan.floor() + " · coloured by "
                            + (colorBy == ColorBy.STATUS ? "status" : "business type") + " · " + stats.stalls()
                            + " stalls · leased " + stats.leasedPercent() + " % of leasable area",
                    "x", str(minX), "y", str(-maxY - titleH / 2), "font-size", str(mm(18)),
                    "font-weight", "bold", "dominant-baseline", "central", "fill", "#1f2933");

            svg.open("g", "id", "stalls");
            for (Stall s : plan.stalls()) {
                drawStall(svg, s);
            }
            svg.close();

            long top = -minY + pad;
            svg.open("g", "id", "legend", "font-size", str(mm(14)), "fill", "#1f2933");
            for (int c = 0; c < columns.size(); c++) {
                long x = minX + c * colW;
                List<String[]> col = columns.get(c);
                for (int r = 0; r < col.size(); r++) {
                    String[] line = col.get(r);
                    long y = top + r * rowH + rowH / 2;
                    long textX = x;
                    if (line[0] != null) {
                        long sw = mm(14);
                        svg.empty("rect", "x", str(x), "y", str(y - sw / 2), "width", str(sw), "height", str(sw),
                                "fill", line[0], "stroke", "#444444", "stroke-width", "1",
                                "vector-effect", "non-scaling-stroke");
                        textX = x + mm(22);
                    }
                    svg.text("text", line[1], "x", str(textX), "y", str(y), "dominant-baseline", "central",
                            "font-weight", r == 0 ? "bold" : null);
                }
            }
            svg.close();
            return svg.finish();
        }

        /**
         * The plan for a web page: viewBox the stalls' extent plus a margin, sized by the page (100 % of its box),
         * each zone's block (the bounding box of its stalls) drawn under them with the zone's letter, no legend.
         */
        String drawForWeb() {
            long pad = Math.max(mm(16), 1000) + Math.max(mm(22), 2500);
            long x0 = minX - pad;
            long y0 = -maxY - pad;
            long width = maxX - minX + 2 * pad;
            long height = maxY - minY + 2 * pad;
            SvgWriter svg = new SvgWriter();
            // a large floor starts with its labels hidden (too small to read whole, and costly to lay out); the
            // page shows them once a zoom makes them readable (data-label-mm: a typical label's size)
            svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", "floor-plan",
                    "viewBox", x0 + " " + y0 + " " + width + " " + height,
                    "data-extent", x0 + " " + y0 + " " + width + " " + height,
                    "data-label-mm", String.valueOf(Math.round(medianLabelMm)),
                    "class", plan.stalls().size() > LABELS_AT_ONCE ? "labels-off labels-lazy" : null,
                    "width", "100%", "height", "100%", "preserveAspectRatio", "xMidYMid meet",
                    "font-family", FONT, "role", "img", "aria-label", "Floor " + plan.floor());
            svg.empty("rect", "x", str(x0), "y", str(y0), "width", str(width), "height", str(height),
                    "fill", "#f3f4f1", "class", "hall");
            svg.open("g", "id", "zones");
            Map<String, long[]> zones = new java.util.TreeMap<>();
            for (Stall s : plan.stalls()) {
                Polygon o = s.outline();
                long[] b = zones.computeIfAbsent(s.zone(), z -> new long[] {Long.MAX_VALUE, Long.MAX_VALUE,
                    Long.MIN_VALUE, Long.MIN_VALUE});
                b[0] = Math.min(b[0], o.minX());
                b[1] = Math.min(b[1], o.minY());
                b[2] = Math.max(b[2], o.maxX());
                b[3] = Math.max(b[3], o.maxY());
            }
            long margin = Math.max(mm(6), 500);
            long band = Math.max(mm(22), 2500);
            for (Map.Entry<String, long[]> z : zones.entrySet()) {
                long[] b = z.getValue();
                long zx = b[0] - margin;
                long zy = -b[3] - margin - band;
                long zw = b[2] - b[0] + 2 * margin;
                long zh = b[3] - b[1] + 2 * margin + band;
                svg.open("g", "class", "zone", "data-zone", z.getKey(),
                        "data-bbox", zx + " " + zy + " " + zw + " " + zh);
                svg.empty("rect", "x", str(zx), "y", str(zy), "width", str(zw), "height", str(zh), "rx", str(margin),
                        "fill", "#e4e8ec", "stroke", "#b8c2cc", "stroke-width", "1", "vector-effect",
                        "non-scaling-stroke");
                svg.text("text", z.getKey(), "x", str(zx + margin), "y", str(zy + band / 2 + margin / 2),
                        "font-size", str(band * 7 / 10), "font-weight", "bold", "fill", "#52606d",
                        "dominant-baseline", "central");
                svg.close();
            }
            svg.close();
            svg.open("g", "id", "stalls", "stroke", "#3c4650", "stroke-width", "1", "text-anchor", "middle");
            boolean lazy = plan.stalls().size() > LABELS_AT_ONCE;
            for (Stall s : plan.stalls()) {
                drawStall(svg, s, true, lazy);
            }
            svg.close();
            return svg.finish();
        }

        /** Columns of legend lines: {colour or null, text}; the first line of each is its heading. */
        private List<List<String[]>> panel() {
            List<List<String[]>> columns = new ArrayList<>();
            List<String[]> legend = new ArrayList<>();
            List<String[]> figures = new ArrayList<>();
            figures.add(new String[] {null, "Floor " + plan.floor()});
            figures.add(new String[] {null, "Stalls: " + stats.stalls()});
            figures.add(new String[] {null, "Leasable area: " + stats.leasableArea() + " m²"});
            figures.add(new String[] {null, "Leased area: " + stats.leasedArea() + " m²"});
            figures.add(new String[] {null, "Leased share of area: " + stats.leasedPercent() + " %"});
            List<String[]> types = new ArrayList<>();
            types.add(new String[] {null, "Business types by leasable area"});
            for (FloorStats.TypeShare t : stats.businessTypes()) {
                types.add(new String[] {null, t.businessType().name() + ": " + t.percent() + " % (" + t.stalls()
                        + (t.stalls() == 1 ? " stall)" : " stalls)")});
            }
            if (colorBy == ColorBy.STATUS) {
                legend.add(new String[] {null, "Status"});
                for (StallStatus st : ACTIVE) {
                    Swatch sw = STATUS_COLOURS.get(st);
                    legend.add(new String[] {sw.fill(), sw.label() + ": " + stats.count(st)});
                }
                columns.add(legend);
                columns.add(figures);
                columns.add(types);
            } else {
                legend.add(new String[] {null, "Business type (share of leasable area)"});
                for (FloorStats.TypeShare t : stats.businessTypes()) {
                    legend.add(new String[] {typeColours.get(t.businessType()), t.businessType().name() + ": "
                            + t.percent() + " % (" + t.stalls() + (t.stalls() == 1 ? " stall)" : " stalls)")});
                }
                for (StallStatus st : ACTIVE) {
                    figures.add(new String[] {null, STATUS_COLOURS.get(st).label() + ": " + stats.count(st)});
                }
                columns.add(legend);
                columns.add(figures);
            }
            return columns;
        }

        private void drawStall(SvgWriter svg, Stall s) {
            drawStall(svg, s, false, false);
        }

        /**
         * One stall. For the web page ({@code web}) the attributes every stall shares (stroke, text alignment) are
         * left to the enclosing group and the page's style sheet, which keeps a 5,000-stall plan small.
         */
        private void drawStall(SvgWriter svg, Stall s, boolean web, boolean lazyLabels) {
            String fill;
            String ink;
            if (colorBy == ColorBy.STATUS) {
                Swatch sw = STATUS_COLOURS.getOrDefault(s.status(), STATUS_COLOURS.get(StallStatus.VACANT));
                fill = sw.fill();
                ink = sw.ink();
            } else {
                fill = typeColours.get(s.businessType());
                ink = inkFor(fill);
            }
            StringBuilder points = new StringBuilder();
            for (Point p : s.outline().vertices()) {
                if (!points.isEmpty()) {
                    points.append(' ');
                }
                points.append(p.x()).append(',').append(-p.y());
            }
            double[] at = labelPoint(s.outline());
            long x = Math.round(at[0]);
            long y = -Math.round(at[1]);
            long size = Math.max(1, Math.round(Math.min(labelFitMm(s), 1.3 * medianLabelMm)));
            boolean vertical = isVertical(s);
            if (web) {
                // on a large floor the label is only described (x, y, size, upright, ink): the page draws the labels
                // of the stalls in view once they are large enough to read
                svg.open("g", "class", "stall", "data-stall-no", s.no().value(), "data-status", s.status().name(),
                        "data-zone", s.zone(), "tabindex", "0", "data-label", lazyLabels
                                ? x + " " + y + " " + size + " " + (vertical ? 1 : 0) + " " + ink : null);
            } else {
                svg.open("g", "class", "stall", "data-stall-no", s.no().value(), "data-status", s.status().name());
            }
            if (!lazyLabels) {
                svg.text("title", s.no() + " · " + statusLabel.apply(s.status()) + " · " + s.businessType() + " · "
                        + s.leasableArea() + " m²");
            }
            if (web) {
                svg.empty("polygon", "points", points.toString(), "fill", fill);
            } else {
                svg.empty("polygon", "points", points.toString(), "fill", fill, "stroke", "#3c4650",
                        "stroke-width", "1", "vector-effect", "non-scaling-stroke");
            }
            if (lazyLabels) {
                svg.close();
                return;
            }
            if (web) {
                svg.text("text", s.no().value(), "x", str(x), "y", str(y), "font-size", str(size), "fill", ink,
                        "transform", vertical ? "rotate(-90 " + x + " " + y + ")" : null);
            } else {
                svg.text("text", s.no().value(), "x", str(x), "y", str(y), "font-size", str(size),
                        "text-anchor", "middle", "dominant-baseline", "central", "fill", ink,
                        "transform", vertical ? "rotate(-90 " + x + " " + y + ")" : null);
            }
            svg.close();
        }

        /** Whether the label reads better turned upright: it then fits a larger font. */
        private static boolean isVertical(Stall s) {
            return fit(s, true) > fit(s, false) * 1.1;
        }

        /** The largest font (mm) at which the stall's number fits inside its outline's box, the better way round. */
        static double labelFitMm(Stall s) {
            return fit(s, isVertical(s));
        }

        private static double fit(Stall s, boolean vertical) {
            Polygon o = s.outline();
            double bw = o.maxX() - o.minX();
            double bh = o.maxY() - o.minY();
            if (o.vertices().size() > 4) {
                // not a rectangle: keep to the part of the box it surely fills
                bw *= 0.6;
                bh *= 0.6;
            }
            double along = vertical ? bh : bw;
            double across = vertical ? bw : bh;
            int chars = Math.max(1, s.no().value().length());
            return Math.max(1, Math.min(along * 0.9 / (0.62 * chars), across * 0.45));
        }
    }

    /** Dark ink on light fills, white on dark ones (relative luminance of the sRGB colour). */
    static String inkFor(String fill) {
        int rgb = Integer.parseInt(fill.substring(1), 16);
        double l = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
        // white and #1f2933 (luminance 0.021) contrast equally with a fill of luminance 0.22
        return l < 0.22 ? "#ffffff" : "#1f2933";
    }

    private static double channel(int c) {
        double v = (c & 0xff) / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /**
     * Where a label goes: the area centroid when it lies inside the outline, otherwise the middle of the widest
     * inside stretch of the horizontal line through it (an L-shaped stall's centroid can fall outside).
     */
    static double[] labelPoint(Polygon p) {
        List<Point> v = p.vertices();
        double a2 = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < v.size(); i++) {
            Point a = v.get(i);
            Point b = v.get((i + 1) % v.size());
            double cross = (double) a.x() * b.y() - (double) b.x() * a.y();
            a2 += cross;
            cx += (a.x() + b.x()) * cross;
            cy += (a.y() + b.y()) * cross;
        }
        cx /= 3 * a2;
        cy /= 3 * a2;
        if (p.locate(new Point(Math.round(cx), Math.round(cy))) == Polygon.Location.INSIDE) {
            return new double[] {cx, cy};
        }
        // avoid running exactly through a vertex
        double y = Math.floor(cy) + 0.5;
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            Point a = v.get(i);
            Point b = v.get((i + 1) % v.size());
            if ((a.y() < y) != (b.y() < y)) {
                xs.add(a.x() + (y - a.y()) * (b.x() - a.x()) / (double) (b.y() - a.y()));
            }
        }
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double bestX = cx;
        double bestWidth = -1;
        for (int i = 0; i + 1 < sorted.length; i += 2) {
            if (sorted[i + 1] - sorted[i] > bestWidth) {
                bestWidth = sorted[i + 1] - sorted[i];
                bestX = (sorted[i] + sorted[i + 1]) / 2;
            }
        }
        return new double[] {bestX, y};
    }

    private static String str(long v) {
        return Long.toString(v);
    }
}
