package org.mallcrm.application.campaign.service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.mallcrm.application.campaign.port.in.CampaignSpec;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.campaign.Audience;
import org.mallcrm.domain.campaign.Campaign;
import org.mallcrm.domain.campaign.CampaignKind;
import org.mallcrm.domain.campaign.CampaignNo;
import org.mallcrm.domain.campaign.CampaignOffer;
import org.mallcrm.domain.campaign.CampaignWindow;
import org.mallcrm.domain.campaign.CouponBatch;
import org.mallcrm.domain.campaign.CouponFace;
import org.mallcrm.domain.campaign.EventOffer;
import org.mallcrm.domain.campaign.Participation;
import org.mallcrm.domain.campaign.ValidityRule;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.Percent;
import org.mallcrm.domain.common.Limits;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.BusinessType;

/**
 * Reads a campaign spec into a draft campaign, collecting every bad field (by its JSON path) instead of stopping at
 * the first. What it cannot check alone (known business types, channels and merchants) it hands back for the
 * service to look up.
 */
final class CampaignSpecs {

    /** A campaign read from a spec, or the errors. */
    record Read(Campaign campaign, List<RowError> errors) {
    }

    private final List<RowError> errors = new ArrayList<>();

    private CampaignSpecs() {
    }

    static Read read(CampaignSpec spec) {
        return new CampaignSpecs().readSpec(spec);
    }

    private Read readSpec(CampaignSpec s) {
        CampaignNo no = required("campaign_no", s.campaignNo(), CampaignNo::of);
        String name = required("name", s.name(), v -> Texts.require(v, "campaign name", Campaign.MAX_NAME));
        CampaignKind kind = required("kind", s.kind(), CampaignKind::parse);
        Instant starts = required("starts_at", s.startsAt(), CampaignSpecs::instant);
        Instant ends = required("ends_at", s.endsAt(), CampaignSpecs::instant);
        CampaignWindow window = null;
        if (starts != null && ends != null) {
            if (ends.isBefore(starts)) {
                error("ends_at", s.endsAt(), "the window ends (" + s.endsAt().strip() + ") before it starts ("
                        + s.startsAt().strip() + ")");
            } else {
                window = new CampaignWindow(starts, ends);
            }
        }
        CampaignSpec.AudienceSpec a = s.audience() == null ? CampaignSpec.AudienceSpec.EVERYONE : s.audience();
        Set<Province> provinces = each("audience.provinces", a.provinces(), Province::parse);
        Set<BusinessType> categories = each("audience.categories", a.categories(), BusinessType::new);
        Set<RfmSegment> segments = each("audience.segments", a.segments(), RfmSegment::parse);
        Set<ChannelCode> channels = each("audience.channels", a.channels(), ChannelCode::of);
        CampaignOffer offer = null;
        if (kind == CampaignKind.EVENT) {
            if (s.coupon() != null) {
                error("coupon", "", "an EVENT campaign has no coupon batch");
            }
            if (s.capacity() != null && s.capacity() < 1) {
                error("capacity", String.valueOf(s.capacity()), "an event's capacity is at least 1 (null: no limit)");
            } else {
                offer = new EventOffer(s.capacity() == null ? OptionalInt.empty() : OptionalInt.of(s.capacity()));
            }
        } else if (kind == CampaignKind.COUPON) {
            if (s.capacity() != null) {
                error("capacity", String.valueOf(s.capacity()), "only an EVENT campaign has a capacity");
            }
            if (s.coupon() == null) {
                error("coupon", "", "a COUPON campaign needs its coupon batch");
            } else {
                offer = batch(s.coupon());
            }
        }
        Campaign campaign = null;
        if (errors.isEmpty()) {
            campaign = Campaign.draft(no, name, window, Audience.of(provinces, categories, segments, channels), offer);
        }
        return new Read(campaign, errors);
    }

