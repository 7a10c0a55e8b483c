package org.mallcrm.application.mall.port.in;

import java.util.List;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.domain.mall.Mall;

/** The malls of the group: list them, add one. */
public interface MallUseCases {

    List<Mall> list();

    /** Adds a mall; invalid code or name (field and reason), refused when the code is taken. */
    Outcome<Mall> create(String code, String name);
}
