package org.mallcrm.application.merchant.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;

/** Reading the merchant register: one by number, or a page in number order. */
public interface MerchantQueries {

    int MAX_PAGE = 1000;

    Optional<Merchant> find(MerchantNo no);

    /** @param cursor the previous page's {@code nextCursor}, or null for the first */
    Page<Merchant> list(String cursor, int limit);

    /** Today in the mall, for dwell times. */
    LocalDate today();
}
