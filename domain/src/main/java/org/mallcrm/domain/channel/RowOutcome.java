package org.mallcrm.domain.channel;

import java.util.List;

/** The outcome of reading one import row: the value, or every bad field of the row. */
public sealed interface RowOutcome<T> permits RowOutcome.Valid, RowOutcome.Invalid {

    record Valid<T>(T value) implements RowOutcome<T> {
    }

    record Invalid<T>(List<FieldError> errors) implements RowOutcome<T> {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
