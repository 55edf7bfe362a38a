package org.onewindow.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Playwright and one headless Debian chromium per test JVM (the driver unpacks for seconds);
 * each test opens its own browser context, so cookies never leak between tests.
 */
public final class Browsers {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static Browser browser;

    private Browsers() {}

    public static synchronized Browser chromium() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException(
                        "Browser tests need Debian's chromium: run scripts/test.sh, or apt-get install chromium");
            }
            Playwright playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }
}
