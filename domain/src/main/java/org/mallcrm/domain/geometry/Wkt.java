package org.mallcrm.domain.geometry;

import java.util.ArrayList;
import java.util.List;

/** Well-known text for outlines: {@code POLYGON((x y, x y, …, x y))}, integer millimetres, one closed ring. */
public final class Wkt {

    private Wkt() {
    }

    /**
     * Parses one polygon.
     *
     * @throws InvalidPolygonException when the text is malformed or the ring is not a simple closed polygon
     */
    public static Polygon parsePolygon(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidPolygonException("outline is missing");
        }
        String s = text.strip();
        if (!s.regionMatches(true, 0, "POLYGON", 0, 7)) {
            throw new InvalidPolygonException("outline must start with POLYGON");
        }
        // whitespace next to a parenthesis carries no meaning in WKT
        String body = s.substring(7).strip().replaceAll("\\s*([()])\\s*", "$1");
        if (!body.startsWith("((") || !body.endsWith("))")) {
            throw new InvalidPolygonException("outline must be POLYGON((x y, x y, …)) with one ring");
        }
        String inner = body.substring(2, body.length() - 2);
        if (inner.contains("(") || inner.contains(")")) {
            throw new InvalidPolygonException("outlines with holes or several rings are not supported");
        }
        String[] pairs = inner.split(",", -1);
        List<Point> ring = new ArrayList<>(pairs.length);
        for (String pair : pairs) {
            String[] xy = pair.strip().split("\\s+");
            if (xy.length != 2) {
                throw new InvalidPolygonException("'" + pair.strip() + "' is not a vertex 'x y'");
            }
            try {
                ring.add(new Point(coordinate(xy[0]), coordinate(xy[1])));
            } catch (InvalidPolygonException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new InvalidPolygonException(e.getMessage());
            }
        }
        if (ring.size() < 4) {
            throw new InvalidPolygonException("a ring needs at least 4 points (3 vertices and the closing one)");
        }
        if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
            throw new InvalidPolygonException("the ring is not closed: it must end with its first point "
                    + ring.get(0));
        }
        return Polygon.of(ring);
    }

    private static long coordinate(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidPolygonException("coordinate '" + text + "' is not a whole number of millimetres");
        }
    }

    public static String format(Polygon polygon) {
        StringBuilder sb = new StringBuilder("POLYGON((");
        for (Point p : polygon.vertices()) {
            sb.append(p.x()).append(' ').append(p.y()).append(", ");
        }
        Point first = polygon.vertices().get(0);
        sb.append(first.x()).append(' ').append(first.y()).append("))");
        return sb.toString();
    }
}
