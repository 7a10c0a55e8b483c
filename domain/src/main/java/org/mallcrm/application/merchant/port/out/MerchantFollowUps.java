package org.mallcrm.application.merchant.port.out;

import java.util.List;
import org.mallcrm.domain.merchant.FollowUp;
import org.mallcrm.domain.merchant.MerchantNo;

/** The agents' follow-up notes (跟进记录), kept in the order they were written. */
public interface MerchantFollowUps {

    void add(FollowUp followUp);

    /** One merchant's notes, oldest first (same-day notes in the order written). */
    List<FollowUp> of(MerchantNo merchant);

    /** Every note of the mall, in the order written. */
    List<FollowUp> all();
}
