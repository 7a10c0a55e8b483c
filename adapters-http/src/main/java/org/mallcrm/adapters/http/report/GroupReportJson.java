package org.mallcrm.adapters.http.report;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.application.report.port.in.GroupReportUseCase.GroupReport;
import org.mallcrm.domain.report.MallFigures;

/**
 * The group report (集团报表): {@code from, as_of, malls: [one mall's figures …], totals} — each mall's figures are
 * exactly what its own {@code reports mall} gives.
 */
public record GroupReportJson(LocalDate from, LocalDate asOf, List<MallFiguresJson> malls, MallFiguresJson totals) {

    public static GroupReportJson of(GroupReport r) {
        return new GroupReportJson(r.from(), r.asOf(), r.malls().stream().map(MallFiguresJson::of).toList(),
                MallFiguresJson.of(r.totals()));
    }

    /** One line per mall (and the totals) for tables and CSV. */
    public record Row(String mall, String name, String occupancyPct, String leasedAreaM2, String leasableAreaM2,
            String billed, String collected, String collectionPct,
            @com.fasterxml.jackson.annotation.JsonProperty("arrears_0_30") String arrears0To30,
            @com.fasterxml.jackson.annotation.JsonProperty("arrears_31_60") String arrears31To60,
            @com.fasterxml.jackson.annotation.JsonProperty("arrears_61_90") String arrears61To90,
            @com.fasterxml.jackson.annotation.JsonProperty("arrears_over_90") String arrearsOver90, String lateFees, int trips, long validHeads, long paidHeads,
            String commission, long buyers, long visitingBuyers, long couponsRedeemed, String couponCost) {

        public static Row of(MallFigures f) {
            MallFiguresJson j = MallFiguresJson.of(f);
            return new Row(f.mall() == null ? "合计" : f.mall(), f.name(), j.occupancy().occupancyPct(),
                    j.occupancy().leasedAreaM2(), j.occupancy().leasableAreaM2(), j.rentCollection().billed(),
                    j.rentCollection().collected(), j.rentCollection().collectionPct(), j.arrears().days0To30(),
                    j.arrears().days31To60(), j.arrears().days61To90(), j.arrears().over90Days(),
                    j.arrears().lateFees(), j.channels().trips(), j.channels().validHeads(),
                    j.channels().paidHeads(), j.channels().commission(), j.buyers().registered(),
                    j.buyers().visiting(), j.buyers().couponsRedeemed(), j.buyers().couponCost());
        }
    }
}
