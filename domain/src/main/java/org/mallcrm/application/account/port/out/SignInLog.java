package org.mallcrm.application.account.port.out;

import java.util.List;
import org.mallcrm.domain.account.SignInEvent;

/** The sign-in log of one mall: appended to, read newest first. */
public interface SignInLog {

    void append(SignInEvent event);

    /** Events older than the cursor (null: the newest), newest first, at most {@code limit}. */
    List<Entry> page(String cursor, int limit);

    /** An event with the store's cursor for the next page. */
    record Entry(String cursor, SignInEvent event) {
    }
}
