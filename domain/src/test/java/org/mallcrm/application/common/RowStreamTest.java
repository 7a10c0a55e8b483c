package org.mallcrm.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mallcrm.application.common.port.in.RowStream;

/** Rows made in memory read as a file's would: header, values by column, lines from 2. */
class RowStreamTest {

    @Test
    void rows_given_as_arrays_stand_on_the_lines_below_a_header() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"S1", "CHECKIN"});
        rows.add(new String[] {"S2", "CHANNEL"});
        RowStream s = RowStream.ofArrays(List.of("scan_id", "kind"), rows);

        assertThat(s.header()).containsExactly("scan_id", "kind");
        List<String> read = new ArrayList<>();
        while (s.next()) {
            assertThat(s.malformed()).isNull();
            read.add(s.line() + " " + s.value(0) + " " + s.value(1));
        }
        assertThat(read).containsExactly("2 S1 CHECKIN", "3 S2 CHANNEL");
        assertThat(s.next()).isFalse();
    }
}
