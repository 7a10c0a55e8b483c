package org.mallcrm.cli.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How fast the console's pages answer on a running server: signs in, warms every page up, then requests each page
 * {@code RUNS} times one after another (a person clicking, not a load test) and prints p50, p95 and max per page.
 *
 * <pre>
 *   bench/console.sh                      # serves a fresh demo mall and runs this against it
 *   java -cp … ConsolePagesBenchmark BASE LOGIN PASSWORD [RUNS]
 * </pre>
 */
public final class ConsolePagesBenchmark {

    /** The pages a member of staff opens; target p95 ≤ 100 ms each on the demo mall. */
    static final List<String> PAGES = List.of("/", "/floors", "/floors/1F", "/floors/2F?color=business_type",
            "/stalls/1F-A-005/card", "/stalls?status=VACANT", "/stalls?floor=1F", "/leases?expiring_within=90",
            "/leases", "/bills", "/arrears", "/reminders", "/merchants", "/merchants/board", "/merchants/M-0001",
            "/leases/L-DEMO-0001", "/trips", "/statements", "/settlements", "/campaigns", "/buyers", "/buyers/stats",
            "/requests", "/commission-rules", "/imports", "/settings", "/access", "/users", "/logs/sign-ins",
            "/logs/operations", "/login");

    private ConsolePagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no sign-in form at " + base + "/login");
        }
        String form = "_csrf=" + m.group(1) + "&login=" + URLEncoder.encode(args[1], StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(args[2], StandardCharsets.UTF_8);
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (in.statusCode() != 303) {
            throw new IllegalStateException("sign-in refused: " + in.statusCode());
        }
        System.out.printf("%-34s %6s %8s %8s %8s %9s%n", "page", "status", "p50 ms", "p95 ms", "max ms", "bytes");
        List<Double> worst = new ArrayList<>();
        for (String page : PAGES) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + page)).header("Accept-Encoding", "identity")
                    .build();
            int status = 0;
            long bytes = 0;
            for (int i = 0; i < 20; i++) {
                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                status = r.statusCode();
                bytes = r.body().length;
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            double p50 = nanos[runs / 2] / 1e6;
            double p95 = nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6;
            worst.add(p95);
            System.out.printf("%-34s %6d %8.1f %8.1f %8.1f %9d%n", page, status, p50, p95, nanos[runs - 1] / 1e6,
                    bytes);
        }
        System.out.printf("worst p95 over the pages: %.1f ms (target ≤ 100 ms)%n",
                worst.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }
}
