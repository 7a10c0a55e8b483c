package org.mallcrm.archfixture.core.settings;

import org.mallcrm.archfixture.core.policy.FixturePolicy;

/** The settings catalogue may read the defaults: they are what a new mall starts with. */
public final class FixtureSettings {

    public int defaultDays() {
        return FixturePolicy.DEFAULT.days();
    }
}
