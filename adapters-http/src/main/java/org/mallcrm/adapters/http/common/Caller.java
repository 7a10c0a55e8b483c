package org.mallcrm.adapters.http.common;

import io.helidon.webserver.http.ServerRequest;
import org.mallcrm.domain.access.Principal;
import org.mallcrm.domain.access.Role;
import org.mallcrm.domain.buyer.BuyerId;
import org.mallcrm.domain.channel.ChannelCode;
import org.mallcrm.domain.merchant.MerchantNo;

/**
 * The caller of a route, as the route filter found it from the token: routes never authenticate or check roles
 * themselves, they ask who is calling (and, in the apps' own routes, which merchant, buyer or channel that is).
 */
public final class Caller {

    private static final String KEY = Caller.class.getName();

    private Caller() {
    }

    /** Sets the caller: only the route filter (ApiRoutes) does. */
    public static void set(ServerRequest req, Principal p) {
        req.context().register(KEY, p);
    }

    /** The caller; only routes the table opens to everyone have none (a 401). */
    public static Principal of(ServerRequest req) {
        return req.context().get(KEY, Principal.class).orElseThrow(ApiException::unauthorized);
    }

    /** The merchant a MERCHANT token is bound to. */
    public static MerchantNo merchant(ServerRequest req) {
        return MerchantNo.of(subject(req, Role.MERCHANT));
    }

    /** The buyer a BUYER token is bound to. */
    public static BuyerId buyer(ServerRequest req) {
        return BuyerId.of(subject(req, Role.BUYER));
    }

    /** The channel a CHANNEL token is bound to. */
    public static ChannelCode channel(ServerRequest req) {
        return ChannelCode.of(subject(req, Role.CHANNEL));
    }

    private static String subject(ServerRequest req, Role role) {
        Principal p = of(req);
        if (p.role() != role) {
            throw ApiException.forbidden("this resource is for " + role + "; your token is " + p.role());
        }
        return p.subject().orElseThrow();
    }
}
