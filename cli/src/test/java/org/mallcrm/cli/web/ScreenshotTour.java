package org.mallcrm.cli.web;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Takes screenshots of the pages as a person sees them, to look at (not a test):
 * {@code java -cp … ScreenshotTour BASE_URL LOGIN PASSWORD OUT_DIR [PATH…]}. Signs in, then visits each path at
 * desktop width; the sign-in page also at a phone's width.
 */
public final class ScreenshotTour {

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        List<String> paths = args.length > 4 ? List.of(args).subList(4, args.length)
                : List.of("/", "/floors", "/floors/1F", "/floors/1F?stall=1F-A-003", "/floors/2F?color=business_type",
                        "/stalls?status=VACANT", "/arrears", "/access", "/logs/sign-ins", "/nope");
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                var browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Browser.CHROMIUM)
                        .setArgs(List.of("--no-sandbox", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            var phone = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setLocale("zh-CN"));
            Page p = phone.newPage();
            p.navigate(base + "/login");
            p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("login-phone.png")));
            var desk = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1440, 900).setLocale("zh-CN"));
            Page d = desk.newPage();
            d.navigate(base + "/login");
            d.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("login-desktop.png")));
            d.fill("input[name=login]", args[1]);
            d.fill("input[name=password]", args[2]);
            d.click("button[type=submit]");
            d.waitForURL(u -> !u.contains("/login"));   // a staff console, or an app's home for an app account
            int i = 0;
            for (String path : paths) {
                d.navigate(base + path);
                d.waitForLoadState();
                d.waitForTimeout(600);
                String name = String.format("%02d-%s.png", i++, path.replaceAll("[^A-Za-z0-9]+", "_"));
                d.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name)).setFullPage(true));
                System.out.println(name + "  " + d.title());
            }
        }
    }
}
