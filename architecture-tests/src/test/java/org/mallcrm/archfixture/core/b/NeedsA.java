package org.mallcrm.archfixture.core.b;

import org.mallcrm.archfixture.adapter.one.AdapterOne;
import org.mallcrm.archfixture.core.a.ReadsTheClock;

/** Breaks the rules on purpose: depends back on a (a cycle) and on an adapter (not the JDK). */
public final class NeedsA {

    public ReadsTheClock back() {
        return null;
    }

    public AdapterOne adapter() {
        return null;
    }
}
