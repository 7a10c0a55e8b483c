package org.mallcrm.cli.credit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.credit.CreditJson;
import org.mallcrm.application.credit.port.in.CreditUseCases;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.domain.credit.BehaviourRecord;
import org.mallcrm.domain.credit.BehaviourRecordId;
import org.mallcrm.domain.credit.OverdueRule;
import org.mallcrm.domain.merchant.MerchantNo;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm credit …}: merchant credit (日常行为考核 → 信誉分). */
@Command(name = "credit",
        mixinStandardHelpOptions = true,
        description = {"Merchant credit: behaviour catalogue, records, appeals, score and blacklist (信誉分).",
            "",
            "Score = 100 + the points of this calendar year's counting records, clamped to 0..100; grades A >= 90, "
                + "B >= 80, C >= 60, D below. A SEVERE record, or falling to D, blacklists the merchant for 2 "
                + "years: no new lease and no renewal, even after the 1 January reset. The same type, stall and "
                + "day counts once; a record under appeal does not count until upheld. Every change is an "
                + "auditable event (see 'credit show --format json')."},
        subcommands = {CreditSubcommand.Types.class, CreditSubcommand.Record.class, CreditSubcommand.Appeal.class,
            CreditSubcommand.Uphold.class, CreditSubcommand.Withdraw.class, CreditSubcommand.Show.class,
            CreditSubcommand.Overdue.class})
