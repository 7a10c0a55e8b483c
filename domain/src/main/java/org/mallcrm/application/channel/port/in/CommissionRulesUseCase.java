package org.mallcrm.application.channel.port.in;

import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.channel.CommissionRules;

/**
 * The mall's commission rules: read and replace. The default policy is the mall's {@code commission.*} settings;
 * per-channel rules override it.
 */
public interface CommissionRulesUseCase {

    CommissionRules rules();

    /**
     * Replaces the rules (the default policy is written to the settings, audited as changed by {@code by}); invalid,
     * with the setting key at fault, when the default is outside what the settings accept.
     */
    Outcome<CommissionRules> setRules(CommissionRules rules, String by);
}
