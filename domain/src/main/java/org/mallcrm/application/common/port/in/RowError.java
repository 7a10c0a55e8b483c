package org.mallcrm.application.common.port.in;

/** Why a row of an import file was refused: where (line, column), what was there, and the reason. */
public record RowError(int line, String column, String value, String reason) implements Comparable<RowError> {

    @Override
    public int compareTo(RowError o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : column.compareTo(o.column);
    }
}
