package org.mallcrm.domain.lease;

/** The result of amending a lease: the new version with a report, or a refusal with its reason. */
public sealed interface AmendOutcome permits AmendOutcome.Amended, AmendOutcome.Refused {

    record Amended(Lease lease, AmendmentReport report) implements AmendOutcome {
    }

    record Refused(String reason) implements AmendOutcome {
    }
}
