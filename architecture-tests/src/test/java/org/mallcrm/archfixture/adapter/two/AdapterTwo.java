package org.mallcrm.archfixture.adapter.two;

/** The adapter AdapterOne wrongly uses. */
public final class AdapterTwo {
}
