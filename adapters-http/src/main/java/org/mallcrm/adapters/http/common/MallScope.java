package org.mallcrm.adapters.http.common;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.function.Function;

/**
 * The mall of the request being handled. The route filter sets it from the caller (the mall of its token or
 * account) around the route; the use cases the server was given for "the mall of the request" ({@link #perMall})
 * then act on that mall's stores. A server of one mall (the tests' fixtures) never needs it.
 *
 * <p>A request is handled on one thread from the filter to the reply, so the mall is kept per thread, and cleared
 * when the route returns.
 */
public final class MallScope {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private MallScope() {
    }

    /** Work that may throw, like a route. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} with {@code mall} as the request's mall (none: the mall stays unknown). */
    public static void within(Optional<String> mall, Work work) throws Exception {
        String before = CURRENT.get();
        CURRENT.set(mall.orElse(null));
        try {
            work.run();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    /** The mall of the request being handled. */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * A {@code port} whose every call goes to the instance for the mall of the request being handled:
     * {@code forMall} gives it by mall code (and may keep one per mall). A call outside a request with a mall is a
     * programming error.
     */
    public static <T> T perMall(Class<T> port, Function<String, T> forMall) {
        if (!port.isInterface()) {
            throw new IllegalArgumentException(port + " is not an interface");
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(port, proxy, method, args);
            }
            String mall = CURRENT.get();
            if (mall == null) {
                throw new IllegalStateException(port.getSimpleName() + "." + method.getName()
                        + " was called outside a request of a known mall");
            }
            try {
                return method.invoke(forMall.apply(mall), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    private static Object objectMethod(Class<?> port, Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> port.getSimpleName() + " of the request's mall";
        };
    }
}
