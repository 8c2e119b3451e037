package org.sovplan.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (the distribution's {@code chromium} and {@code chromedriver}, which
 * {@code ./sovplan test} installs where missing), with a fresh profile, so that every browser signs in
 * from scratch. Nothing is downloaded: the paths are given to Selenium, so Selenium Manager never runs.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Path profile;
    private final ChromeDriver driver;
    private final Path screenshots;

    Browser(Path build) {
        Path chromium = executable("SOVPLAN_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = executable("SOVPLAN_CHROMEDRIVER", "/usr/bin/chromedriver");
        try {
            profile = Files.createTempDirectory("sovplan-chromium-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        screenshots = build.resolve("screenshots");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-gpu",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1440,1100", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().withLogFile(build.resolve("stack-logs/chromedriver.log").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
    }

    private static Path executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(path + " is missing: the browser tests need Debian's chromium and "
                    + "chromium-driver (./sovplan test installs them as root: apt-get install chromium chromium-driver), "
                    + "or set " + variable);
        }
        return path;
    }

    /** Opens the gateway's page and signs in through Keycloak's login form as a demo user (password = name). */
    Browser signIn(String gatewayUrl, String user) {
        driver.get(gatewayUrl + "/");
        return signInAgain(user);
    }

    /** Clicks the page's sign-in button (on the page, or in the session-expired banner) and signs in as a demo user. */
    Browser signInAgain(String user) {
        click("#sign-in");
        await("Keycloak's login form").until(() -> !driver.findElements(By.id("username")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        await("signed in as " + user).until(() -> text("#who-name").equals(user));
        return this;
    }

    /** Runs a script in the page (arguments as {@code arguments[i]}) and answers its result. */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String gatewayUrl, String hash) {
        driver.get(gatewayUrl + "/#" + hash);
    }

    void click(String css) {
        await(css + " to be clickable").until(() -> {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).isDisplayed() && found.get(0).isEnabled();
        });
        driver.findElement(By.cssSelector(css)).click();
    }

    void type(String css, String text) {
        WebElement input = driver.findElement(By.cssSelector(css));
        input.clear();
        input.sendKeys(text);
    }

    /** The text of the first element matching, or "" when there is none. */
    String text(String css) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    org.awaitility.core.ConditionFactory await(String what) {
        return Awaitility.await(what).atMost(WAIT).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsInstanceOf(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Saves the page as target/screenshots/NAME.png, a test artefact. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = screenshots.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save a screenshot: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temporary directory harms nothing.
        }
    }
}
