package org.mallcrm.application.report.port.in;

import java.time.LocalDate;
import java.util.List;
import org.mallcrm.domain.report.MallFigures;

/** The malls of the group side by side (集团报表, domain-rules.md §8), each as its own report gives it, and totals. */
public interface GroupReportUseCase {

    record GroupReport(LocalDate from, LocalDate asOf, List<MallFigures> malls, MallFigures totals) {
        public GroupReport {
            malls = List.copyOf(malls);
        }
    }

    /** As {@link MallReportUseCase#figures}, for every mall of the database, by mall code. */
    GroupReport report(LocalDate from, LocalDate asOf);
}
