package org.mallcrm.application.mall.service;

import java.util.List;
import org.mallcrm.application.common.port.in.Outcome;
import org.mallcrm.application.common.port.out.Clock;
import org.mallcrm.application.common.port.out.UnitOfWork;
import org.mallcrm.application.mall.port.in.MallUseCases;
import org.mallcrm.application.mall.port.out.Malls;
import org.mallcrm.domain.mall.Mall;

/**
 * Lists and adds malls. A new mall starts with every setting at its default (settings never set read as their
 * default) and no records.
 */
public final class MallService implements MallUseCases {

    private final Malls malls;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public MallService(Malls malls, UnitOfWork unitOfWork, Clock clock) {
        this.malls = malls;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public List<Mall> list() {
        return malls.list();
    }

    @Override
    public Outcome<Mall> create(String code, String name) {
        String c;
        try {
            c = Mall.normalizeCode(code);
        } catch (IllegalArgumentException e) {
            return Outcome.invalid("code", code, e.getMessage());
        }
        if (name == null || name.isBlank()) {
            return Outcome.invalid("name", name, "a mall needs a name");
        }
        Mall mall;
        try {
            mall = new Mall(c, name, clock.now());
        } catch (IllegalArgumentException e) {
            return Outcome.invalid("name", name, e.getMessage());
        }
        return unitOfWork.inTransaction(() -> malls.add(mall) ? Outcome.done(mall)
                : Outcome.refused("a mall with code " + c + " exists already"));
    }
}
