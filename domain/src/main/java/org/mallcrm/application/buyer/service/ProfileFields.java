package org.mallcrm.application.buyer.service;

import java.util.Set;
import java.util.stream.Collectors;
import org.mallcrm.domain.buyer.BuyerProfile;
import org.mallcrm.domain.buyer.Phone;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.TransportMode;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.stall.BusinessType;

/** Reads the fields of a buyer's profile from text, each failing with a reason fit for the field's error. */
final class ProfileFields {

    private static final int LISTED = 12;

    private ProfileFields() {
    }

    static String name(String raw) {
        return Texts.require(raw, "buyer name", BuyerProfile.MAX_NAME);
    }

    static Phone phone(String raw) {
        return Phone.parse(raw);
    }

    static Province province(String raw) {
        return Province.parse(raw);
    }

    static TransportMode transportMode(String raw) {
        return TransportMode.parse(raw);
    }

    /** One of the mall's business types (a main category is what the buyer buys, in the mall's own words). */
    static BusinessType category(String raw, Set<BusinessType> mallTypes) {
        BusinessType t = new BusinessType(raw);
        if (!mallTypes.contains(t)) {
            if (mallTypes.isEmpty()) {
                throw new IllegalArgumentException("main category '" + t.name()
                        + "' is not one of the mall's business types (the mall has no stalls with a business type yet)");
            }
            String listed = mallTypes.stream().limit(LISTED).map(BusinessType::name)
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("main category '" + t.name() + "' is not one of the mall's business types ("
                    + listed + (mallTypes.size() > LISTED ? ", …" : "") + ")");
        }
        return t;
    }
}
