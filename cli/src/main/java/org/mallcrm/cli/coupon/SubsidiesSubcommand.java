package org.mallcrm.cli.coupon;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.coupon.SubsidyStatementJson;
import org.mallcrm.application.coupon.port.in.SubsidyUseCases.SubsidyCloseOutcome;
import org.mallcrm.cli.AppContext;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.OptionValues;
import org.mallcrm.domain.coupon.SettlementMethod;
import org.mallcrm.domain.coupon.SubsidyStatement;
import org.mallcrm.domain.merchant.MerchantNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mallcrm subsidies …}: what the mall owes merchants for its share of coupon discounts (营销补差). */
@Command(name = "subsidies",
        mixinStandardHelpOptions = true,
        description = {"Subsidy statements (营销补差): per merchant and month, the mall's shares of the discounts on "
            + "the month's standing redemptions, plus adjustments posted on it."},
        subcommands = {SubsidiesSubcommand.Statement.class})
public final class SubsidiesSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "statement", mixinStandardHelpOptions = true,
            description = {"Show a merchant's statement for a month (a draft as it stands), or close it with --close.",
                "",
                "A closed statement is never edited: a later reversal posts an adjustment on the next open month. "
                    + "A month is closed from the 1st of the next."})
    static final class Statement implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--merchant", required = true, paramLabel = "NO")
        String merchant;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Option(names = "--close", description = "Close the month (and settle it as the mall's setting says).")
        boolean close;

        @Option(names = "--settle", paramLabel = "HOW", description = "With --close: PAY_OUT (付款) or OFFSET_RENT "
                + "(抵扣租金: a non-cash receipt on the merchant's live lease, applied to the next installments) for "
                + "this statement instead of the mall's setting.")
        String settle;

        @Override
        public Integer call() {
            AppContext ctx = CommandSupport.context(spec);
            MerchantNo m = OptionValues.id(merchant, MerchantNo::of);
            YearMonth ym;
            try {
                ym = YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                throw CliException.usage("--month must be like 2026-10, not '" + month + "'");
            }
            if (ctx.merchants().find(m).isEmpty()) {
                throw CliException.notFound("merchant " + merchant);
            }
            Optional<SettlementMethod> how = Optional.empty();
            if (settle != null) {
                if (!close) {
                    throw CliException.usage("--settle goes with --close");
                }
                try {
                    how = Optional.of(SettlementMethod.valueOf(settle.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw CliException.usage("--settle must be PAY_OUT or OFFSET_RENT, not '" + settle + "'");
                }
            }
            SubsidyStatement s;
            if (close) {
                s = switch (ctx.subsidies().close(m, ym, how)) {
                    case SubsidyCloseOutcome.Closed c -> c.statement();
                    case SubsidyCloseOutcome.AlreadyClosed c -> {
                        CommandSupport.err(spec).println("the statement of " + m + " for " + ym + " was closed "
                                + "before; it stays as it was");
                        yield c.statement();
                    }
                    case SubsidyCloseOutcome.Refused r -> throw CliException.refused("refused: " + r.reason());
                };
            } else {
                s = ctx.subsidies().statement(m, ym);
            }
            CommandSupport.output(spec).one(SubsidyStatementJson.of(s));
            return 0;
        }
    }
}
