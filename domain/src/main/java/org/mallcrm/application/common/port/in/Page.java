package org.mallcrm.application.common.port.in;

import java.util.List;

/** One page of a list, and the cursor of the next page (null on the last). */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
