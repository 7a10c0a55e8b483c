package org.mallcrm.cli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser of the web pages without a browser: its own cookies, redirects not followed (tests look at them), and
 * the CSRF token of the last page it signed in to.
 */
public final class WebVisitor {

    public final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    public String csrf = "";

    public WebVisitor(String base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page a redirect sends to (the location of {@code r}, which is any answer with one, e.g. a 303). */
    public HttpResponse<String> follow(HttpResponse<String> r) throws IOException, InterruptedException {
        return get(r.headers().firstValue("location").orElseThrow().replace(base, ""));
    }

    /** Posts the sign-in form; once signed in (303), keeps the CSRF token of the page it is sent to. */
    public HttpResponse<String> signIn(String login, String password) throws IOException, InterruptedException {
        csrf = token(get("/login").body());
        HttpResponse<String> in = post("/login", "_csrf=" + csrf + "&login=" + enc(login) + "&password=" + enc(password));
        if (in.statusCode() == 303) {   // the page it lands on (a home may send it on, e.g. a buyer to /m/coupons)
            HttpResponse<String> page = in;
            for (int hops = 0; hops < 3 && page.statusCode() == 303; hops++) {
                page = follow(page);
            }
            csrf = token(page.body());
        }
        return in;
    }

    /** Signs in, which must succeed. */
    public WebVisitor signedIn(String login, String password) throws IOException, InterruptedException {
        assertThat(signIn(login, password).statusCode()).as(login + " signs in").isEqualTo(303);
        return this;
    }

    /** The CSRF token a page carries in its forms. */
    public static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    /** A form field's value, URL-encoded as a browser posts it. */
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
