package org.mallcrm.cli.merchant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.merchant.MerchantJson;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.OptionValues;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm merchants …}: the merchant register. */
@Command(name = "merchants",
        mixinStandardHelpOptions = true,
        description = {"Merchants (商户): the register, the pipeline, follow-ups, contacts, the log and reports.",
            "",
            "Merchants come in with 'mallcrm import merchants FILE'. A merchant's JSON has its stage and "
                + "stage_history [{stage, entered_on, left_on, dwell_days}]; 'show' is the 360° file."},
        subcommands = {MerchantsSubcommand.ListMerchants.class, MerchantsSubcommand.ShowMerchant.class,
            PipelineCommands.Advance.class, PipelineCommands.FollowUp.class, PipelineCommands.FollowUps.class,
            PipelineCommands.Contacts.class, PipelineCommands.Log.class, PipelineCommands.Report.class})
public final class MerchantsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final List<String> TABLE_COLUMNS = List.of("merchant_no", "name", "contact_name", "phone", "stage",
            "dwell_days", "grade", "business_type", "province");

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List merchants in number order.", "", "With their current stage and days in it."})
    static final class ListMerchants implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            MerchantQueries queries = CommandSupport.context(spec).merchantQueries();
            List<MerchantJson> all = new ArrayList<>();
            String cursor = null;
            do {
                Page<Merchant> page = queries.list(cursor, MerchantQueries.MAX_PAGE);
                page.items().forEach(m -> all.add(MerchantJson.of(m, queries.today())));
                cursor = page.nextCursor();
            } while (cursor != null);
            CommandSupport.output(spec).list(all, TABLE_COLUMNS);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show one merchant's 360° file (360°商户档案).", "",
                "Contacts, grade, stage and stage_history (dwell days), follow-ups, placements, leases, outstanding "
                    + "bills, earnest money, credit, overtime/repair/feedback requests and the operations log."})
    static final class ShowMerchant implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "MERCHANT_NO", description = "The merchant's number, e.g. M-0001.")
        String no;

        @picocli.CommandLine.Option(names = "--as-of", paramLabel = "DATE",
                description = "The day the file is taken as of (default: today).")
        java.time.LocalDate asOf;

        @Override
        public Integer call() {
            var ctx = CommandSupport.context(spec);
            var file = ctx.merchantFiles().file(OptionValues.id(no, MerchantNo::of), asOf)
                    .orElseThrow(() -> CliException.notFound("merchant " + no));
            CommandSupport.output(spec).one(org.mallcrm.adapters.http.merchant.MerchantFileJson.of(file,
                    asOf == null ? ctx.merchantQueries().today() : asOf));
            return 0;
        }
    }
}
