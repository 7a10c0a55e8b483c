package org.mallcrm.cli.request;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.request.RequestJson;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.request.port.in.MerchantRequestUseCases;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.OptionValues;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.request.RequestNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm requests …}: merchants' overtime, repair and feedback requests and their handling by staff. */
@Command(name = "requests",
        mixinStandardHelpOptions = true,
        description = {"Merchants' requests: overtime (加班申请), repairs (维修申请), feedback (意见).",
            "",
            "Merchants create them in the merchant app (HTTP /api/v1/me/…) for stalls they lease; 'requests create' "
                + "does the same for a merchant at the counter. Staff approve or reject overtime, assign and resolve "
                + "repairs, answer feedback; every step is kept in the request's trail. A step the request's status "
                + "does not allow exits 1 with the reason."},
        subcommands = {RequestsSubcommand.ListRequests.class, RequestsSubcommand.Show.class,
            RequestsSubcommand.Create.class, RequestsSubcommand.Approve.class, RequestsSubcommand.Reject.class,
            RequestsSubcommand.Assign.class, RequestsSubcommand.Resolve.class, RequestsSubcommand.Answer.class})
public final class RequestsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final List<String> COLUMNS = List.of("request_no", "kind", "merchant_no", "stall_no", "status", "date",
            "from", "to", "category", "urgency", "assignee", "created_at");

    enum Kind { OVERTIME, REPAIR, FEEDBACK }

    static Kind kind(String raw) {
        try {
            return Kind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("kind must be overtime, repair or feedback");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List requests of one kind: overtime, repair or feedback.", ""})
    static final class ListRequests implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "KIND", description = "overtime, repair or feedback.")
        String kind;

        @Option(names = "--status", paramLabel = "STATUS",
                description = "SUBMITTED|APPROVED|REJECTED, OPEN|ASSIGNED|RESOLVED, OPEN|ANSWERED.")
        String status;

        @Option(names = "--merchant", paramLabel = "NO", description = "Only this merchant's.")
        String merchantNo;

        @Override
        public Integer call() {
            MerchantRequestUseCases uc = CommandSupport.context(spec).merchantRequests();
            MerchantNo m = merchantNo == null ? null : OptionValues.id(merchantNo, MerchantNo::of);
            List<RequestJson> rows;
            try {
                rows = switch (kind(kind)) {
                    case OVERTIME -> uc.overtimes(m, status).stream().map(RequestJson::of).toList();
                    case REPAIR -> uc.repairs(m, status).stream().map(RequestJson::of).toList();
                    case FEEDBACK -> uc.feedbacks(m, status).stream().map(RequestJson::of).toList();
                };
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            CommandSupport.output(spec).list(rows, COLUMNS);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = {"Show one request with its trail.", ""})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "REQUEST_NO")
        String no;

        @Override
        public Integer call() {
            MerchantRequestUseCases uc = CommandSupport.context(spec).merchantRequests();
            RequestNo n = OptionValues.id(no, RequestNo::of);
            RequestJson json = uc.overtime(n, null).map(RequestJson::of)
                    .or(() -> uc.repair(n, null).map(RequestJson::of))
                    .or(() -> uc.feedback(n, null).map(RequestJson::of))
                    .orElseThrow(() -> CliException.notFound("request " + no));
            CommandSupport.output(spec).one(json);
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a request on a merchant's behalf.",
                "",
                "overtime: --stall --date --from HH:MM --to HH:MM --reason; repair: --stall --category "
                    + "--description [--urgency LOW|NORMAL|URGENT]; feedback: [--stall] --category --text. The "
                    + "stall must be one the merchant leases today (exit 1 otherwise)."})
    static final class Create implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "KIND", description = "overtime, repair or feedback.")
        String kind;

        @Option(names = "--merchant", required = true, paramLabel = "NO")
        String merchantNo;

        @Option(names = "--stall", paramLabel = "NO")
        String stall;

        @Option(names = "--date", paramLabel = "DATE")
        LocalDate date;

        @Option(names = "--from", paramLabel = "HH:MM")
        LocalTime from;

        @Option(names = "--to", paramLabel = "HH:MM")
        LocalTime to;

        @Option(names = "--reason", paramLabel = "TEXT")
        String reason;

        @Option(names = "--category", paramLabel = "TEXT")
        String category;

        @Option(names = "--description", paramLabel = "TEXT")
        String description;

        @Option(names = "--urgency", paramLabel = "LEVEL")
        String urgency;

        @Option(names = "--text", paramLabel = "TEXT")
        String text;

        @Override
        public Integer call() {
            MerchantRequestUseCases uc = CommandSupport.context(spec).merchantRequests();
            MerchantNo m = merchantNo == null ? null : OptionValues.id(merchantNo, MerchantNo::of);
            RequestJson json = switch (kind(kind)) {
                case OVERTIME -> RequestJson.of(CliOutcomes.value(uc.askOvertime(m, stall, date, from, to, reason)));
                case REPAIR -> RequestJson.of(CliOutcomes.value(uc.reportRepair(m, stall, category, description,
                        urgency)));
                case FEEDBACK -> RequestJson.of(CliOutcomes.value(uc.giveFeedback(m, stall, category, text)));
            };
            CommandSupport.output(spec).one(json);
            return 0;
        }
    }

    abstract static class Step implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "REQUEST_NO")
        String no;

        @Option(names = "--by", paramLabel = "NAME", description = "The member of staff acting (default: staff).")
        String by;

        abstract Outcome<RequestJson> step(MerchantRequestUseCases uc, RequestNo no);

        @Override
        public Integer call() {
            CommandSupport.output(spec).one(CliOutcomes.value(step(CommandSupport.context(spec).merchantRequests(),
                    OptionValues.id(no, RequestNo::of))));
            return 0;
        }

        static <T> Outcome<RequestJson> map(Outcome<T> o, java.util.function.Function<T, RequestJson> f) {
            return o instanceof Outcome.Done<T> d ? Outcome.done(f.apply(d.value())) : o.recast();
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = {"Approve an overtime request.", ""})
    static final class Approve extends Step {
        @Option(names = "--note", paramLabel = "TEXT", description = "A note the merchant sees.")
        String note;

        @Override
        Outcome<RequestJson> step(MerchantRequestUseCases uc, RequestNo n) {
            return map(uc.approve(n, by, note), RequestJson::of);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = {"Reject an overtime request.", ""})
    static final class Reject extends Step {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why; the merchant sees it.")
        String reason;

        @Override
        Outcome<RequestJson> step(MerchantRequestUseCases uc, RequestNo n) {
            return map(uc.reject(n, by, reason), RequestJson::of);
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true,
            description = {"Assign a repair to a member of staff (again to reassign).", ""})
    static final class Assign extends Step {
        @Option(names = "--to", required = true, paramLabel = "NAME", description = "Who will do it.")
        String to;

        @Override
        Outcome<RequestJson> step(MerchantRequestUseCases uc, RequestNo n) {
            return map(uc.assign(n, by, to), RequestJson::of);
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = {"Record what was done on an assigned repair.", ""})
    static final class Resolve extends Step {
        @Option(names = "--resolution", required = true, paramLabel = "TEXT")
        String resolution;

        @Override
        Outcome<RequestJson> step(MerchantRequestUseCases uc, RequestNo n) {
            return map(uc.resolve(n, by, resolution), RequestJson::of);
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true, description = {"Answer a merchant's feedback.", ""})
    static final class Answer extends Step {
        @Option(names = "--answer", required = true, paramLabel = "TEXT")
        String answer;

        @Override
        Outcome<RequestJson> step(MerchantRequestUseCases uc, RequestNo n) {
            return map(uc.answer(n, by, answer), RequestJson::of);
        }
    }
}
