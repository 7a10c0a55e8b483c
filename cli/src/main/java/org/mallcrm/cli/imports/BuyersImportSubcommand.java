package org.mallcrm.cli.imports;

import java.util.concurrent.Callable;
import org.mallcrm.application.buyer.port.in.ImportBuyersUseCase;
import org.mallcrm.cli.CommandSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mallcrm import buyers FILE}. */
@Command(name = "buyers",
        mixinStandardHelpOptions = true,
        description = {
            "Import buyers (下游客户).",
            "",
            "Columns, in any order: buyer_id, name, phone (a mainland mobile, unique in the mall; spaces, dashes and "
                + "+86 are dropped), main_category (one of the mall's business types), province (one of the 34, "
                + "浙江 or 浙江省), transport_mode (COACH, SELF_DRIVE, TRAIN, FLIGHT, LOGISTICS, OTHER or the Chinese "
                + "name). The last three may be empty.",
            "",
            "A buyer known only from scans keeps its visits when it is imported. A row whose buyer_id exists with "
                + "other values is an error unless --update.",
        })
public final class BuyersImportSubcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ImportFileOptions file;

    @Override
    public Integer call() {
        ImportBuyersUseCase useCase = CommandSupport.context(spec).importBuyers();
        return ImportRunner.run(file, CommandSupport.err(spec),
                rows -> useCase.importBuyers(rows, ImportRunner.options(file)), "buyers");
    }
}
