package org.mallcrm.domain.geometry;

/** An outline that is not a simple polygon; the message says why. */
public class InvalidPolygonException extends IllegalArgumentException {

    public InvalidPolygonException(String message) {
        super(message);
    }
}
