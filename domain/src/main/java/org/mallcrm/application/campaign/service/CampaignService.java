package org.mallcrm.application.campaign.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.BiFunction;
import org.mallcrm.application.buyer.port.out.MallBusinessTypes;
import org.mallcrm.application.campaign.port.in.AudienceQuery;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.campaign.port.in.CampaignUseCases;
import org.mallcrm.application.campaign.port.out.Campaigns;
import org.mallcrm.application.channel.port.out.Trips;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.BuyerTraits;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignChange;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.Participation;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.stall.BusinessType;

/**
 * Campaigns: created from a spec (every field checked, names checked against the mall's business types, channels
 * and merchants), moved through their statuses by compare-and-set so that two staff acting at once cannot both
 * win, and listed with their status as at the time of asking.
 */
public final class CampaignService implements CampaignUseCases {

    private final Campaigns campaigns;
    private final MallBusinessTypes businessTypes;
    private final Trips trips;
    private final Merchants merchants;
    private final AudienceQuery audience;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public CampaignService(Campaigns campaigns, MallBusinessTypes businessTypes, Trips trips, Merchants merchants,
            AudienceQuery audience, UnitOfWork unitOfWork, Clock clock) {
        this.campaigns = campaigns;
        this.businessTypes = businessTypes;
        this.trips = trips;
        this.merchants = merchants;
        this.audience = audience;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<Campaign> create(CampaignSpec spec) {
        CampaignSpecs.Read read = CampaignSpecs.read(spec);
        if (!read.errors().isEmpty()) {
            return new Outcome.Invalid<>(read.errors());
        }
        Campaign campaign = read.campaign();
        return unitOfWork.inTransaction(() -> {
            List<RowError> unknown = unknownNames(campaign);
            if (!unknown.isEmpty()) {
                return new Outcome.Invalid<>(unknown);
            }
            Optional<Campaign> stored = campaigns.find(campaign.no());
            if (stored.isPresent()) {
                return sameTerms(stored.get(), campaign) ? Outcome.done(stored.get().asOf(clock.now()))
                        : Outcome.refused("campaign " + campaign.no() + " exists with other terms");
            }
            if (!campaigns.insert(campaign)) {
                return Outcome.refused("campaign " + campaign.no() + " exists already");
            }
            return Outcome.done(campaign.asOf(clock.now()));
        });
    }

    private static boolean sameTerms(Campaign a, Campaign b) {
        return a.name().equals(b.name()) && a.window().equals(b.window()) && a.audience().equals(b.audience())
                && a.offer().equals(b.offer());
    }

    /** Business types, channels and merchants the campaign names that the mall does not know. */
    private List<RowError> unknownNames(Campaign c) {
        List<RowError> errors = new ArrayList<>();
        SortedSet<BusinessType> types = null;
        if (!c.audience().categories().isEmpty()) {
            types = businessTypes.all();
            for (BusinessType t : c.audience().categories()) {
                if (!types.contains(t)) {
                    errors.add(new RowError(0, "audience.categories", t.name(), "not one of the mall's business types"));
                }
            }
        }
        if (!c.audience().channels().isEmpty()) {
            Map<ChannelCode, ?> known = trips.channels(c.audience().channels());
            for (ChannelCode ch : c.audience().channels()) {
                if (!known.containsKey(ch)) {
                    errors.add(new RowError(0, "audience.channels", ch.value(), "no such channel"));
                }
            }
        }
        Optional<Participation> p = c.couponBatch().map(b -> b.participation());
        if (p.isPresent() && p.get() instanceof Participation.OfBusinessTypes bt) {
            types = types == null ? businessTypes.all() : types;
            for (BusinessType t : bt.businessTypes()) {
                if (!types.contains(t)) {
                    errors.add(new RowError(0, "coupon.business_types", t.name(),
                            "not one of the mall's business types"));
                }
            }
        }
        if (p.isPresent() && p.get() instanceof Participation.Listed listed) {
            Set<MerchantNo> known = merchants.findAll(listed.merchants()).keySet();
            for (MerchantNo m : listed.merchants()) {
                if (!known.contains(m)) {
                    errors.add(new RowError(0, "coupon.merchants", m.value(), "no such merchant"));
                }
            }
        }
        return errors;
    }

    @Override
    public Outcome<Campaign> start(CampaignNo no) {
        return change(no, Campaign::start);
    }

    @Override
    public Outcome<Campaign> pause(CampaignNo no) {
        return change(no, Campaign::pause);
    }

    @Override
    public Outcome<Campaign> end(CampaignNo no) {
        return change(no, Campaign::end);
    }

    private Outcome<Campaign> change(CampaignNo no, BiFunction<Campaign, Instant, CampaignChange> step) {
        return unitOfWork.inTransaction(() -> {
            Optional<Campaign> found = campaigns.find(no);
            if (found.isEmpty()) {
                return Outcome.notFound("campaign " + no);
            }
            Instant now = clock.now();
            Campaign c = found.get();
            return switch (step.apply(c, now)) {
                case CampaignChange.Refused r -> Outcome.refused(r.reason());
                case CampaignChange.Changed ch -> campaigns.changeStatus(no, c.status(), ch.campaign().status())
                        ? Outcome.done(ch.campaign().asOf(now))
                        : Outcome.refused("campaign " + no + " was changed meanwhile; look again and retry");
            };
        });
    }

    @Override
    public Optional<Campaign> find(CampaignNo no) {
        Instant now = clock.now();
        return campaigns.find(no).map(c -> c.asOf(now));
    }

    @Override
    public Page<Campaign> list(String cursor, int limit) {
        int n = Math.max(1, Math.min(limit, MAX_PAGE));
        CampaignNo after = cursor == null || cursor.isBlank() ? null : CampaignNo.of(cursor);
        Instant now = clock.now();
        List<Campaign> found = campaigns.list(after, n + 1).stream().map(c -> c.asOf(now)).toList();
        if (found.size() > n) {
            return new Page<>(found.subList(0, n), found.get(n - 1).no().value());
        }
        return new Page<>(found, null);
    }

    @Override
    public List<Campaign> openTo(BuyerId buyer) {
        Instant now = clock.now();
        List<Campaign> open = new ArrayList<>();
        for (Campaign c : campaigns.running(now)) {
            if (!c.isRunningAt(now)) {
                continue;
            }
            if (c.audience().isEveryone()) {
                open.add(c);
                continue;
            }
            Optional<BuyerTraits> traits = audience.traits(buyer, c.audience());
            if (traits.isPresent() && c.audience().admits(traits.get())) {
                open.add(c);
            }
        }
        return open;
    }

}
