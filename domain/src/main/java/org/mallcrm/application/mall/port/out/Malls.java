package org.mallcrm.application.mall.port.out;

import java.util.List;
import java.util.Optional;
import org.mallcrm.domain.mall.Mall;

/** The malls of the database (one group). */
public interface Malls {

    /** Every mall, by code. */
    List<Mall> list();

    Optional<Mall> find(String code);

    /** @return false when a mall with that code exists already */
    boolean add(Mall mall);
}
