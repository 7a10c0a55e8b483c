package org.mallcrm.domain.campaign;

/** The outcome of starting, pausing or ending a campaign: the campaign in its new status, or why not. */
public sealed interface CampaignChange permits CampaignChange.Changed, CampaignChange.Refused {

    record Changed(Campaign campaign, CampaignStatus from) implements CampaignChange {
    }

    record Refused(String reason) implements CampaignChange {
    }
}
