package org.mallcrm.cli.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium driven by Playwright, for browser tests: one browser per test class, a fresh context (cookies,
 * storage) per page asked for. When a test fails, every page it opened is saved as a screenshot under
 * {@code target/browser-failures/}. Register with {@code @RegisterExtension static Browser browser = new Browser();}.
 */
public final class Browser implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    /** Where Debian puts Chromium; toolchain.md: Playwright cannot download browsers here. */
    public static final Path CHROMIUM = Path.of(System.getProperty("mallcrm.chromium", "/usr/bin/chromium"));
    public static final Path FAILURES = Path.of("target", "browser-failures");

    /** A desktop and a phone. */
    public enum Screen {
        DESKTOP(1440, 900), PHONE(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> open = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: apt-get install -y chromium fonts-noto-cjk "
                    + "(.ci/run does it)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
    }

    /** A new page in a context of its own (no cookies shared with other pages), at that screen size. */
    public Page page(Screen screen) {
        BrowserContext c = chromium.newContext(new NewContextOptions().setViewportSize(screen.width, screen.height)
                .setLocale("zh-CN").setTimezoneId("Asia/Shanghai"));
        c.setDefaultTimeout(20_000);
        open.add(c);
        return c.newPage();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (context.getExecutionException().isPresent()) {
                Files.createDirectories(FAILURES);
                int n = 0;
                for (BrowserContext c : open) {
                    for (Page p : c.pages()) {
                        Path file = FAILURES.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                                + context.getRequiredTestMethod().getName() + "-" + (n++) + ".png");
                        p.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                        System.err.println("browser test failed on " + p.url() + "; screenshot: "
                                + file.toAbsolutePath());
                    }
                }
            }
        } finally {
            for (BrowserContext c : open) {
                c.close();
            }
            open.clear();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
