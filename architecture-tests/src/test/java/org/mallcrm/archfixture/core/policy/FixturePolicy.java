package org.mallcrm.archfixture.core.policy;

/** A policy with defaults, as the domain's are: DEFAULT built from other defaults is allowed. */
public record FixturePolicy(int days, FixtureRule rule) {

    public static final FixturePolicy DEFAULT = new FixturePolicy(30, FixtureRule.DEFAULT);

    public static FixturePolicy defaults() {
        return DEFAULT;
    }
}
