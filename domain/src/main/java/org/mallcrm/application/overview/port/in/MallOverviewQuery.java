package org.mallcrm.application.overview.port.in;

import java.time.LocalDate;

/** The dashboard's figures. */
public interface MallOverviewQuery {

    /** The mall as of a day (null: today). */
    MallOverview overview(LocalDate asOf);
}
