package org.mallcrm.adapters.http.common;

/**
 * Which paths the JSON API answers (every other path is a web page's): the one test the server's two fallbacks share,
 * so that a path is never answered by both or by neither.
 */
public final class ApiPaths {

    private ApiPaths() {
    }

    /** True for {@code /api}, everything under {@code /api/}, {@code /health} and {@code /openapi.yaml}. */
    public static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health")
                || path.equals("/openapi.yaml");
    }
}
