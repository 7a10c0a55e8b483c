package org.mallcrm.cli.bench;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.mallcrm.cli.web.Browser;

/**
 * How long a floor of many stalls takes in headless Chromium: from asking for {@code /floors/{floor}} until every
 * stall of the plan is drawn (in the page and painted), then from clicking a stall until its card shows. Target:
 * both within 1 s for 5,000 stalls.
 *
 * <pre>
 *   bench/floor-browser.sh [STALLS]       # imports a floor of STALLS stalls, serves it and runs this
 *   java -cp … FloorPlanBrowserBenchmark BASE LOGIN PASSWORD FLOOR STALLS [RUNS]
 * </pre>
 */
public final class FloorPlanBrowserBenchmark {

    private FloorPlanBrowserBenchmark() {
    }

    public static void main(String[] args) {
        String base = args[0];
        String floor = args[3];
        int stalls = Integer.parseInt(args[4]);
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                var browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Browser.CHROMIUM)
                        .setArgs(List.of("--no-sandbox", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            var context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1440, 900));
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.fill("input[name=login]", args[1]);
            page.fill("input[name=password]", args[2]);
            page.click("button[type=submit]");
            page.waitForURL(base + "/");
            long[] drawn = new long[runs];
            long[] selected = new long[runs];
            for (int i = 0; i < runs + 1; i++) {
                page.navigate(base + "/floors/" + floor);
                // timed by the page's own clock, from the start of the navigation: every stall in the page, then
                // two frames so that the plan has been painted
                page.waitForFunction("n => document.querySelectorAll('#floor-plan g.stall').length === n", stalls);
                Number painted = (Number) page.evaluate("() => new Promise(r => requestAnimationFrame(() => "
                        + "requestAnimationFrame(() => r(performance.now()))))");
                // a click on a stall in the middle of the plan, until its card is in the page and painted
                Number picked = (Number) page.evaluate("() => new Promise(resolve => {"
                        + " const all = document.querySelectorAll('#floor-plan g.stall');"
                        + " const g = all[Math.floor(all.length / 2)]; const no = g.getAttribute('data-stall-no');"
                        + " const t0 = performance.now();"
                        + " const seen = () => document.querySelector('#stall-card .card[data-stall-no=\"' + no + '\"]');"
                        + " new MutationObserver((m, o) => { if (seen()) { o.disconnect();"
                        + "   requestAnimationFrame(() => resolve(performance.now() - t0)); } })"
                        + "   .observe(document.getElementById('stall-card'), {childList: true, subtree: true});"
                        + " g.dispatchEvent(new MouseEvent('click', {bubbles: true})); })");
                if (i > 0) {
                    drawn[i - 1] = Math.round(painted.doubleValue() * 1_000_000);
                    selected[i - 1] = Math.round(picked.doubleValue() * 1_000_000);
                }
            }
            Arrays.sort(drawn);
            Arrays.sort(selected);
            System.out.printf("floor %s, %d stalls, %d runs after one warm-up%n", floor, stalls, runs);
            System.out.printf("  drawn (navigate → every stall painted): median %d ms, worst %d ms%n",
                    drawn[runs / 2] / 1_000_000, drawn[runs - 1] / 1_000_000);
            System.out.printf("  selected (click → card shown):          median %d ms, worst %d ms%n",
                    selected[runs / 2] / 1_000_000, selected[runs - 1] / 1_000_000);
            System.out.printf("  together: median %d ms (target ≤ 1000 ms)%n",
                    (drawn[runs / 2] + selected[runs / 2]) / 1_000_000);
        }
    }
}
