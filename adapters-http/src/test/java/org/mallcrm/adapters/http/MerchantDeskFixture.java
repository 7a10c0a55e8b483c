package org.mallcrm.adapters.http;

import org.mallcrm.adapters.http.merchant.MerchantDesk;
import org.mallcrm.application.merchantfile.service.MerchantFileService;
import org.mallcrm.fixtures.merchant.MerchantWorld;

/** The merchant desk's use cases over an in-memory merchant world (no leasing: its parts of the file are empty). */
final class MerchantDeskFixture {

    private MerchantDeskFixture() {
    }

    static MerchantDesk.UseCases useCases(MerchantWorld w) {
        return new MerchantDesk.UseCases(w.queries, w.pipeline, w.credit, w.requestCases,
                new MerchantFileService(w.merchants, w.pipeline, w.credit, w.requestCases, null, null, null, w.clock));
    }
}
