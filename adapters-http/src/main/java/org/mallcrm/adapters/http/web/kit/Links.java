package org.mallcrm.adapters.http.web.kit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How the pages put a value into a link they build: escaped, whatever it holds. A code may carry characters that
 * mean something in a URL ({@code 90+} reads as {@code 90 } in a query, {@code &}, {@code #}, spaces, Chinese), so
 * every value concatenated into a query is written {@code "/arrears?age=" + enc(a.code())}.
 */
public final class Links {

    private Links() {
    }

    /** {@code value} escaped for a query string ({@code application/x-www-form-urlencoded}, UTF-8). */
    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
