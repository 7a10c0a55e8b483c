package org.mallcrm.cli.coupon;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.mallcrm.adapters.http.common.Json;
import org.mallcrm.adapters.http.coupon.RefusalJson;
import org.mallcrm.application.common.port.in.RowError;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.ExitCodes;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.cli.output.Format;
import org.mallcrm.domain.campaign.Refusal;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How the coupon commands end when a business rule says no: exit 1, and on stderr {@code {"refused": CODE,
 * "detail": …}} with {@code --format json}, a sentence naming the code otherwise. Bad input ends with 65, every field
 * named.
 */
final class Refusals {

    private Refusals() {
    }

    static int refused(CommandSpec spec, Refusal<?> refusal) {
        PrintWriter err = CommandSupport.err(spec);
        if (CommandSupport.root(spec).format() == Format.JSON) {
            try {
                err.println(Json.mapper().writeValueAsString(RefusalJson.of(refusal)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write JSON", e);
            }
        } else {
            err.println("refused (" + refusal.code().name() + "): " + refusal.detail());
        }
        err.flush();
        return ExitCodes.REFUSED;
    }

    static CliException invalid(List<RowError> errors) {
        return new CliException(ExitCodes.DATA_ERROR, "bad input, nothing written:\n" + errors.stream()
                .map(CliOutcomes::describe).collect(Collectors.joining("\n")));
    }

    static CliException invalid(String field, String value, String reason) {
        return invalid(List.of(new RowError(0, field, value == null ? "" : value, reason)));
    }

    /** {@code --at}: an ISO-8601 instant with its offset; bad input otherwise. */
    static Instant at(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid("--at", text, "not an ISO-8601 instant with an offset, e.g. 2026-10-01T10:00:00+08:00");
        }
    }
}
