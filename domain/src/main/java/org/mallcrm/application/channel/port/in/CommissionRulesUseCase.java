package org.mallcrm.application.channel.port.in;

import org.mallcrm.domain.channel.CommissionRules;

/** The mall's commission rules: read (the defaults until set) and replace. */
public interface CommissionRulesUseCase {

    CommissionRules rules();

    void setRules(CommissionRules rules);
}
