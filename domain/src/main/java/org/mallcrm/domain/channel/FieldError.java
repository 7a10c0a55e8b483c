package org.mallcrm.domain.channel;

/**
 * A bad value in an imported row: the column, the value as read, and why it is refused. {@code missing} tells an
 * empty required cell from a value that does not read as its kind, so that importers can give each its code.
 */
public record FieldError(String column, String value, String reason, boolean missing) {
}
