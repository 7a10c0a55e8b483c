package org.mallcrm.archfixture.core.policy;

/** Breaks the rule on purpose: a use of a policy's DEFAULT outside the settings, where a mall's setting belongs. */
public final class ReadsADefault {

    public int days() {
        return FixturePolicy.DEFAULT.days();
    }

    public boolean on() {
        return FixturePolicy.defaults().rule().on();
    }
}
