package org.mallcrm.application.account.service;

import java.util.Optional;
import org.mallcrm.application.account.port.in.CallerMallQuery;
import org.mallcrm.application.account.port.out.CallerMalls;
import org.mallcrm.domain.account.LoginName;

/** Finds the mall of a web caller by its session token (stored only as its hash) or its login. */
public final class CallerMallService implements CallerMallQuery {

    private final CallerMalls malls;

    public CallerMallService(CallerMalls malls) {
        this.malls = malls;
    }

    @Override
    public Optional<String> mallOfSession(String token) {
        return token == null || token.isEmpty() ? Optional.empty() : malls.ofSession(SessionService.hash(token));
    }

    @Override
    public Optional<String> mallOfLogin(String login) {
        try {
            return malls.ofLogin(LoginName.of(login));
        } catch (IllegalArgumentException notALogin) {
            return Optional.empty();
        }
    }
}
