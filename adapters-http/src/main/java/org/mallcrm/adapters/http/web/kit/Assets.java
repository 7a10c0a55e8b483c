package org.mallcrm.adapters.http.web.kit;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.mallcrm.adapters.http.common.Heads;

/**
 * The pages' static files, served from the jar under {@code /assets/}: the mallcrm scripts and style sheet, and
 * htmx and ECharts from their webjars (nothing is fetched from a CDN). Each is read once; its URL carries a hash of
 * its content, so browsers may keep it for a year and still get a new one after an upgrade. Gzipped when the
 * browser accepts it.
 */
public final class Assets {

    public static final String PREFIX = "/assets/";
    private static final String HTMX = "META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js";
    private static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private record Asset(String name, String type, byte[] body, byte[] gzipped, String hash) {
    }

    private final Map<String, Asset> byName = new LinkedHashMap<>();

    public Assets() {
        add("htmx.min.js", "text/javascript; charset=utf-8", HTMX);
        add("echarts.min.js", "text/javascript; charset=utf-8", ECHARTS);
        add("app.css", "text/css; charset=utf-8", "web/assets/app.css");
        add("app.js", "text/javascript; charset=utf-8", "web/assets/app.js");
        add("floor.js", "text/javascript; charset=utf-8", "web/assets/floor.js");
        add("charts.js", "text/javascript; charset=utf-8", "web/assets/charts.js");
        add(FAVICON, "image/svg+xml", "web/assets/favicon.svg");
    }

    /** The pages' icon, declared in the layout and also answered at {@code /favicon.ico}, where browsers look first. */
    public static final String FAVICON = "favicon.svg";
    public static final String FAVICON_PATH = "/favicon.ico";

    private void add(String name, String type, String resource) {
        byte[] body = read(resource);
        byName.put(name, new Asset(name, type, body, gzip(body), sha256(body).substring(0, 12)));
    }

    /** The URL of an asset, with its content hash. */
    public String url(String name) {
        Asset a = byName.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no asset " + name);
        }
        return PREFIX + a.hash() + "/" + name;
    }

    /** Answers {@code GET /assets/{hash}/{name}}; an old hash still gets today's file, but not for a year. */
    public void serve(ServerRequest req, ServerResponse res) {
        String hash = req.path().pathParameters().get("hash");
        Asset a = byName.get(req.path().pathParameters().get("name"));
        if (a == null) {
            res.status(Status.NOT_FOUND_404).header(HeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .send("no such asset".getBytes(StandardCharsets.UTF_8));
            return;
        }
        send(req, res, a, a.hash().equals(hash) ? "public, max-age=31536000, immutable" : "no-cache");
    }

    /** Answers {@code GET} (and {@code HEAD}) {@code /favicon.ico} with the icon, kept for a day. */
    public void favicon(ServerRequest req, ServerResponse res) {
        send(req, res, byName.get(FAVICON), "public, max-age=86400");
    }

    private static void send(ServerRequest req, ServerResponse res, Asset a, String cacheControl) {
        String etag = "\"" + a.hash() + "\"";
        res.header(HeaderNames.ETAG, etag);
        res.header(HeaderNames.CACHE_CONTROL, cacheControl);
        res.header(HeaderNames.VARY, "Accept-Encoding");
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        if (req.headers().first(HeaderNames.IF_NONE_MATCH).map(etag::equals).orElse(false)) {
            res.status(Status.NOT_MODIFIED_304).send();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, a.type());
        boolean gzip = req.headers().first(HeaderNames.ACCEPT_ENCODING).map(v -> v.contains("gzip")).orElse(false);
        if (gzip) {
            res.header(HeaderNames.CONTENT_ENCODING, "gzip");
        }
        Heads.send(req, res, gzip ? a.gzipped() : a.body());
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
