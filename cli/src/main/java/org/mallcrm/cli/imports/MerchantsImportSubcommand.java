package org.mallcrm.cli.imports;

import java.util.concurrent.Callable;
import org.mallcrm.application.merchant.port.in.ImportMerchantsUseCase;
import org.mallcrm.cli.CommandSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mallcrm import merchants FILE}. */
@Command(name = "merchants",
        mixinStandardHelpOptions = true,
        description = {
            "Import merchants (商户).",
            "",
            "Columns, in any order: merchant_no, name, contact_name, phone, lead_source, stage (PROSPECT, "
                + "NEGOTIATING, QUALIFIED, PLACED, SIGNED, OPERATING, EXITING, EXITED; empty = PROSPECT), grade "
                + "(A–D or empty), business_type, province; optional stage_entered_on (YYYY-MM-DD, not in the "
                + "future: the day the merchant entered its stage, e.g. in the system the pipeline comes from).",
            "",
            "A new merchant enters its stage on stage_entered_on, else today, and its dwell time counts from "
                + "then. A row whose merchant_no exists with other values is an error unless --update, which "
                + "moves it to the new stage on stage_entered_on (else today) when the pipeline allows the move, "
                + "or re-dates the stage of a merchant the pipeline has not moved since its import.",
        })
public final class MerchantsImportSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportFileOptions file;

    @Override
    public Integer call() {
        ImportMerchantsUseCase useCase = CommandSupport.context(spec).importMerchants();
        return ImportRunner.run(file, CommandSupport.err(spec),
                rows -> useCase.importMerchants(rows, ImportRunner.options(file)), "merchants");
    }
}
