package org.mallcrm.cli.lease;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.lease.DepositJson;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.lease.port.in.EarnestMoneyUseCases;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.OptionValues;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.domain.deposit.EarnestKind;
import org.mallcrm.domain.deposit.EarnestMoney;
import org.mallcrm.domain.merchant.MerchantNo;
import org.mallcrm.domain.money.Money;
import org.mallcrm.domain.stall.StallNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm deposits …}: earnest money (订金/定金) that locks stalls. */
@Command(name = "deposits",
        mixinStandardHelpOptions = true,
        description = {"Hold, refund, forfeit and expire earnest money (订金/定金) on stalls.",
            "",
            "A hold locks the stall (RESERVED) for the hold period; a second hold on a locked stall is refused, "
                + "even from another process at the same moment. PREPAYMENT (订金) is refundable; EARNEST (定金) "
                + "counts up to 20 %% of the lease's total rent, forfeited if the merchant walks away, returned "
                + "double if the mall does. Signing a lease for the stall applies it."},
        subcommands = {DepositsSubcommand.Hold.class, DepositsSubcommand.Refund.class, DepositsSubcommand.Forfeit.class,
            DepositsSubcommand.ReturnDouble.class, DepositsSubcommand.Expire.class, DepositsSubcommand.Show.class,
            DepositsSubcommand.ListDeposits.class})
public final class DepositsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Money money(String option, String value) {
        return OptionValues.money(option, value);
    }

    @Command(name = "hold", mixinStandardHelpOptions = true,
            description = {"Take earnest money and lock a stall.",
                "", "Prints the deposit; exit 1 when the stall is not vacant or already locked."})
    static final class Hold implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "STALL_NO")
        String stall;

        @Option(names = "--merchant", required = true, paramLabel = "M")
        String merchant;

        @Option(names = "--amount", required = true, paramLabel = "A", description = "Yuan.")
        String amount;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "PREPAYMENT or EARNEST.")
        EarnestKind kind;

        @Option(names = "--days", paramLabel = "N",
                description = "Days the lock lasts, 1 to 366 (default: the mall's deposit.hold_days, 30 unless set).")
        Integer days;

        @Option(names = "--on", paramLabel = "DATE", description = "The day it is received (default: today).")
        LocalDate on;

        @Option(names = "--contract-value", paramLabel = "A",
                description = "The expected lease total rent the 定金 cap is taken on (else known at signing).")
        String contractValue;

        @Option(names = "--deposit-no", paramLabel = "NO", description = "Its number (default: D-000001 …).")
        String depositNo;

        @Override
        public Integer call() {
            EarnestMoney e = CliOutcomes.value(CommandSupport.context(spec).deposits().hold(
                    new EarnestMoneyUseCases.Hold(List.of(StallNo.of(stall)), MerchantNo.of(merchant),
                            money("--amount", amount), kind, on, days,
                            contractValue == null ? null : money("--contract-value", contractValue), depositNo)));
            CommandSupport.output(spec).one(DepositJson.of(e, null));
            return 0;
        }
    }

    /** A step that settles a deposit by its number and prints it with what is paid back. */
    abstract static class SettleStep implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DEPOSIT_NO")
        String no;

        abstract Outcome<EarnestMoneyUseCases.Settled> settle(EarnestMoneyUseCases deposits, String depositNo);

        @Override
        public Integer call() {
            EarnestMoneyUseCases.Settled s = CliOutcomes.value(settle(CommandSupport.context(spec).deposits(), no));
            CommandSupport.output(spec).one(DepositJson.of(s.earnestMoney(), s.payBack()));
            return 0;
        }
    }

    @Command(name = "refund", mixinStandardHelpOptions = true,
            description = {"Refund everything still held.", "", "Releases the stall when it is still locked."})
    static final class Refund extends SettleStep {

        @Override
        Outcome<EarnestMoneyUseCases.Settled> settle(EarnestMoneyUseCases deposits, String depositNo) {
            return deposits.refund(depositNo);
        }
    }

    @Command(name = "forfeit", mixinStandardHelpOptions = true,
            description = {"The merchant walks away: the 定金 is forfeited, the rest refunded.",
                "", "A PREPAYMENT is refunded in full. pay_back is what the mall refunds."})
    static final class Forfeit extends SettleStep {

        @Override
        Outcome<EarnestMoneyUseCases.Settled> settle(EarnestMoneyUseCases deposits, String depositNo) {
            return deposits.forfeit(depositNo);
        }
    }

    @Command(name = "return-double", mixinStandardHelpOptions = true,
            description = {"The mall walks away: it pays back double the 定金 plus the rest.",
                "", "A PREPAYMENT is refunded in full. pay_back is what the mall pays."})
    static final class ReturnDouble extends SettleStep {

        @Override
        Outcome<EarnestMoneyUseCases.Settled> settle(EarnestMoneyUseCases deposits, String depositNo) {
            return deposits.returnDouble(depositNo);
        }
    }

    @Command(name = "expire", mixinStandardHelpOptions = true,
            description = {"End holds whose lock ran out and release their stalls.",
                "", "The money stays held (to refund or apply); prints the deposits it expired."})
    static final class Expire implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The day (default: today).")
        LocalDate asOf;

        @Override
        public Integer call() {
            List<DepositJson> rows = CommandSupport.context(spec).deposits().expire(asOf).stream()
                    .map(e -> DepositJson.of(e, null)).toList();
            CommandSupport.output(spec).list(rows, List.of("deposit_no", "merchant_no", "stall_nos", "status",
                    "locked_through", "held"));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = {"Show one deposit.", ""})
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DEPOSIT_NO")
        String no;

        @Override
        public Integer call() {
            EarnestMoney e = CommandSupport.context(spec).deposits().find(no)
                    .orElseThrow(() -> CliException.notFound("earnest money " + no));
            CommandSupport.output(spec).one(DepositJson.of(e, null));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"List deposits in number order.", ""})
    static final class ListDeposits implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            EarnestMoneyUseCases d = CommandSupport.context(spec).deposits();
            List<DepositJson> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<EarnestMoney> page = d.list(cursor, 1000);
                page.items().forEach(e -> all.add(DepositJson.of(e, null)));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).list(all, List.of("deposit_no", "merchant_no", "stall_nos", "kind", "status",
                    "received", "locked_through", "held"));
            return 0;
        }
    }
}