public final class CreditSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final List<String> RECORD_COLUMNS = List.of("record_id", "merchant_no", "type", "points", "severity", "on",
            "stall_no", "appeal", "counts", "note");

    @Command(name = "types", mixinStandardHelpOptions = true,
            description = {"Show the behaviour catalogue, or replace it with --set.",
                "",
                "TYPES.json is [{\"code\", \"name\", \"points\", \"severity\": \"NORMAL\"|\"SEVERE\", "
                    + "\"evidence_required\": false}], at least one type (an empty list is refused, exit 65). Records "
                    + "keep the points they were made with."})
    static final class Types implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--set", paramLabel = "TYPES.json", description = "Replace the catalogue with this file.")
        Path file;

        @Override
        public Integer call() {
            CreditUseCases credit = CommandSupport.context(spec).credit();
            var catalogue = file == null ? credit.types()
                    : CliOutcomes.value(credit.setTypes(Arrays.asList(CliOutcomes.readJson(file,
                            CreditUseCases.TypeSpec[].class))));
            CommandSupport.output(spec).list(catalogue.types().stream().map(CreditJson.TypeJson::of).toList(),
                    List.of("code", "name", "points", "severity", "evidence_required"));
            return 0;
        }
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = {"Record a merchant's behaviour (日常行为考核记录).",
                "",
                "Prints the record with the score, grade and blacklisting after it. The same type, stall and day "
                    + "again is refused (exit 1): it counts once."})
    static final class Record implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--merchant", required = true, paramLabel = "NO", description = "The merchant's number.")
        String merchant;

        @Option(names = "--type", required = true, paramLabel = "CODE", description = "A code of the catalogue.")
        String type;

        @Option(names = "--on", paramLabel = "DATE", description = "The day it happened (default: today).")
        LocalDate on;

        @Option(names = "--stall", paramLabel = "NO", description = "The stall, when the behaviour is tied to one.")
        String stall;

        @Option(names = "--note", paramLabel = "TEXT", description = "What was observed.")
        String note;

        @Option(names = "--evidence", paramLabel = "REF", description = "A photo or document reference.")
        String evidence;

        @Override
        public Integer call() {
            var done = CliOutcomes.value(CommandSupport.context(spec).credit().record(
                    new CreditUseCases.RecordCommand(merchant, type, on, stall, note, evidence)));
            CommandSupport.output(spec).one(CreditJson.RecordedJson.of(done));
            return 0;
        }
    }

    abstract static class Step implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "RECORD_ID", description = "The record's id, e.g. CR-000001.")
        String id;

        abstract org.mallcrm.application.common.port.in.Outcome<CreditUseCases.Recorded> step(CreditUseCases c,
                BehaviourRecordId id);

        @Override
        public Integer call() {
            BehaviourRecordId rid;
            try {
                rid = BehaviourRecordId.of(id);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            var done = CliOutcomes.value(step(CommandSupport.context(spec).credit(), rid));
            CommandSupport.output(spec).one(CreditJson.RecordedJson.of(done));
            return 0;
        }
    }

    @Command(name = "appeal", mixinStandardHelpOptions = true,
            description = {"Lodge the merchant's appeal (申诉) against a record.",
                "", "While under appeal the record does not count; staff then uphold or withdraw it."})
    static final class Appeal extends Step {
        @Override
        org.mallcrm.application.common.port.in.Outcome<CreditUseCases.Recorded> step(CreditUseCases c,
                BehaviourRecordId id) {
            return c.appeal(id, null);
        }
    }

    @Command(name = "uphold", mixinStandardHelpOptions = true,
            description = {"Reject an appeal: the record stands and counts again.", ""})
    static final class Uphold extends Step {
        @Override
        org.mallcrm.application.common.port.in.Outcome<CreditUseCases.Recorded> step(CreditUseCases c,
                BehaviourRecordId id) {
            return c.uphold(id);
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true,
            description = {"Accept an appeal: the record is struck and never counts.", ""})
    static final class Withdraw extends Step {
        @Override
        org.mallcrm.application.common.port.in.Outcome<CreditUseCases.Recorded> step(CreditUseCases c,
                BehaviourRecordId id) {
            return c.withdraw(id);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show a merchant's credit: score, grade, blacklisting, records and events.",
                "",
                "JSON: {\"merchant_no\", \"score\", \"grade\", \"blacklisted_until\", \"records\": […]} plus as_of, "
                    + "blacklist_cause, whitelisted and events (each change of score, grade or blacklisting, "
                    + "including the 1 January reset)."})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MERCHANT_NO", description = "The merchant's number.")
        String no;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The day to show (default: today).")
        LocalDate asOf;

        @Override
        public Integer call() {
            MerchantNo m;
            try {
                m = MerchantNo.of(no);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            CreditJson json = CreditJson.of(CliOutcomes.value(CommandSupport.context(spec).credit().show(m, asOf)));
            var out = CommandSupport.output(spec);
            if (out.format() == org.mallcrm.cli.output.Format.TABLE) {
                CommandSupport.root(spec);
                spec.commandLine().getOut().printf("%s  score %d  grade %s%s%n", json.merchantNo(), json.score(),
                        json.grade(), json.blacklistedUntil() == null ? ""
                                : "  BLACKLISTED through " + json.blacklistedUntil());
                spec.commandLine().getOut().flush();
                out.list(json.records(), RECORD_COLUMNS);
            } else {
                out.one(json);
            }
            return 0;
        }
    }

    @Command(name = "overdue", mixinStandardHelpOptions = true,
            description = {"The optional automatic record for overdue installments (off by default).",
                "",
                "--enable --days N --type CODE records CODE once per installment overdue by more than N days; "
                    + "--disable turns it off; --check [--as-of DATE] runs it now (idempotent: an installment "
                    + "already recorded is skipped). Without options, shows the rule."})
    static final class Overdue implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        static final class Switch {
            @Option(names = "--enable", description = "Turn the rule on.")
            boolean enable;

            @Option(names = "--disable", description = "Turn the rule off.")
            boolean disable;

            @Option(names = "--check", description = "Record what is overdue now.")
            boolean check;
        }

        @ArgGroup(exclusive = true)
        Switch action;

        @Option(names = "--days", paramLabel = "N", description = "More than N days overdue (default 30).")
        Integer days;

        @Option(names = "--type", paramLabel = "CODE", description = "The behaviour to record (default OVERDUE_RENT).")
        String type;

        @Option(names = "--as-of", paramLabel = "DATE", description = "With --check: the day (default today).")
        LocalDate asOf;

        record RuleJson(boolean enabled, int daysOverdue, String behaviourCode) {
        }

        @Override
        public Integer call() {
            CreditUseCases credit = CommandSupport.context(spec).credit();
            if (action != null && action.check) {
                List<BehaviourRecord> made = credit.recordOverdue(asOf);
                CommandSupport.output(spec).list(made.stream().map(r -> CreditJson.RecordJson.of(r, true)).toList(),
                        RECORD_COLUMNS);
                CommandSupport.err(spec).println("recorded " + made.size());
                CommandSupport.err(spec).flush();
                return 0;
            }
            OverdueRule rule = credit.overdueRule();
            if (action != null) {
                int d = days != null ? days : rule.daysOverdue();
                String code = type != null ? type : rule.behaviourCode();
                try {
                    rule = CliOutcomes.value(credit.setOverdueRule(new OverdueRule(action.enable, d, code)));
                } catch (IllegalArgumentException e) {
                    throw CliException.usage(e.getMessage());
                }
            }
            CommandSupport.output(spec).one(new RuleJson(rule.enabled(), rule.daysOverdue(), rule.behaviourCode()));
            return 0;
        }
    }
}
