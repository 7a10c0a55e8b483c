package org.mallcrm.domain.merchant;

import org.mallcrm.domain.common.Texts;

/**
 * Where a prospect came from (商户来源): 老客户介绍, 展会, 电话, 地推 … The mall keeps its own list, so the set is
 * open. Conversion rates are reported per lead source.
 */
public record LeadSource(String name) implements Comparable<LeadSource> {

    public LeadSource {
        name = Texts.requireName(name, "lead source", 40);
    }

    public static LeadSource of(String name) {
        return new LeadSource(name);
    }

    @Override
    public int compareTo(LeadSource o) {
        return name.compareTo(o.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
