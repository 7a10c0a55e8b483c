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

    /** Every merchant's name by number, read a page at a time (a mall has a few hundred to a few thousand). */
    default java.util.Map<MerchantNo, String> names() {
        java.util.Map<MerchantNo, String> names = new java.util.HashMap<>();
        String cursor = null;
        do {
            Page<Merchant> page = list(cursor, MAX_PAGE);
            page.items().forEach(m -> names.put(m.no(), m.name()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return java.util.Map.copyOf(names);
    }

    /** Today in the mall, for dwell times. */
    LocalDate today();
}
