package org.mallcrm.adapters.http.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mallcrm.adapters.http.common.Bodies;
import org.mallcrm.application.common.port.in.UnreadableFileException;
import org.mallcrm.application.lease.port.in.LeaseUseCases;

/** The JSON Lines reader of lease imports: lines as readLine ends them, each held to what a request body may be. */
class LeaseLinesTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("leases.jsonl");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> lines(Path f) {
        return LeaseLines.read(f).stream().map(LeaseLinesTest::shown).toList();
    }

    private static String shown(LeaseUseCases.SpecLine l) {
        return l.line() + ":" + (l.spec() != null ? l.spec().leaseNo() : l.unreadable());
    }

    private static final String SPEC = "{\"lease_no\": \"L-1\", \"merchant_no\": \"M-0001\", \"stall_nos\": "
            + "[\"1F-A-001\"], \"start\": \"2026-01-15\", \"end\": \"2027-01-14\", \"rent_per_m2_month\": \"180.00\", "
            + "\"billing\": \"QUARTERLY\"}";

    @Test
    void lines_end_as_readline_ends_them_and_blank_lines_count() throws IOException {
        assertThat(lines(file("\uFEFF" + SPEC + "\r\n\r\n" + SPEC + "\r" + SPEC + "\n\n" + SPEC)))
                .containsExactly("1:L-1", "3:L-1", "4:L-1", "6:L-1");
    }

    @Test
    void a_line_longer_than_a_body_is_reported_by_its_number_and_the_next_lines_are_read() throws IOException {
        String endless = "{\"lease_no\": \"" + "x".repeat(Bodies.MAX_BYTES) + "\"}";

        assertThat(lines(file(SPEC + "\n" + endless + "\n" + SPEC + "\n"))).containsExactly("1:L-1",
                "2:not a lease spec: the line is longer than " + Bodies.MAX_BYTES + " characters, more than a spec "
                        + "may be", "3:L-1");
    }

    @Test
    void an_empty_file_says_what_it_should_hold() throws IOException {
        assertThatThrownBy(() -> LeaseLines.read(file(""))).isInstanceOf(UnreadableFileException.class)
                .hasMessage("the file is empty: expected one lease spec (a JSON object) a line");
    }
}
