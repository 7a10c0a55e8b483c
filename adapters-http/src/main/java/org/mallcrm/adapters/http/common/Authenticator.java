package org.mallcrm.adapters.http.common;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Arrays;
import org.mallcrm.application.access.port.in.AccessTokenUseCases;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;

/** Bearer-token authentication: who is calling, and may their role use this route. */
public final class Authenticator {

    private final AccessTokenUseCases tokens;

    public Authenticator(AccessTokenUseCases tokens) {
        this.tokens = tokens;
    }

    /** The caller, or 401. */
    public Principal principal(ServerRequest req) {
        String header = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized();
        }
        return tokens.authenticate(header.substring(7).strip()).orElseThrow(ApiException::unauthorized);
    }

    /** The caller, who must have one of the roles (401 without a token, 403 with the wrong role). */
    public Principal require(ServerRequest req, Role... roles) {
        Principal p = principal(req);
        if (Arrays.stream(roles).noneMatch(r -> r == p.role())) {
            throw ApiException.forbidden("this resource is for " + Arrays.toString(roles) + "; your token is "
                    + p.role());
        }
        return p;
    }
}
