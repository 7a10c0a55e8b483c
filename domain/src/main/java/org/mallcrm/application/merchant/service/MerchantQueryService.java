package org.mallcrm.application.merchant.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mallcrm.application.common.port.in.Page;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.merchant.port.in.MerchantQueries;
import org.mallcrm.application.merchant.port.out.Merchants;
import org.mallcrm.domain.merchant.Merchant;
import org.mallcrm.domain.merchant.MerchantNo;

/** Answers merchant queries from the repository; the cursor is the last merchant number of the page. */
public final class MerchantQueryService implements MerchantQueries {

    private final Merchants merchants;
    private final Clock clock;

    public MerchantQueryService(Merchants merchants, Clock clock) {
        this.merchants = merchants;
        this.clock = clock;
    }

    @Override
    public Optional<Merchant> find(MerchantNo no) {
        return merchants.find(no);
    }

    @Override
    public Page<Merchant> list(String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        MerchantNo after = cursor == null || cursor.isBlank() ? null : MerchantNo.of(cursor);
        List<Merchant> rows = merchants.list(after, limit + 1);
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Merchant> page = rows.subList(0, limit);
        return new Page<>(page, page.get(limit - 1).no().value());
    }

    @Override
    public LocalDate today() {
        return clock.today();
    }
}
