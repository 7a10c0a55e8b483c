package org.mallcrm.cli.stall;

import java.time.LocalDate;
import java.util.Optional;
import org.mallcrm.application.stall.port.in.Approval;
import picocli.CommandLine.Option;

/** Who asks for a stall document, who approves it, and the day it takes effect. */
public final class TrailOptions {

    @Option(names = "--requested-by", paramLabel = "NAME",
            description = "Who asked for it (default: the OS user, ${sys:user.name}).")
    String requestedBy;

    @Option(names = "--approved-by", paramLabel = "NAME",
            description = "Who approved it (default: the OS user).")
    String approvedBy;

    @Option(names = "--on", paramLabel = "DATE",
            description = "The day it takes effect, YYYY-MM-DD (default: today, Beijing time).")
    LocalDate effectiveOn;

    Approval approval() {
        String me = System.getProperty("user.name", "unknown");
        return new Approval(requestedBy == null ? me : requestedBy, approvedBy == null ? me : approvedBy,
                Optional.ofNullable(effectiveOn));
    }
}
