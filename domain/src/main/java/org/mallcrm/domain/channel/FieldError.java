package org.mallcrm.domain.channel;

/** A bad value in an imported row: the column, the value as read, and why it is refused. */
public record FieldError(String column, String value, String reason) {
}
