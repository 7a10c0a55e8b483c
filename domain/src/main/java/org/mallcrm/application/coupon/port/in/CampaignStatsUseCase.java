package org.mallcrm.application.coupon.port.in;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.coupon.CampaignMetrics;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * A campaign's figures (domain-rules.md §7): for the whole campaign, per merchant (its redemptions), and per local
 * day (claims by the day claimed, redemptions by the day redeemed, sign-ups by the day signed up).
 */
public interface CampaignStatsUseCase {

    /** Empty when there is no such campaign. */
    Optional<CampaignStats> stats(CampaignNo campaign);

    record CampaignStats(CampaignNo campaign, CampaignMetrics overall, SortedMap<MerchantNo, CampaignMetrics> byMerchant,
            SortedMap<LocalDate, CampaignMetrics> byDay) {

        public CampaignStats {
            Objects.requireNonNull(campaign, "campaign");
            Objects.requireNonNull(overall, "overall");
            byMerchant = Collections.unmodifiableSortedMap(new TreeMap<>(byMerchant));
            byDay = Collections.unmodifiableSortedMap(new TreeMap<>(byDay));
        }
    }
}
