package org.mallcrm.domain.lease;

/**
 * Lease terms that cannot make a lease: bad input, named by its JSON field ({@code end}, {@code ratios} …) so an
 * adapter can report {@code {field, reason}}.
 */
public class InvalidLeaseTermsException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidLeaseTermsException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
