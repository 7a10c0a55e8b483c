package org.mallcrm.cli.merchant;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.merchant.MerchantJson;
import org.mallcrm.adapters.http.merchant.PipelineJson;
import org.mallcrm.application.merchant.port.in.MerchantPipelineUseCases;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.OptionValues;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.domain.merchant.Contact;
import org.mallcrm.domain.merchant.MerchantNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The pipeline verbs of {@code mallcrm merchants}: advance, follow-up(s), contacts, log, report. */
final class PipelineCommands {

    private PipelineCommands() {
    }

    @Command(name = "advance", mixinStandardHelpOptions = true,
            description = {"Move a merchant to another stage (一键转变).",
                "",
                "PROSPECT → NEGOTIATING → QUALIFIED → PLACED → SIGNED → OPERATING → EXITING → EXITED. Before signing a "
                    + "merchant may skip ahead up to SIGNED or fall back; after signing it only goes on to OPERATING "
                    + "and EXITING (EXITING back to OPERATING calls an exit off); EXITED comes back only as a "
                    + "PROSPECT. A refused move exits 1 with the reason. Prints the merchant with its history."})
    static final class Advance implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MERCHANT_NO")
        String no;

        @Option(names = "--to", required = true, paramLabel = "STAGE", description = "The stage to move to.")
        String to;

        @Option(names = "--on", paramLabel = "DATE", description = "The day of the move (default: today).")
        LocalDate on;

