package org.mallcrm.application.buyer.port.out;

import java.util.SortedSet;
import org.mallcrm.domain.stall.BusinessType;

/** The mall's business types (业态): what a buyer's main category may be. The store reads them off its stalls. */
public interface MallBusinessTypes {

    SortedSet<BusinessType> all();
}
