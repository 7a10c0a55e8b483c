package org.mallcrm.domain.buyer;

import java.util.Locale;

/**
 * What buyers are broken down by in their statistics: main category, province (full name), transport mode (its
 * code), or first channel (the channel operator's code of the trip of the buyer's earliest valid head).
 */
public enum BuyerAttribute {
    CATEGORY,
    PROVINCE,
    TRANSPORT_MODE,
    CHANNEL;

    /** {@code category}, {@code province}, {@code transport_mode} or {@code channel}, in any case. */
    public static BuyerAttribute parse(String text) {
        if (text != null) {
            String s = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (BuyerAttribute a : values()) {
                if (a.name().equals(s)) {
                    return a;
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of category, province, transport_mode, channel");
    }

    /** The key of a buyer's profile under this attribute ({@link Shares#NONE} when not given); not for CHANNEL. */
    public String keyOf(BuyerProfile p) {
        return switch (this) {
            case CATEGORY -> p.mainCategory().map(c -> c.name()).orElse(Shares.NONE);
            case PROVINCE -> p.province().map(Province::fullName).orElse(Shares.NONE);
            case TRANSPORT_MODE -> p.transportMode().map(TransportMode::name).orElse(Shares.NONE);
            case CHANNEL -> throw new IllegalArgumentException("a buyer's first channel is not in its profile");
        };
    }
}
