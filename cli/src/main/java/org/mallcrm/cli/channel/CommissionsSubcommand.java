package org.mallcrm.cli.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mallcrm.adapters.http.channel.ChannelJson;
import org.mallcrm.adapters.persistence.channel.CommissionRulesJson;
import org.mallcrm.application.channel.port.in.StatementUseCases.CorrectionResult;
import org.mallcrm.application.channel.service.CommissionService;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.OptionValues;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.output.Format;
import org.mallcrm.cli.output.Output;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.channel.CloseOutcome;
import org.mallcrm.domain.channel.CommissionRules;
import org.mallcrm.domain.channel.CommissionStatement;
import org.mallcrm.domain.channel.ExclusionReason;
import org.mallcrm.domain.channel.HeadKey;
import org.mallcrm.domain.channel.Reconciliation;
import org.mallcrm.domain.channel.TripNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm commissions …}: channel commission rules, reconciliation and monthly statements. */
@Command(name = "commissions",
        mixinStandardHelpOptions = true,
        description = {
            "Channel commissions (渠道佣金): rules, reconciliation, monthly statements.",
            "",
            "Only buyers proven by both codes earn commission: the trip's channel code scanned on the coach and "
                + "a check-in at the gate inside the trip's window, once per buyer per day (domain-rules.md §5). "
                + "Every paid head is traceable to its two scans.",
        },
        subcommands = {
            CommissionsSubcommand.Rules.class,
            CommissionsSubcommand.Reconcile.class,
            CommissionsSubcommand.Statement.class,
            CommissionsSubcommand.Heads.class,
            CommissionsSubcommand.Correct.class,
        })