    private CouponBatch batch(CampaignSpec.CouponSpec c) {
        int before = errors.size();
        String face = c.face() == null ? "" : c.face().strip().toUpperCase(Locale.ROOT);
        CouponFace couponFace = null;
        switch (face) {
            case "AMOUNT_OFF" -> {
                if (present(c.percentOff())) {
                    error("coupon.percent_off", c.percentOff(), "an AMOUNT_OFF coupon has an amount, not a percent");
                }
                if (present(c.cap())) {
                    error("coupon.cap", c.cap(), "only a PERCENT_OFF coupon has a cap");
                }
                Money amount = required("coupon.amount", c.amount(), v -> positive(v, "the amount off"));
                if (amount != null) {
                    couponFace = new CouponFace.AmountOff(amount);
                }
            }
            case "PERCENT_OFF" -> {
                if (present(c.amount())) {
                    error("coupon.amount", c.amount(), "a PERCENT_OFF coupon has a percent, not an amount");
                }
                Percent percent = required("coupon.percent_off", c.percentOff(), v -> {
                    Percent p = Percent.parse(v);
                    if (p.basisPoints() <= 0 || p.basisPoints() > 10_000) {
                        throw new IllegalArgumentException("percent off is more than 0 and at most 100");
                    }
                    return p;
                });
                Money cap = present(c.cap()) ? field("coupon.cap", c.cap(), v -> positive(v, "the cap")) : null;
                if (percent != null && (cap != null || !present(c.cap()))) {
                    couponFace = new CouponFace.PercentOff(percent, Optional.ofNullable(cap));
                }
            }
            case "" -> error("coupon.face", "", "required value is missing (AMOUNT_OFF or PERCENT_OFF)");
            default -> error("coupon.face", c.face(), "the face is AMOUNT_OFF or PERCENT_OFF");
        }
        Money threshold = present(c.threshold()) ? field("coupon.threshold", c.threshold(), v -> {
            Money m = Money.parse(v);
            if (m.isNegative()) {
                throw new IllegalArgumentException("the threshold cannot be negative");
            }
            return Limits.amount(m, "the threshold");
        }) : Money.ZERO;
        if (c.stock() == null) {
            error("coupon.stock", "", "required value is missing");
        } else if (c.stock() < 1) {
            error("coupon.stock", String.valueOf(c.stock()), "the stock is at least 1");
        }
        int perBuyer = c.perBuyer() == null ? CouponBatch.DEFAULT_PER_BUYER : c.perBuyer();
        if (perBuyer < 1) {
            error("coupon.per_buyer", String.valueOf(c.perBuyer()), "the per-buyer limit is at least 1");
        }
        ValidityRule validity = c.validDays() == null ? new ValidityRule.WholeWindow()
                : field("coupon.valid_days", String.valueOf(c.validDays()),
                        v -> new ValidityRule.DaysAfterClaim(c.validDays()));
        Participation participation = new Participation.AllOperating();
        if (c.merchants() != null && c.businessTypes() != null) {
            error("coupon.business_types", String.join(",", c.businessTypes()),
                    "name participating merchants or business types, not both");
        } else if (c.merchants() != null) {
            Set<MerchantNo> listed = each("coupon.merchants", c.merchants(), MerchantNo::of);
            if (listed.isEmpty()) {
                error("coupon.merchants", "", "a list of merchants names at least one (null: every operating merchant)");
            } else {
                participation = Participation.Listed.of(listed);
            }
        } else if (c.businessTypes() != null) {
            Set<BusinessType> listed = each("coupon.business_types", c.businessTypes(), BusinessType::new);
            if (listed.isEmpty()) {
                error("coupon.business_types", "",
                        "a list of business types names at least one (null: every operating merchant)");
            } else {
                participation = Participation.OfBusinessTypes.of(listed);
            }
        }
        Percent mallShare = required("coupon.mall_share_pct", c.mallSharePct(), v -> {
            Percent p = Percent.parse(v);
            if (p.basisPoints() > 10_000) {
                throw new IllegalArgumentException("the mall's share is 0 to 100 percent");
            }
            return p;
        });
        if (errors.size() > before || couponFace == null || validity == null || threshold == null) {
            return null;
        }
        return new CouponBatch(couponFace, threshold, c.stock(), perBuyer, validity, participation, mallShare);
    }

    /** An amount more than 0 and at most {@link Limits#MAX_AMOUNT}. */
    private static Money positive(String text, String what) {
        Money m = Money.parse(text);
        if (!m.isPositive()) {
            throw new IllegalArgumentException(what + " must be more than 0");
        }
        return Limits.amount(m, what);
    }

    /**
     * An ISO-8601 instant with its offset ({@code 2026-10-01T00:00:00+08:00} or {@code …Z}) whose day there is one
     * the mall keeps ({@link Limits#date}).
     */
    static Instant instant(String text) {
        try {
            OffsetDateTime at = OffsetDateTime.parse(text.strip());
            Limits.date(at.toLocalDate(), "the instant's day");
            return at.toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip()
                    + "' is not an ISO-8601 instant with an offset, e.g. 2026-10-01T00:00:00+08:00", e);
        }
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank();
    }

    private void error(String field, String value, String reason) {
        errors.add(new RowError(0, field, value == null ? "" : value, reason));
    }

    private <T> T required(String field, String value, Function<String, T> parser) {
        if (!present(value)) {
            error(field, "", "required value is missing");
            return null;
        }
        return field(field, value, parser);
    }

    private <T> T field(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            error(field, value, e.getMessage());
            return null;
        }
    }

    private <T> Set<T> each(String field, List<String> values, Function<String, T> parser) {
        Set<T> set = new LinkedHashSet<>();
        if (values == null) {
            return set;
        }
        for (String v : values) {
            if (!present(v)) {
                error(field, "", "an empty value in the list");
                continue;
            }
            T t = field(field, v, parser);
            if (t != null) {
                set.add(t);
            }
        }
        return set;
    }
}
