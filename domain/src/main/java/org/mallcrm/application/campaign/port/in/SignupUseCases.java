package org.mallcrm.application.campaign.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.Refusal;
import org.mallcrm.domain.campaign.Signup;
import org.mallcrm.domain.campaign.SignupRefusal;

/**
 * Event sign-ups (活动报名): a registered buyer in the audience signs up while the event is running (published),
 * one place per buyer, within the capacity; it may cancel until the event starts; staff record attendance (签到)
 * from the start.
 */
public interface SignupUseCases {

    SignupOutcome signUp(SignupCommand command);

    SignupOutcome cancel(SignupCommand command);

    SignupOutcome attend(SignupCommand command);

    /** The event's sign-ups (cancelled too). */
    List<Signup> signups(CampaignNo campaign);

    /** The buyer's sign-ups (cancelled too). */
    List<Signup> signupsOf(BuyerId buyer);

    /** @param at when it happens (default: now), e.g. a paper record */
    record SignupCommand(CampaignNo campaign, BuyerId buyer, Optional<Instant> at) {

        public SignupCommand {
            at = at == null ? Optional.empty() : at;
        }
    }

    sealed interface SignupOutcome {

        /** The sign-up as it stands after the step. */
        record Done(Signup signup) implements SignupOutcome {
        }

        record Refused(Refusal<SignupRefusal> refusal) implements SignupOutcome {
        }

        /** No such campaign. */
        record NotFound(String what) implements SignupOutcome {
        }
    }
}
