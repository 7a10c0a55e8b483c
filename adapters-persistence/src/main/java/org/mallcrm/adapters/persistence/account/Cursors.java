package org.mallcrm.adapters.persistence.account;

/** A log's cursor is the number of the last row shown. */
final class Cursors {

    private Cursors() {
    }

    static long id(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor of this list: '" + cursor + "'");
        }
    }
}
