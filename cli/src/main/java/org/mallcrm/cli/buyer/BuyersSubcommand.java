package org.mallcrm.cli.buyer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.buyer.BuyerFileJson;
import org.mallcrm.adapters.http.buyer.BuyerJson;
import org.mallcrm.adapters.http.buyer.RfmJson;
import org.mallcrm.adapters.http.buyer.ShareJson;
import org.mallcrm.adapters.http.coupon.CouponJson;
import org.mallcrm.adapters.http.coupon.RedemptionJson;
import org.mallcrm.application.buyer.port.in.BuyerFilter;
import org.mallcrm.application.buyer.port.in.BuyerQueries;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.coupon.port.in.CouponQueries;
import org.mallcrm.application.coupon.port.out.Coupons;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandModels;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.OptionValues;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.cli.output.Format;
import org.mallcrm.cli.output.Output;
import org.mallcrm.domain.buyer.Buyer;
import org.mallcrm.domain.buyer.BuyerAttribute;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.buyer.Province;
import org.mallcrm.domain.buyer.RfmAnalysis;
import org.mallcrm.domain.buyer.RfmScore;
import org.mallcrm.domain.buyer.RfmSegment;
import org.mallcrm.domain.coupon.Redemption;
import org.mallcrm.domain.stall.BusinessType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mallcrm buyers …}: the buyer register, one buyer's file, shares and RFM segments. This command and {@code
 * stats} have their picocli model built in code ({@link #model}, see {@link CommandModels} for why); list, show and
 * rfm are read from their annotations.
 */
public final class BuyersSubcommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. Not in {@code @Command(subcommands)}, for the reason {@code
     * MallcrmCommand.SUBCOMMANDS} is not: picocli would read all four commands' annotations at each start of one;
     * {@code Main} adds the one a command line names (all of them for help or an unknown word).
     */
    public static final List<Class<?>> SUBCOMMANDS = List.of(ListBuyers.class, ShowBuyer.class, Stats.class,
            Rfm.class);

    /**
     * The name of each of {@link #SUBCOMMANDS}, in the same order, as its model ({@code @Command} or {@link #model})
     * says (a test holds them).
     */
    public static final List<String> SUBCOMMAND_NAMES = List.of("list", "show", "stats", "rfm");

    private CommandSpec spec;

    /** This command's model: its name, description and the standard help options. */
    public static CommandSpec model() {
        BuyersSubcommand command = new BuyersSubcommand();
        command.spec = CommandModels.named(command, "buyers",
                "Buyers (下游客户): the register, a buyer's file, shares of buyers and RFM segments (客户分层).",
                "",
                "Buyers come in with 'mallcrm import buyers FILE' or register through the buyer app. A visit is a local "
                    + "day (Beijing time) with a check-in scan; buyers seen only in scans are anonymous: their visits "
                    + "count, their profile does not until they register.");
        return CommandModels.withStandardHelpOptions(command.spec);
    }

    /**
     * What picocli makes a command of: the model built here for this command and {@code stats}, else the annotated
     * class itself.
     */
    public static Object model(Class<?> command) {
        if (command == BuyersSubcommand.class) {
            return model();
        }
        return command == Stats.class ? Stats.model() : command;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw CliException.usage(option + " must be a date like 2026-10-31, not '" + text + "'");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List registered buyers in id order, filtered by province, main category or segment.",
                "",
                "--segment is the buyer's RFM segment today (IMPORTANT_VALUE, GENERAL_WINBACK …)."})
    static final class ListBuyers implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--province", paramLabel = "P", description = "浙江, 浙江省 or ZHEJIANG.")
        String province;

        @Option(names = "--category", paramLabel = "C", description = "A main category (one of the business types).")
        String category;

        @Option(names = "--segment", paramLabel = "S", description = "An RFM segment's code.")
        String segment;

        @Override
        public Integer call() {
            BuyerFilter filter;
            try {
                filter = new BuyerFilter(Optional.ofNullable(province).map(Province::parse),
                        Optional.ofNullable(category).map(BusinessType::new),
                        Optional.ofNullable(segment).map(RfmSegment::parse));
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage());
            }
            BuyerQueries queries = CommandSupport.queryContext(spec).buyerQueries();
            List<BuyerJson> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<Buyer> page = queries.list(filter, cursor, BuyerQueries.MAX_PAGE);
                page.items().forEach(b -> all.add(BuyerJson.of(b)));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).list(all, List.of("buyer_id", "name", "phone", "main_category", "province",
                    "transport_mode"));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show one buyer's file: profile, visits, first channel, RFM segment today, coupons and "
                + "redemptions.", "", "An anonymous buyer (seen only in check-in scans) shows its visits alone."})
    static final class ShowBuyer implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "BUYER_ID", description = "The buyer's id, as its app and its scans name it.")
        String id;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.queryContext(spec);
            BuyerId buyer = OptionValues.id(id, BuyerId::of);
            var details = ctx.buyerQueries().show(buyer)
                    .orElseThrow(() -> CliException.notFound("buyer " + id));
            CouponQueries coupons = ctx.couponQueries();
            List<CouponJson> held = new ArrayList<>();
            String cursor = null;
            do {
                Page<CouponQueries.CouponView> page = coupons.coupons(new Coupons.CouponFilter(Optional.empty(),
                        Optional.of(buyer), Optional.empty()), cursor, CouponQueries.MAX_PAGE);
                page.items().forEach(v -> held.add(CouponJson.of(v.coupon(), v.status())));
                cursor = page.nextCursor();
            } while (cursor != null);
            List<RedemptionJson> redeemed = new ArrayList<>();
            cursor = null;
            do {
                Page<Redemption> page = coupons.redemptions(new Coupons.RedemptionFilter(Optional.empty(),
                        Optional.empty(), Optional.of(buyer)), cursor, CouponQueries.MAX_PAGE);
                page.items().forEach(r -> redeemed.add(RedemptionJson.of(r)));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).one(BuyerFileJson.of(details, held, redeemed));
            return 0;
        }
    }

    /** The fields of {@link ShareJson}, as JSON names them. */
    static final List<String> SHARE_FIELDS = List.of("key", "buyers", "share_pct");

    /** The fields of {@link RfmJson}, as JSON names them. */
    static final List<String> RFM_FIELDS = List.of("buyer_id", "recency_days", "frequency", "monetary", "r", "f", "m",
            "segment", "segment_name");

    /** {@code buyers stats}: its model is {@link #model}. */
    static final class Stats implements Callable<Integer> {

        private CommandSpec spec;

        /** This command's model: its name, description, --by, --from, --to and the standard help options. */
        static CommandSpec model() {
            Stats command = new Stats();
            command.spec = CommandModels.named(command, "stats",
                    "Shares of registered buyers by main category, province, transport mode or first channel.",
                    "",
                    "[{key, buyers, share_pct}], largest first; the percentages have two decimals and sum to exactly "
                        + "100.00 (an empty key: buyers without a value). With --from/--to only the buyers with a "
                        + "visit in that range (a missing --to is today).");
            command.spec.addOption(OptionSpec.builder("--by").required(true).paramLabel("WHAT").type(String.class)
                    .description("category, province, transport_mode or channel.").build());
            command.spec.addOption(OptionSpec.builder("--from").paramLabel("DATE").type(String.class)
                    .description("Only buyers with a visit on or after this day.").build());
            command.spec.addOption(OptionSpec.builder("--to").paramLabel("DATE").type(String.class)
                    .description("Only buyers with a visit on or before this day.").build());
            return CommandModels.withStandardHelpOptions(command.spec);
        }

        static String[] cells(ShareJson s) {
            return new String[] {s.key(), Long.toString(s.buyers()), s.sharePct()};
        }

        @Override
        public Integer call() {
            String by = CommandModels.value(spec, "--by");
            String from = CommandModels.value(spec, "--from");
            String to = CommandModels.value(spec, "--to");
            BuyerAttribute attribute;
            try {
                attribute = BuyerAttribute.parse(by);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--by: " + e.getMessage());
            }
            Optional<LocalDate> f = Optional.ofNullable(from).map(v -> date(v, "--from"));
            Optional<LocalDate> t = Optional.ofNullable(to).map(v -> date(v, "--to"));
            var shares = CliOutcomes.value(CommandSupport.queryContext(spec).buyerQueries().stats(attribute, f, t));
            CommandSupport.output(spec).list(shares.stream().map(ShareJson::of).toList(), s -> s, SHARE_FIELDS,
                    SHARE_FIELDS, Stats::cells);
            return 0;
        }
    }

    @Command(name = "rfm", mixinStandardHelpOptions = true,
            description = {"RFM segments (客户分层) of the registered buyers with a visit in the window.",
                "",
                "R: days from the last visit to --as-of; F: visit days in the window; M: order amounts of the "
                    + "buyer's standing redemptions in the window. Each is high or low against the lower median "
                    + "of the buyers (domain-rules.md §6). [{buyer_id, recency_days, frequency, monetary, r, f, m, "
                    + "segment, segment_name}] in id order; the table ends with the thresholds."})
    static final class Rfm implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The day (default: today).")
        String asOf;

        @Option(names = "--window-days", paramLabel = "N", description = "Days ending on --as-of (default 365).")
        Integer windowDays;

        /** A score's cells as its JSON record ({@link RfmJson#of}) has them, without the record. */
        static String[] cells(RfmScore s) {
            return new String[] {s.buyer().value(), Long.toString(s.recencyDays()), Long.toString(s.frequency()),
                s.monetary().toString(), highOrLow(s.recencyHigh()), highOrLow(s.frequencyHigh()),
                highOrLow(s.monetaryHigh()), s.segment().name(), s.segment().label()};
        }

        private static String highOrLow(boolean high) {
            return high ? "H" : "L";
        }

        @Override
        public Integer call() {
            Optional<LocalDate> day = Optional.ofNullable(asOf).map(v -> date(v, "--as-of"));
            RfmAnalysis analysis = CliOutcomes.value(CommandSupport.queryContext(spec).rfm().rfm(day,
                    Optional.ofNullable(windowDays)));
            Output out = CommandSupport.output(spec);
            List<RfmScore> scores = analysis.scores();
            out.list(scores, RfmJson::of, RFM_FIELDS, RFM_FIELDS, Rfm::cells);
            if (out.format() == Format.TABLE) {
                var t = analysis.thresholds();
                spec.commandLine().getOut().println(scores.size() + " buyers as of " + analysis.asOf() + ", window "
                        + analysis.window().from() + ".." + analysis.window().to() + "; thresholds: R ≤ "
                        + t.recencyDays() + " days, F ≥ " + t.frequency() + " visit days, M ≥ " + t.monetary());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
