package org.mallcrm.cli.lease;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.lease.ReminderJson;
import org.mallcrm.cli.CommandSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mallcrm reminders}: installments due soon and overdue (催缴). */
@Command(name = "reminders",
        mixinStandardHelpOptions = true,
        description = {"List installments due soon and overdue, with late fees.",
            "",
            "JSON: [{lease_no, merchant_no, seq, due_on, outstanding, days_overdue, late_fee, status}] where "
                + "outstanding is unpaid principal and late_fee the unpaid fee accrued up to the as-of day."})
public final class RemindersSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day (default: today).")
    LocalDate asOf;

    @Option(names = "--within", paramLabel = "DAYS",
            description = "Installments due within this many days (default: the mall's reminder days, 7).")
    Integer within;

    @Override
    public Integer call() {
        List<ReminderJson> rows = CommandSupport.context(spec).leaseQueries().reminders(asOf, within).stream()
                .map(ReminderJson::of).toList();
        CommandSupport.output(spec).list(rows, List.of("lease_no", "merchant_no", "seq", "due_on", "outstanding",
                "days_overdue", "late_fee", "status"));
        return 0;
    }
}
