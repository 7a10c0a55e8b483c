package org.mallcrm.application.channel.port.out;

import java.util.Optional;
import org.mallcrm.domain.channel.CommissionRules;

/** Where the mall's commission rules are kept; absent until first set (the defaults apply). */
public interface CommissionRulesStore {

    Optional<CommissionRules> load();

    void save(CommissionRules rules);
}
