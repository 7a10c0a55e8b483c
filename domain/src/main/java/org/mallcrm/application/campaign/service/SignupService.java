package org.mallcrm.application.campaign.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.campaign.port.in.AudienceQuery;
import org.mallcrm.application.campaign.port.in.SignupUseCases;
import org.mallcrm.application.campaign.port.out.Campaigns;
import org.mallcrm.application.campaign.port.out.Signups;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.BuyerTraits;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.campaign.Signup;
import org.mallcrm.domain.campaign.SignupRefusal;

/** Event sign-ups: the campaign decides who may, the store keeps the capacity and one place per buyer. */
public final class SignupService implements SignupUseCases {

    private final Campaigns campaigns;
    private final Signups signups;
    private final AudienceQuery audience;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SignupService(Campaigns campaigns, Signups signups, AudienceQuery audience, UnitOfWork unitOfWork,
            Clock clock) {
        this.campaigns = campaigns;
        this.signups = signups;
        this.audience = audience;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    private static SignupOutcome refused(SignupRefusal code, String detail) {
        return new SignupOutcome.Refused(Refusal.of(code, detail));
    }

    @Override
    public SignupOutcome signUp(SignupCommand c) {
        Instant at = c.at().orElseGet(clock::now);
        return unitOfWork.inTransaction(() -> {
            Optional<Campaign> found = campaigns.find(c.campaign());
            if (found.isEmpty()) {
                return new SignupOutcome.NotFound("campaign " + c.campaign());
            }
            Campaign campaign = found.get();
            Optional<BuyerTraits> traits = audience.traits(c.buyer(), campaign.audience());
            if (traits.isEmpty()) {
                return refused(SignupRefusal.UNKNOWN_BUYER, "buyer " + c.buyer() + " is not registered");
            }
            Optional<Refusal<SignupRefusal>> no = campaign.refuseSignup(at, traits.get());
            if (no.isPresent()) {
                return new SignupOutcome.Refused(no.get());
            }
            return switch (signups.signUp(Signup.of(c.campaign(), c.buyer(), at), campaign.event().orElseThrow()
                    .capacity())) {
                case SIGNED_UP -> new SignupOutcome.Done(signups.find(c.campaign(), c.buyer()).orElseThrow());
                case ALREADY_SIGNED_UP -> refused(SignupRefusal.ALREADY_SIGNED_UP,
                        "buyer " + c.buyer() + " has a place at " + c.campaign() + " already");
                case FULL -> refused(SignupRefusal.FULL, "every place at " + c.campaign() + " is taken ("
                        + campaign.event().orElseThrow().capacity().getAsInt() + ")");
            };
        });
    }

    @Override
    public SignupOutcome cancel(SignupCommand c) {
        Instant at = c.at().orElseGet(clock::now);
        return unitOfWork.inTransaction(() -> {
            Optional<Campaign> found = campaigns.find(c.campaign());
            if (found.isEmpty()) {
                return new SignupOutcome.NotFound("campaign " + c.campaign());
            }
            Optional<Refusal<SignupRefusal>> no = found.get().refuseCancellation(at);
            if (no.isPresent()) {
                return new SignupOutcome.Refused(no.get());
            }
            if (!signups.cancel(c.campaign(), c.buyer(), at)) {
                return notSignedUp(c.campaign(), c.buyer());
            }
            return new SignupOutcome.Done(signups.find(c.campaign(), c.buyer()).orElseThrow());
        });
    }

    @Override
    public SignupOutcome attend(SignupCommand c) {
        Instant at = c.at().orElseGet(clock::now);
        return unitOfWork.inTransaction(() -> {
            Optional<Campaign> found = campaigns.find(c.campaign());
            if (found.isEmpty()) {
                return new SignupOutcome.NotFound("campaign " + c.campaign());
            }
            Optional<Refusal<SignupRefusal>> no = found.get().refuseAttendance(at);
            if (no.isPresent()) {
                return new SignupOutcome.Refused(no.get());
            }
            if (!signups.attend(c.campaign(), c.buyer(), at)) {
                return notSignedUp(c.campaign(), c.buyer());
            }
            return new SignupOutcome.Done(signups.find(c.campaign(), c.buyer()).orElseThrow());
        });
    }

    private static SignupOutcome notSignedUp(CampaignNo campaign, BuyerId buyer) {
        return refused(SignupRefusal.NOT_SIGNED_UP, "buyer " + buyer + " holds no place at " + campaign);
    }

    @Override
    public List<Signup> signups(CampaignNo campaign) {
        return signups.ofCampaign(campaign);
    }

    @Override
    public List<Signup> signupsOf(BuyerId buyer) {
        return signups.ofBuyer(buyer);
    }
}
