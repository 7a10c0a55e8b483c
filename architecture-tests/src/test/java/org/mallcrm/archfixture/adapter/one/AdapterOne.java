package org.mallcrm.archfixture.adapter.one;

import org.mallcrm.archfixture.adapter.two.AdapterTwo;

/** Breaks the rules on purpose: one adapter using another. */
public final class AdapterOne {

    public AdapterTwo other() {
        return new AdapterTwo();
    }
}
