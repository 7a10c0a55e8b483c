package org.mallcrm.adapters.http.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.mallcrm.domain.report.ArrearsByAge;
import org.mallcrm.domain.report.BuyerFigures;
import org.mallcrm.domain.report.ChannelFigures;
import org.mallcrm.domain.report.MallFigures;
import org.mallcrm.domain.report.Occupancy;
import org.mallcrm.domain.report.RentCollection;

/**
 * One mall's figures as {@code reports mall} and the group report give them: {@code mall, name, from, as_of,
 * occupancy, rent_collection, arrears, channels, buyers} (money and areas as strings with two decimals, shares as
 * percent strings, null when there is nothing to divide by). {@code mall} is null on the group's totals.
 */
public record MallFiguresJson(String mall, String name, LocalDate from, LocalDate asOf, OccupancyJson occupancy,
        CollectionJson rentCollection, ArrearsJson arrears, ChannelsJson channels, BuyersJson buyers) {

    /** Occupancy by leasable area on the as-of day. */
    public record OccupancyJson(int stalls, int leasedStalls, String leasableAreaM2, String leasedAreaM2,
            String occupancyPct) {
        static OccupancyJson of(Occupancy o) {
            return new OccupancyJson(o.stalls(), o.leasedStalls(), o.leasableArea().toString(),
                    o.leasedArea().toString(), o.percent().orElse(null));
        }
    }

    /** The installments falling due in the period: billed (rent and management fee), collected by the as-of day. */
    public record CollectionJson(int installments, String billed, String collected, String collectionPct) {
        static CollectionJson of(RentCollection c) {
            return new CollectionJson(c.installments(), c.billed().toString(), c.collected().toString(),
                    c.percent().orElse(null));
        }
    }

    /** Unpaid principal on the as-of day by days past due, and the unpaid late fees. */
    public record ArrearsJson(@JsonProperty("days_0_30") String days0To30,
            @JsonProperty("days_31_60") String days31To60, @JsonProperty("days_61_90") String days61To90,
            @JsonProperty("days_over_90") String over90Days, String total, String lateFees) {
        static ArrearsJson of(ArrearsByAge a) {
            return new ArrearsJson(a.days0To30().toString(), a.days31To60().toString(), a.days61To90().toString(),
                    a.over90Days().toString(), a.total().toString(), a.lateFees().toString());
        }
    }

    /** The trips arriving in the period, reconciled. */
    public record ChannelsJson(int trips, long validHeads, long paidHeads, String commission) {
        static ChannelsJson of(ChannelFigures c) {
            return new ChannelsJson(c.trips(), c.validHeads(), c.paidHeads(), c.commission().toString());
        }
    }

    /** Buyers and coupon cost. */
    public record BuyersJson(long registered, long visiting, long couponsRedeemed, String couponCost) {
        static BuyersJson of(BuyerFigures b) {
            return new BuyersJson(b.registeredBuyers(), b.visitingBuyers(), b.couponsRedeemed(),
                    b.couponMallCost().toString());
        }
    }

    public static MallFiguresJson of(MallFigures f) {
        return new MallFiguresJson(f.mall(), f.name(), f.from(), f.asOf(), OccupancyJson.of(f.occupancy()),
                CollectionJson.of(f.collection()), ArrearsJson.of(f.arrears()), ChannelsJson.of(f.channels()),
                BuyersJson.of(f.buyers()));
    }
}
