package org.mallcrm.application.stall;

import org.mallcrm.application.stall.port.out.StallDocuments;
import org.mallcrm.fixtures.stall.InMemoryStallDocuments;
import org.mallcrm.fixtures.stall.StallDocumentsContract;

class InMemoryStallDocumentsTest extends StallDocumentsContract {

    @Override
    protected StallDocuments emptyDocuments() {
        return new InMemoryStallDocuments();
    }
}
