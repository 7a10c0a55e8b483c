package org.mallcrm.application.buyer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mallcrm.application.buyer.port.in.RegisterBuyerUseCase;
import org.mallcrm.application.buyer.port.out.Buyers;
import org.mallcrm.application.buyer.port.out.MallBusinessTypes;
import org.mallcrm.application.buyer.port.out.PhoneTakenException;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.BuyerProfile;
import org.mallcrm.domain.buyer.Phone;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.TransportMode;
import org.mallcrm.domain.stall.BusinessType;

/** Registers a buyer, or updates its own profile, in one unit of work. */
public final class RegisterBuyerService implements RegisterBuyerUseCase {

    private final Buyers buyers;
    private final MallBusinessTypes businessTypes;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RegisterBuyerService(Buyers buyers, MallBusinessTypes businessTypes, UnitOfWork unitOfWork, Clock clock) {
        this.buyers = buyers;
        this.businessTypes = businessTypes;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<Registration> register(RegisterBuyerCommand c) {
        // a phone the store finds taken after all is refused, and what was written rolled back
        return unitOfWork.inTransaction(() -> registerInTransaction(c), o -> !o.isDone());
    }

    private Outcome<Registration> registerInTransaction(RegisterBuyerCommand c) {
        Optional<Buyer> existing = buyers.find(c.buyer());
        List<RowError> errors = new ArrayList<>();
        Set<BusinessType> types = c.mainCategory().filter(s -> !s.isBlank()).isPresent() ? businessTypes.all() : Set.of();
        String name = field(c.name(), "name", errors, ProfileFields::name, existing.isEmpty());
        Phone phone = field(c.phone(), "phone", errors, ProfileFields::phone, existing.isEmpty());
        BusinessType category = field(c.mainCategory(), "main_category", errors,
                v -> ProfileFields.category(v, types), false);
        Province province = field(c.province(), "province", errors, ProfileFields::province, false);
        TransportMode mode = field(c.transportMode(), "transport_mode", errors, ProfileFields::transportMode, false);
        if (!errors.isEmpty()) {
            return new Outcome.Invalid<>(errors);
        }
        BuyerProfile profile;
        if (existing.isEmpty()) {
            profile = new BuyerProfile(name, phone, Optional.ofNullable(category), Optional.ofNullable(province),
                    Optional.ofNullable(mode));
        } else {
            BuyerProfile p = existing.get().profile();
            profile = new BuyerProfile(name != null ? name : p.name(), phone != null ? phone : p.phone(),
                    c.mainCategory().isPresent() ? Optional.ofNullable(category) : p.mainCategory(),
                    c.province().isPresent() ? Optional.ofNullable(province) : p.province(),
                    c.transportMode().isPresent() ? Optional.ofNullable(mode) : p.transportMode());
        }
        Map<Phone, BuyerId> holder = buyers.holdersOf(List.of(profile.phone()));
        BuyerId other = holder.get(profile.phone());
        if (other != null && !other.equals(c.buyer())) {
            return Outcome.refused("phone " + profile.phone() + " is already used by buyer " + other);
        }
        try {
            if (existing.isEmpty()) {
                Buyer b = Buyer.register(c.buyer(), profile, clock.now());
                buyers.insert(List.of(b));
                return Outcome.done(new Registration(b, true));
            }
            Buyer b = existing.get().withProfile(profile);
            if (!profile.equals(existing.get().profile())) {
                buyers.update(List.of(b));
            }
            return Outcome.done(new Registration(b, false));
        } catch (PhoneTakenException e) {
            return Outcome.refused(e.getMessage());
        }
    }

    private interface Parser<T> {
        T parse(String value);
    }

    /** Null when not sent or sent blank; a required field must be sent non-blank. */
    private static <T> T field(Optional<String> sent, String column, List<RowError> errors, Parser<T> parser,
            boolean required) {
        String raw = sent.map(String::strip).orElse("");
        if (raw.isEmpty()) {
            if (required || (sent.isPresent() && (column.equals("name") || column.equals("phone")))) {
                errors.add(new RowError(0, column, "", "required value is missing"));
            }
            return null;
        }
        try {
            return parser.parse(raw);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(0, column, raw, e.getMessage()));
            return null;
        }
    }
}
