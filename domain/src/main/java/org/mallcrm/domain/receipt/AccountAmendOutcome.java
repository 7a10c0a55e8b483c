package org.mallcrm.domain.receipt;

import org.mallcrm.domain.lease.AmendmentReport;

/** The result of amending a lease through its account: the account on the new version and a report, or a refusal. */
public sealed interface AccountAmendOutcome permits AccountAmendOutcome.Amended, AccountAmendOutcome.Refused {

    record Amended(LeaseAccount account, AmendmentReport report) implements AccountAmendOutcome {
    }

    record Refused(String reason) implements AccountAmendOutcome {
    }
}
