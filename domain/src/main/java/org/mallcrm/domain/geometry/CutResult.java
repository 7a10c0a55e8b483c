package org.mallcrm.domain.geometry;

/**
 * What a straight cut across an outline gives: exactly two pieces (the lower-coordinate side first), or why
 * it does not.
 */
public sealed interface CutResult {

    /** The cut gives two pieces: {@code lower} on the lower-coordinate side of the line, {@code upper} beyond. */
    record Pieces(Polygon lower, Polygon upper) implements CutResult {
    }

    /** The line does not pass through the outline's interior. */
    record Misses(Axis axis, long at) implements CutResult {
    }

    /** The line cuts a non-convex outline into more than two pieces (e.g. through both arms of a U). */
    record MoreThanTwoPieces(int lowerPieces, int upperPieces) implements CutResult {
        public int total() {
            return lowerPieces + upperPieces;
        }
    }

    /** The line crosses a slanted edge between whole millimetres, so the pieces would have no exact vertex. */
    record OffGrid(Point from, Point to) implements CutResult {
    }
}
