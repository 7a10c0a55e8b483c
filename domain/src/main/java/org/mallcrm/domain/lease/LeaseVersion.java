package org.mallcrm.domain.lease;

import java.util.Objects;

/** One version of a lease's terms; version 1 is the signed lease, later ones come from amendments. */
public record LeaseVersion(int version, LeaseTerms terms, LeaseAmendment amendment) {

    public LeaseVersion {
        Objects.requireNonNull(terms, "terms");
        if (version < 1 || (version == 1) != (amendment == null)) {
            throw new IllegalArgumentException("version 1 is the signed lease; later versions come from amendments");
        }
    }
}
