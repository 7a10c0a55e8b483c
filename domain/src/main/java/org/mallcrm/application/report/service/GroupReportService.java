package org.mallcrm.application.report.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.mall.port.out.Malls;
import org.mallcrm.application.report.port.in.GroupReportUseCase;
import org.mallcrm.application.report.port.in.MallReportUseCase;
import org.mallcrm.domain.mall.Mall;
import org.mallcrm.domain.report.MallFigures;

/** Every mall's own report, side by side, and the group's totals. */
public final class GroupReportService implements GroupReportUseCase {

    private final Malls malls;
    private final Function<Mall, MallReportUseCase> reportOf;
    private final Clock clock;

    /** @param reportOf each mall's own report (the composition root builds it over that mall's stores) */
    public GroupReportService(Malls malls, Function<Mall, MallReportUseCase> reportOf, Clock clock) {
        this.malls = malls;
        this.reportOf = reportOf;
        this.clock = clock;
    }

    @Override
    public GroupReport report(LocalDate from, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        LocalDate start = from == null ? day.withDayOfMonth(1) : from;
        if (day.isBefore(start)) {
            throw new IllegalArgumentException("the period ends (" + day + ") before it starts (" + start + ")");
        }
        List<MallFigures> figures = new ArrayList<>();
        for (Mall m : malls.list()) {
            figures.add(reportOf.apply(m).figures(start, day));
        }
        return new GroupReport(start, day, figures, MallFigures.total("集团合计", start, day, figures));
    }
}