        @Override
        public Integer call() {
            var ctx = CommandSupport.context(spec);
            var done = CliOutcomes.value(ctx.pipeline().advance(OptionValues.id(no, MerchantNo::of), to, on));
            CommandSupport.output(spec).one(MerchantJson.of(done.merchant(), ctx.pipeline().today()));
            return 0;
        }
    }

    @Command(name = "follow-up", mixinStandardHelpOptions = true,
            description = {"Write a follow-up note (跟进记录, 备忘录) with the next visit.",
                "", "The agent's latest note per merchant sets the visit that 'merchants follow-ups --due' lists."})
    static final class FollowUp implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MERCHANT_NO")
        String no;

        @Option(names = "--note", required = true, paramLabel = "TEXT", description = "What was said or agreed.")
        String note;

        @Option(names = "--next", paramLabel = "DATE", description = "The next visit.")
        LocalDate next;

        @Option(names = "--on", paramLabel = "DATE", description = "The day of the contact (default: today).")
        LocalDate on;

        @Option(names = "--agent", paramLabel = "NAME", description = "The leasing agent (default: staff).")
        String agent;

        @Override
        public Integer call() {
            var f = CliOutcomes.value(CommandSupport.context(spec).pipeline().followUp(OptionValues.id(no, MerchantNo::of), note, on, next,
                    agent));
            CommandSupport.output(spec).one(PipelineJson.FollowUpJson.of(f));
            return 0;
        }
    }

    @Command(name = "follow-ups", mixinStandardHelpOptions = true,
            description = {"List follow-up notes, or with --due the visits owed.",
                "",
                "--due lists, per merchant, the latest note's next visit when it is on or before --as-of (today), "
                    + "most overdue first; --agent keeps one agent's."})
    static final class FollowUps implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MERCHANT_NO", arity = "0..1", description = "One merchant's notes (without --due).")
        String no;

        @Option(names = "--due", description = "The visits due.")
        boolean due;

        @Option(names = "--agent", paramLabel = "NAME", description = "Only this agent's.")
        String agent;

        @Option(names = "--as-of", paramLabel = "DATE", description = "Due on or before this day (default: today).")
        LocalDate asOf;

        @Override
        public Integer call() {
            MerchantPipelineUseCases p = CommandSupport.context(spec).pipeline();
            if (due) {
                CommandSupport.output(spec).list(p.due(agent, asOf).stream().map(PipelineJson.DueJson::of).toList(),
                        List.of("merchant_no", "next_visit_on", "days_overdue", "agent", "last_note"));
                return 0;
            }
            if (no == null) {
                throw CliException.usage("name a merchant, or use --due");
            }
            CommandSupport.output(spec).list(p.followUps(OptionValues.id(no, MerchantNo::of)).stream()
                    .filter(f -> agent == null || f.agent().value().equals(agent))
                    .map(PipelineJson.FollowUpJson::of).toList(),
                    List.of("on", "agent", "note", "next_visit_on"));
            return 0;
        }
    }

    @Command(name = "contacts", mixinStandardHelpOptions = true,
            description = {"Add a contact person (联系人) to a merchant.", "",
                "merchants contacts add NO --name NAME [--phone P] [--role R]; the first contact is the primary one."},
            subcommands = {AddContact.class})
    static final class Contacts implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a contact.", ""})
    static final class AddContact implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MERCHANT_NO")
        String no;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--phone", paramLabel = "PHONE")
        String phone;

        @Option(names = "--role", paramLabel = "ROLE", description = "e.g. 老板, 店长, 会计.")
        String role;

        @Override
        public Integer call() {
            Contact c;
            try {
                c = new Contact(name, phone, role);
            } catch (IllegalArgumentException e) {
                throw new CliException(org.mallcrm.cli.ExitCodes.DATA_ERROR, e.getMessage());
            }
            var m = CliOutcomes.value(CommandSupport.context(spec).pipeline().addContact(OptionValues.id(no, MerchantNo::of), c));
            CommandSupport.output(spec).list(m.contacts().stream().map(PipelineJson.ContactJson::of).toList(),
                    List.of("name", "phone", "role"));
            return 0;
        }
    }

    @Command(name = "log", mixinStandardHelpOptions = true,
            description = {"The operations log (场内管理日志): list a merchant's entries, or add one with --note.", ""})
    static final class Log implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MERCHANT_NO")
        String no;

        @Option(names = "--note", paramLabel = "TEXT", description = "Add this entry.")
        String note;

        @Option(names = "--by", paramLabel = "NAME", description = "The member of staff (default: staff).")
        String by;

        @Override
        public Integer call() {
            MerchantPipelineUseCases p = CommandSupport.context(spec).pipeline();
            MerchantNo m = OptionValues.id(no, MerchantNo::of);
            if (note != null) {
                CommandSupport.output(spec).one(PipelineJson.LogJson.of(CliOutcomes.value(p.log(m, by, note))));
                return 0;
            }
            CommandSupport.output(spec).list(p.logOf(m).stream().map(PipelineJson.LogJson::of).toList(),
                    List.of("at", "staff", "note"));
            return 0;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Pipeline reports: funnel, conversion or dwell.",
                "",
                "funnel: merchants now in each stage and ever reaching it. conversion: per lead source, merchants, "
                    + "signed, conversion_pct and median_days_to_sign. dwell: days in the current stage as of "
                    + "--as-of, longest-stuck first."})
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "REPORT", description = "funnel, conversion or dwell.")
        String report;

        @Option(names = "--as-of", paramLabel = "DATE", description = "For dwell (default: today).")
        LocalDate asOf;

        @Override
        public Integer call() {
            MerchantPipelineUseCases p = CommandSupport.context(spec).pipeline();
            var out = CommandSupport.output(spec);
            switch (report) {
                case "funnel" -> out.list(p.funnel().stream().map(PipelineJson.FunnelJson::of).toList(),
                        List.of("stage", "stage_name", "current", "reached"));
                case "conversion" -> out.list(p.conversion().stream().map(PipelineJson.ConversionJson::of).toList(),
                        List.of("lead_source", "merchants", "signed", "conversion_pct", "median_days_to_sign"));
                case "dwell" -> out.list(p.dwell(asOf).stream().map(PipelineJson.DwellJson::of).toList(),
                        List.of("merchant_no", "name", "stage", "entered_on", "dwell_days"));
                default -> throw CliException.usage("report must be funnel, conversion or dwell");
            }
            return 0;
        }
    }
}
