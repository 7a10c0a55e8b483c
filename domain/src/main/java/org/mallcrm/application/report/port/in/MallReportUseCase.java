package org.mallcrm.application.report.port.in;

import java.time.LocalDate;
import org.mallcrm.domain.report.MallFigures;

/** One mall's figures for the group report (domain-rules.md §8), as {@code reports mall} prints them. */
public interface MallReportUseCase {

    /**
     * Occupancy and arrears on {@code asOf}; rent collection, channel heads and commission, buyers and coupon cost over
     * {@code from}..{@code asOf}. A null {@code asOf} is today; a null {@code from} the first day of its month.
     */
    MallFigures figures(LocalDate from, LocalDate asOf);
}