public final class CommissionsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static LocalDate date(String text, String option) {
        return OptionValues.date(option, text);
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw CliException.usage("--month must be like 2025-03, not '" + text + "'");
        }
    }

    @Command(name = "rules", mixinStandardHelpOptions = true,
            description = {"Show the commission rules, or replace them with --set.",
                "",
                "RULES.json: {\"default\": {\"rate_per_head\": \"20.00\", \"tiers\": null, \"tier_mode\": "
                    + "\"MARGINAL\", \"monthly_cap\": null, \"min_heads\": 1, \"cap_at_reported\": false, "
                    + "\"cap_tolerance_pct\": \"0\", \"variance_flag_pct\": \"10\", \"scan_order_tolerance_minutes\": 0}, "
                    + "\"channels\": {\"CODE\": {…only the keys that differ…}}}; tiers are "
                    + "[{\"from\": 1, \"rate\": \"15.00\"}, {\"from\": 1001, \"rate\": \"18.00\"}]. "
                    + "Shown with every channel's rules in full. Exit 65 for bad rules (nothing changes).",
                "The default policy is the mall's commission.* settings ('settings show'): --set writes its "
                    + "keys there (audited), keys left out of \"default\" keep their value. A channel keeps what it "
                    + "sets itself and follows the default for the rest."})
    static final class Rules implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--set", paramLabel = "RULES.json", description = "Replace the rules with this file's.")
        Path set;

        @Override
        public Integer call() throws IOException {
            CommissionService service = CommandSupport.context(spec).commissions();
            if (set != null) {
                String text;
                try {
                    text = Files.readString(set);
                } catch (NoSuchFileException e) {
                    throw new CliException(ExitCodes.NO_INPUT, "rules file not found: " + set);
                } catch (IOException e) {
                    throw new CliException(ExitCodes.NO_INPUT, "cannot read " + set + ": " + e.getMessage());
                }
                CommissionRules rules;
                try {
                    rules = CommissionRulesJson.parse(text, service.rules().defaults());
                } catch (CommissionRulesJson.InvalidRules e) {
                    throw new CliException(ExitCodes.DATA_ERROR, set + ": " + e.getMessage());
                }
                CliOutcomes.value(service.setRules(rules, CommandSupport.actor()));
                CommandSupport.err(spec).println("commission rules replaced ("
                        + rules.channels().size() + " channel overrides)");
            }
            JsonNode json = CommissionRulesJson.toJson(service.rules());
            Output out = CommandSupport.output(spec);
            if (out.format() == Format.JSON || out.format() == Format.TABLE) {
                CommandSupport.output(spec).one(json.deepCopy());
            } else {
                List<Map<String, Object>> rows = new ArrayList<>();
                rows.add(policyRow("*", json.get("default")));
                json.get("channels").fields().forEachRemaining(e -> rows.add(policyRow(e.getKey(), e.getValue())));
                out.list(rows, List.of());
            }
            return 0;
        }

        private static Map<String, Object> policyRow(String channel, JsonNode p) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("channel", channel);
            p.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().isNull() ? null
                    : e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            return row;
        }
    }

    @Command(name = "reconcile", mixinStandardHelpOptions = true,
            description = {"Reconcile the trips arriving in a period against the scans, and compute commission.",
                "",
                "Per trip: reported, valid_heads, paid_heads, variance_pct, flagged, commission and excluded buyers "
                    + "by reason (NO_CHECKIN, OUTSIDE_WINDOW, SCAN_ORDER, CLAIMED_BY_OTHER_TRIP; DUPLICATE counts "
                    + "repeated scans); per channel; totals (with UNKNOWN_CODE scans). Tiers and monthly caps "
                    + "work on whole settlement months: reconcile whole months when the money matters. Scans are "
                    + "read from a day before the first window to a day after the last, streamed in bounded memory.",
                "--format json prints {\"trips\": [...], \"channels\": [...], \"totals\": {...}}; csv one row per "
                    + "trip; table the trips and the totals."})
    static final class Reconcile implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "First arrival date.")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last arrival date (inclusive).")
        String to;

        @Override
        public Integer call() {
            LocalDate f = date(from, "--from");
            LocalDate t = date(to, "--to");
            if (t.isBefore(f)) {
                throw CliException.usage("--to " + t + " is before --from " + f);
            }
            Reconciliation r = CommandSupport.context(spec).commissions().reconcile(f, t);
            ChannelJson.ReconciliationJson json = ChannelJson.ReconciliationJson.of(f, t, r);
            Output out = CommandSupport.output(spec);
            switch (out.format()) {
                case JSON -> out.one(json);
                case CSV -> writeCsv(spec.commandLine().getOut(), json);
                case TABLE -> {
                    out.list(json.trips(), List.of("trip_no", "channel", "arrival_date", "reported", "valid_heads",
                            "paid_heads", "variance_pct", "flagged", "commission"));
                    var totals = json.totals();
                    spec.commandLine().getOut().println("total: " + totals.trips() + " trips (" + totals.flaggedTrips()
                            + " flagged), " + totals.validHeads() + " valid heads, " + totals.paidHeads()
                            + " paid, commission " + totals.commission() + "; excluded " + totals.excluded());
                    spec.commandLine().getOut().flush();
                }
            }
            return 0;
        }

        /** One row per trip, written straight (tens of thousands of rows). */
        private static void writeCsv(java.io.PrintWriter out, ChannelJson.ReconciliationJson json) {
            try {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
                List<String> header = new ArrayList<>(List.of("trip_no", "channel", "channel_code", "arrival_date",
                        "reported", "valid_heads", "paid_heads", "variance_pct", "flagged", "commission"));
                for (ExclusionReason r : ExclusionReason.values()) {
                    if (r != ExclusionReason.UNKNOWN_CODE) {
                        header.add("excluded_" + r.name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
                csv.printRecord(header);
                for (ChannelJson.TripResultJson t : json.trips()) {
                    List<Object> row = new ArrayList<>(header.size());
                    row.add(t.tripNo());
                    row.add(t.channel());
                    row.add(t.channelCode());
                    row.add(t.arrivalDate());
                    row.add(t.reported());
                    row.add(t.validHeads());
                    row.add(t.paidHeads());
                    row.add(t.variancePct() == null ? "" : t.variancePct());
                    row.add(t.flagged());
                    row.add(t.commission());
                    row.addAll(t.excluded().values());
                    csv.printRecord(row);
                }
                csv.flush();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Command(name = "statement", mixinStandardHelpOptions = true,
            description = {"Show (or close) a channel's monthly commission statement (佣金结算单).",
                "",
                "A statement holds the channel's trips arriving in the month, each with valid and paid heads and "
                    + "commission, plus adjustments posted from corrections of earlier months. Until closed it is a "
                    + "DRAFT, recomputed from the scans each time; --close makes it CLOSED: stored with every head "
                    + "traced to its two scans, and never changed again (later corrections become adjustments on the "
                    + "next statement: see 'commissions correct'). --heads lists every head of every line."})
    static final class Statement implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--channel", required = true, paramLabel = "CODE", description = "The channel operator's code.")
        String channel;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The settlement month.")
        String month;

        @Option(names = "--close", description = "Close the statement (a closed one stays as it was).")
        boolean close;

        @Option(names = "--heads", description = "Include every valid head with its two scans.")
        boolean heads;

        @Override
        public Integer call() {
            CommissionService service = CommandSupport.context(spec).commissions();
            ChannelCode c = OptionValues.id(channel, ChannelCode::of);
            YearMonth m = month(month);
            CommissionStatement s;
            if (close) {
                CloseOutcome outcome = service.close(c, m);
                s = outcome.statement();
                CommandSupport.err(spec).println(outcome instanceof CloseOutcome.Closed
                        ? "statement " + c + " " + m + " closed: total " + s.total()
                        : "statement " + c + " " + m + " was closed already (" + s.total() + "); unchanged");
            } else {
                s = service.statement(c, m);
            }
            ChannelJson.StatementJson json = ChannelJson.StatementJson.of(s, heads);
            Output out = CommandSupport.output(spec);
            switch (out.format()) {
                case JSON -> out.one(json);
                case CSV -> out.list(json.lines(), List.of());
                case TABLE -> {
                    out.list(json.lines(), List.of("trip_no", "arrival_date", "reported", "valid_heads", "paid_heads",
                            "flagged", "commission"));
                    var w = spec.commandLine().getOut();
                    for (ChannelJson.AdjustmentJson a : json.adjustments()) {
                        w.println("adjustment for " + a.correctedMonth() + " trip " + a.tripNo() + ": "
                                + a.amount() + " (" + a.paidHeadsDelta() + " heads) " + a.reason());
                    }
                    w.println(json.status() + " statement " + json.channel() + " " + json.month() + ": lines "
                            + json.linesTotal() + ", adjustments " + json.adjustmentsTotal() + ", total "
                            + json.total());
                    w.flush();
                }
            }
            return 0;
        }
    }

    @Command(name = "heads", mixinStandardHelpOptions = true,
            description = {"Drill down from a statement to one trip: every valid head and its two scans.",
                "",
                "Each head is a buyer with the channel scan (on the coach) and the check-in (at the gate) that prove "
                    + "it, and whether it is paid for (when paid heads are capped, the earliest check-ins are paid). "
                    + "From the closed statement when the trip's month is closed, else from a fresh draft."})
    static final class Heads implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--trip", required = true, paramLabel = "TRIP_NO", description = "The trip's number.")
        String trip;

        @Override
        public Integer call() {
            TripNo no;
            try {
                no = TripNo.of(trip);
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            var line = CommandSupport.context(spec).commissions().line(no)
                    .orElseThrow(() -> CliException.notFound("trip " + trip));
            ChannelJson.TripHeadsJson json = ChannelJson.TripHeadsJson.of(line.line(), line.status());
            Output out = CommandSupport.output(spec);
            if (out.format() == Format.JSON) {
                out.one(json);
            } else {
                out.list(json.heads(), List.of("buyer_id", "paid", "channel_scan_id", "channel_scan_at",
                        "checkin_scan_id", "checkin_at"));
            }
            return 0;
        }
    }

    @Command(name = "correct", mixinStandardHelpOptions = true,
            description = {"Revoke heads of a closed statement (e.g. found fraudulent).",
                "",
                "The closed statement is never edited: the month is recomputed without these heads, and each trip "
                    + "whose paid heads or commission change gets an adjustment, posted on the channel's next "
                    + "statement that is not closed. Exit 1 when the statement is not closed or a head is not on it."})
    static final class Correct implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--channel", required = true, paramLabel = "CODE", description = "The channel's code.")
        String channel;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The closed month.")
        String month;

        @Option(names = "--trip", required = true, paramLabel = "TRIP_NO", description = "The trip of the heads.")
        String trip;

        @Parameters(paramLabel = "BUYER_ID", arity = "1..*", description = "The buyers whose heads are revoked.")
        List<String> buyers;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why (kept with the adjustment).")
        String reason;

        @Override
        public Integer call() {
            List<HeadKey> keys = new ArrayList<>();
            try {
                for (String b : buyers) {
                    keys.add(new HeadKey(TripNo.of(trip), BuyerId.of(b)));
                }
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            CorrectionResult result = CommandSupport.context(spec).commissions().correct(OptionValues.id(channel, ChannelCode::of), month(month),
                    keys, reason);
            return switch (result) {
                case CorrectionResult.Refused r -> throw CliException.refused(r.reason());
                case CorrectionResult.Posted p -> {
                    CommandSupport.err(spec).println(p.adjustments().size() + " adjustment(s) posted on the "
                            + p.postedOn() + " statement");
                    CommandSupport.output(spec).list(p.adjustments().stream().map(ChannelJson.AdjustmentJson::of)
                            .toList(), List.of("corrected_month", "trip_no", "paid_heads_delta", "amount", "reason"));
                    yield 0;
                }
            };
        }
    }
}
