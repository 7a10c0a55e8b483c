package org.mallcrm.adapters.http.common;

import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
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
    private static final String TO_CONFIRM = Caller.class.getName() + ".toConfirm";

    /** The hash of a caller's token that the route confirms in its own write. */
    private record ToConfirm(String hash) {
    }

    private Caller() {
    }

    /** Sets the caller: only the route filter (ApiRoutes) does. */
    public static void set(ServerRequest req, Principal p) {
        req.context().register(KEY, p);
    }

    /**
     * Sets a caller recognized from a token seen live before, not yet confirmed: only the route filter does, for a
     * route whose row says it confirms the token in its own write ({@link #tokenToConfirm}).
     */
    public static void setRecognized(ServerRequest req, Principal p, String tokenHash) {
        req.context().register(KEY, p);
        req.context().register(TO_CONFIRM, new ToConfirm(tokenHash));
    }

    /**
     * The hash of the caller's token when the route is to confirm it live in the transaction of its write (and answer
     * 401 when it is not), or empty when the route filter confirmed it already.
     */
    public static Optional<String> tokenToConfirm(ServerRequest req) {
        return req.context().get(TO_CONFIRM, ToConfirm.class).map(ToConfirm::hash);
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
