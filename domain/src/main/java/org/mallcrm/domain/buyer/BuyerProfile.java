package org.mallcrm.domain.buyer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mallcrm.domain.common.Texts;
import org.mallcrm.domain.stall.BusinessType;

/**
 * What a buyer tells about itself: a name, a mobile phone, and optionally its main category (主营品类, one of the
 * mall's business types), its province and how it travels.
 */
public record BuyerProfile(String name, Phone phone, Optional<BusinessType> mainCategory, Optional<Province> province,
        Optional<TransportMode> transportMode) {

    public static final int MAX_NAME = 40;

    public BuyerProfile {
        name = Texts.require(name, "buyer name", MAX_NAME);
        Objects.requireNonNull(phone, "phone");
        mainCategory = mainCategory == null ? Optional.empty() : mainCategory;
        province = province == null ? Optional.empty() : province;
        transportMode = transportMode == null ? Optional.empty() : transportMode;
    }

    public static BuyerProfile of(String name, Phone phone) {
        return new BuyerProfile(name, phone, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public BuyerProfile withName(String n) {
        return new BuyerProfile(n, phone, mainCategory, province, transportMode);
    }

    public BuyerProfile withPhone(Phone p) {
        return new BuyerProfile(name, p, mainCategory, province, transportMode);
    }

    public BuyerProfile withMainCategory(BusinessType c) {
        return new BuyerProfile(name, phone, Optional.ofNullable(c), province, transportMode);
    }

    public BuyerProfile withProvince(Province p) {
        return new BuyerProfile(name, phone, mainCategory, Optional.ofNullable(p), transportMode);
    }

    public BuyerProfile withTransportMode(TransportMode m) {
        return new BuyerProfile(name, phone, mainCategory, province, Optional.ofNullable(m));
    }

    /** The facts that differ from another profile, by column name ({@code phone, province}); empty when the same. */
    public List<String> differencesFrom(BuyerProfile other) {
        List<String> d = new ArrayList<>();
        if (!name.equals(other.name)) {
            d.add("name");
        }
        if (!phone.equals(other.phone)) {
            d.add("phone");
        }
        if (!mainCategory.equals(other.mainCategory)) {
            d.add("main_category");
        }
        if (!province.equals(other.province)) {
            d.add("province");
        }
        if (!transportMode.equals(other.transportMode)) {
            d.add("transport_mode");
        }
        return d;
    }
}
