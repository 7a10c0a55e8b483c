package org.mallcrm.domain.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One mall's figures for the group report (集团报表, domain-rules.md §8): occupancy and arrears on the as-of day; rent
 * collection, channel heads and commission, buyers and coupon cost over the period {@code from}..{@code asOf}.
 *
 * @param mall the mall's code; {@code null} for the group's totals
 */
public record MallFigures(String mall, String name, LocalDate from, LocalDate asOf, Occupancy occupancy,
        RentCollection collection, ArrearsByAge arrears, ChannelFigures channels, BuyerFigures buyers) {

    public MallFigures {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + asOf + ") before it starts (" + from + ")");
        }
        Objects.requireNonNull(occupancy, "occupancy");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(arrears, "arrears");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(buyers, "buyers");
    }

    /** The malls side by side, summed: the group's totals (shares recomputed from the sums). */
    public static MallFigures total(String name, LocalDate from, LocalDate asOf, Iterable<MallFigures> malls) {
        Occupancy o = Occupancy.NONE;
        RentCollection c = RentCollection.NONE;
        ArrearsByAge a = ArrearsByAge.NONE;
        ChannelFigures ch = ChannelFigures.NONE;
        BuyerFigures b = BuyerFigures.NONE;
        for (MallFigures m : malls) {
            o = o.plus(m.occupancy);
            c = c.plus(m.collection);
            a = a.plus(m.arrears);
            ch = ch.plus(m.channels);
            b = b.plus(m.buyers);
        }
        return new MallFigures(null, name, from, asOf, o, c, a, ch, b);
    }
}
