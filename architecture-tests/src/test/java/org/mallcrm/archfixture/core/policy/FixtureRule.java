package org.mallcrm.archfixture.core.policy;

/** A part of a policy with its default. */
public record FixtureRule(boolean on) {

    public static final FixtureRule DEFAULT = new FixtureRule(false);
}
