package org.mallcrm.domain.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.common.Texts;

/**
 * A campaign (活动): its number, name, window, audience, what it offers (event places or a coupon batch) and its
 * status. The status moves {@code DRAFT} → {@code RUNNING} ⇄ {@code PAUSED} → {@code ENDED}; {@code ENDED} is
 * terminal and reached by itself once the window is over: {@link #statusAt} derives it from the clock, so no
 * scheduler is needed. A campaign may be started before its window opens (buyers may then claim coupons valid
 * from the start, or sign up for the event ahead of it).
 *
 * @param status the status as last set by staff; the status at an instant is {@link #statusAt}
 */
public record Campaign(CampaignNo no, String name, CampaignWindow window, Audience audience, CampaignOffer offer,
        CampaignStatus status) {

    public static final int MAX_NAME = 60;

    public Campaign {
        Objects.requireNonNull(no, "campaign number");
        name = Texts.require(name, "campaign name", MAX_NAME);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(status, "status");
    }

    /** A new campaign, in {@code DRAFT}. */
    public static Campaign draft(CampaignNo no, String name, CampaignWindow window, Audience audience,
            CampaignOffer offer) {
        return new Campaign(no, name, window, audience, offer, CampaignStatus.DRAFT);
    }

    public CampaignKind kind() {
        return offer.kind();
    }

    public Optional<CouponBatch> couponBatch() {
        return offer instanceof CouponBatch b ? Optional.of(b) : Optional.empty();
    }

    public Optional<EventOffer> event() {
        return offer instanceof EventOffer e ? Optional.of(e) : Optional.empty();
    }

    /** The status at an instant: {@code ENDED} once the window is over, whatever was set. */
    public CampaignStatus statusAt(Instant t) {
        return window.isOverAt(t) ? CampaignStatus.ENDED : status;
    }

    /** This campaign with its status as at an instant (what a reader is shown). */
    public Campaign asOf(Instant t) {
        CampaignStatus s = statusAt(t);
        return s == status ? this : new Campaign(no, name, window, audience, offer, s);
    }

    public boolean isRunningAt(Instant t) {
        return statusAt(t) == CampaignStatus.RUNNING;
    }

    private Campaign with(CampaignStatus s) {
        return new Campaign(no, name, window, audience, offer, s);
    }

    /** Starts a draft, or resumes a paused campaign. */
    public CampaignChange start(Instant at) {
        CampaignStatus now = statusAt(at);
        if (now.steps().contains(CampaignStatus.Step.START)) {
            return new CampaignChange.Changed(with(CampaignStatus.RUNNING), now);
        }
        return new CampaignChange.Refused(now == CampaignStatus.ENDED ? endedReason(at)
                : "campaign " + no + " is running already");
    }

    /** Pauses a running campaign: no claims or sign-ups until it is started again. */
    public CampaignChange pause(Instant at) {
        CampaignStatus now = statusAt(at);
        if (now.steps().contains(CampaignStatus.Step.PAUSE)) {
            return new CampaignChange.Changed(with(CampaignStatus.PAUSED), now);
        }
        return new CampaignChange.Refused(switch (now) {
            case DRAFT -> "campaign " + no + " has not started; only a running campaign can be paused";
            case PAUSED -> "campaign " + no + " is paused already";
            default -> endedReason(at);
        });
    }

    /** Ends a running or paused campaign before its window is over. */
    public CampaignChange end(Instant at) {
        CampaignStatus now = statusAt(at);
        if (now.steps().contains(CampaignStatus.Step.END)) {
            return new CampaignChange.Changed(with(CampaignStatus.ENDED), now);
        }
        return new CampaignChange.Refused(now == CampaignStatus.DRAFT
                ? "campaign " + no + " has not started; a draft is not ended" : endedReason(at));
    }

    private String endedReason(Instant at) {
        return status == CampaignStatus.ENDED ? "campaign " + no + " has ended"
                : "campaign " + no + " ended with its window at " + window.endsAt();
    }

    /** Empty when a registered buyer with these traits may claim a coupon at {@code at}; stock and limits aside. */
    public Optional<Refusal<ClaimRefusal>> refuseClaim(Instant at, BuyerTraits buyer) {
        return refuseClaimAt(at).or(() -> audience.excludes(buyer).map(d -> Refusal.of(ClaimRefusal.NOT_IN_AUDIENCE, d)));
    }

    /** Empty when anyone may claim at {@code at}: a coupon campaign, running. */
    public Optional<Refusal<ClaimRefusal>> refuseClaimAt(Instant at) {
        if (!(offer instanceof CouponBatch)) {
            return Optional.of(Refusal.of(ClaimRefusal.NOT_A_COUPON_CAMPAIGN,
                    "campaign " + no + " is an event: buyers sign up, there are no coupons to claim"));
        }
        if (!isRunningAt(at)) {
            return Optional.of(Refusal.of(ClaimRefusal.NOT_RUNNING, notRunning(at)));
        }
        return Optional.empty();
    }

    /** Empty when a registered buyer with these traits may sign up at {@code at}; capacity aside. */
    public Optional<Refusal<SignupRefusal>> refuseSignup(Instant at, BuyerTraits buyer) {
        if (!(offer instanceof EventOffer)) {
            return Optional.of(Refusal.of(SignupRefusal.NOT_AN_EVENT,
                    "campaign " + no + " is a coupon campaign: buyers claim coupons, there is nothing to sign up for"));
        }
        if (!isRunningAt(at)) {
            return Optional.of(Refusal.of(SignupRefusal.NOT_RUNNING, notRunning(at)));
        }
        return audience.excludes(buyer).map(d -> Refusal.of(SignupRefusal.NOT_IN_AUDIENCE, d));
    }

    /** Empty when a sign-up may still be cancelled at {@code at}: until the event starts. */
    public Optional<Refusal<SignupRefusal>> refuseCancellation(Instant at) {
        if (!(offer instanceof EventOffer)) {
            return Optional.of(Refusal.of(SignupRefusal.NOT_AN_EVENT, "campaign " + no + " is not an event"));
        }
        return window.hasStartedAt(at)
                ? Optional.of(Refusal.of(SignupRefusal.ALREADY_STARTED,
                        "campaign " + no + " started at " + window.startsAt() + "; a sign-up is cancellable until then"))
                : Optional.empty();
    }

    /** Empty when attendance may be recorded at {@code at}: from the start of the event. */
    public Optional<Refusal<SignupRefusal>> refuseAttendance(Instant at) {
        if (!(offer instanceof EventOffer)) {
            return Optional.of(Refusal.of(SignupRefusal.NOT_AN_EVENT, "campaign " + no + " is not an event"));
        }
        return window.hasStartedAt(at) ? Optional.empty()
                : Optional.of(Refusal.of(SignupRefusal.NOT_STARTED,
                        "campaign " + no + " starts at " + window.startsAt() + "; attendance is recorded from then"));
    }

    private String notRunning(Instant at) {
        CampaignStatus s = statusAt(at);
        return "campaign " + no + " is " + s + (s == CampaignStatus.ENDED ? "" : ", not RUNNING");
    }
}
