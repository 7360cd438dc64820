package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.dreamloom.library.store.Account;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in headless Chromium: sign up, write a dream, open its page and see its highlights, open the profile;
 * a dreamer's labels, edit, search by meaning, phone width and delete; a researcher's corpus import and its
 * comparison with the norms. Stores screenshots under {@code target/screenshots/}.
 */
class WebUiIT {
    private static final String DREAM = "I was in my grandmother's kitchen with my sister and a tall stranger. "
            + "The stranger shouted at my sister and I felt afraid. Then we were outside on a beach at night, "
            + "and my sister laughed and hugged me. I was happy.";
    private static TestServer server;
    private static ChromeDriver driver;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        // .ci/run installs Debian's chromium + chromium-driver, so in CI a missing browser is a failure; on a
        // newcomer's machine with only a JDK the UI tests are skipped with the command that enables them
        boolean browser = Files.isExecutable(Path.of("/usr/bin/chromium"))
                && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(browser, "Chromium is not installed: apt-get install chromium chromium-driver to run the UI tests");
        }
        // Selenium looks for a DevTools version matching the browser and warns when it has none: not news here
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        server = new TestServer();
        base = "http://127.0.0.1:" + server.server.port();
        Path profile = Files.createTempDirectory("dreamloom-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1500", "--lang=en-GB");
        // the browser console, to check that the pages log no errors
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Each journey starts logged out on a blank page, whatever the one before left (tests run in any order). */
    @BeforeEach
    void loggedOutOnABlankPage() {
        if (driver.getCurrentUrl().startsWith(base)) {
            driver.manage().deleteAllCookies();
        }
        driver.get("about:blank");
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static void screenshot(String name) throws IOException {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("toast")));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(dir.resolve(name))).isGreaterThan(10_000);
    }

    @Test
    void signUpWriteADreamSeeItsHighlightsAndOpenTheProfile() throws IOException {
        driver.get(base + "/");
        visible("#username");
        assertThat(driver.findElement(By.id("nav")).isDisplayed()).as("no navigation before login").isFalse();
        screenshot("login.png");
        driver.findElement(By.id("username")).sendKeys("dreamer1");
        driver.findElement(By.id("password")).sendKeys("a long enough password");
        driver.findElement(By.id("signup-button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Your journal"));
        assertThat(driver.findElement(By.id("who")).getText()).contains("dreamer1");

        visible("#write-link").click();
        visible("#text").sendKeys(DREAM);
        driver.findElement(By.id("title")).sendKeys("Grandmother's kitchen");
        WebElement date = driver.findElement(By.id("date"));
        driver.executeScript("arguments[0].value = '2024-03-09'", date);
        driver.findElement(By.id("tags")).sendKeys("family, beach");
        new Select(driver.findElement(By.id("mood"))).selectByValue("1");
        new Select(driver.findElement(By.id("lucidity"))).selectByValue("0");
        new Select(driver.findElement(By.id("sleepQuality"))).selectByValue("4");
        screenshot("write.png");
        driver.findElement(By.id("save-button")).click();

        WebElement text = visible("#dream-text");
        assertThat(text.getText()).isEqualTo(DREAM);
        assertThat(driver.findElement(By.id("dream-title")).getText()).isEqualTo("Grandmother's kitchen");
        assertThat(driver.findElement(By.id("legend")).getText()).contains("Characters").contains("Emotions")
                .contains("Settings").contains("Interactions");
        // the page shows exactly the highlighted segments the API computed from the stored coding
        String hash = driver.getCurrentUrl().replaceAll(".*#/dream/", "");
        Client api = server.client().login("dreamer1", "a long enough password");
        JsonNode page = api.get("/api/dreams/" + hash).json();
        long highlighted = 0;
        for (JsonNode seg : page.get("segments")) {
            highlighted += seg.has("groups") ? 1 : 0;
        }
        List<WebElement> marks = driver.findElements(By.cssSelector("#dream-text mark.hl"));
        assertThat(marks).hasSize((int) highlighted);
        screenshot("dream-page.png");
        assertThat(highlighted).as("the coder highlights evidence in the dream (coder %s)", page.get("coder").asText())
                .isPositive();
        assertThat(marks.get(0).getAttribute("title")).isNotBlank();

        // a few more dreams so the profile has a trend to draw
        for (String[] d : new String[][] {{"2024-03-12", "The sea was green and my mother swam far out. I was afraid."},
            {"2024-04-02", "A green sea again. My sister and I built a boat on the beach and were happy."},
            {"2024-04-20", "I flew over the sea at night and met my grandmother on a lighthouse."}}) {
            assertThat(api.post("/api/dreams", Map.of("text", d[1], "date", d[0], "mood", 1, "lucidity", 2)).status())
                    .isEqualTo(201);
        }
        driver.get(base + "/#/profile");
        visible("#trend-chart");
        wait.until(d -> driver.executeScript("return window.Chart && Chart.getChart('trend-chart') ? 1 : 0").equals(1L));
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Your profile");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("4 dreams in your journal");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("kindred"), "Looking")));
        screenshot("profile.png");

        driver.findElement(By.cssSelector("nav a[data-nav=library]")).click();
        visible("#total");
        assertThat(driver.findElement(By.id("total")).getText()).isEqualTo("4 dreams");
        assertThat(driver.findElement(By.id("facets")).getText()).containsIgnoringCase("year");
        server.server.awaitIndexed();
        driver.findElement(By.id("q")).sendKeys("sea");
        driver.findElement(By.id("search-button")).click();
        WebElement match = visible("#results .excerpt b");
        assertThat(match.getText()).isEqualToIgnoringCase("sea");
        assertThat(driver.findElement(By.id("facets")).getText()).containsIgnoringCase("dreamer").doesNotContain("dreamer1");
        screenshot("library.png");
        // the search box keeps the focus after a search, so the query can be refined from the keyboard
        assertThat(driver.executeScript("return document.activeElement.id")).isEqualTo("q");
        // and the total says how many dreams have the words (what the facets count) and how many only the meaning
        assertThat(driver.findElement(By.id("total")).getText()).matches("\\d+ dreams?( — \\d+ with the words.*)?");

        driver.findElement(By.cssSelector("nav a[data-nav=journal]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Your journal"));
        assertThat(driver.findElements(By.cssSelector("main a.entry"))).hasSize(4);
        screenshot("journal.png");
    }

    /** The console errors logged since the last call (reading the log empties it). */
    private static List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Whether the page is wider than the window (a phone would have to scroll sideways). */
    private static boolean overflowsSideways() {
        return (Boolean) driver.executeScript("return document.documentElement.scrollWidth > window.innerWidth");
    }

    @Test
    void aDreamerSeesTheLabelsEditsSearchesByMeaningOnAPhoneAndDeletesTheDream() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(base + "/#/login");
        visible("#username");
        consoleErrors();
        // keyboard: the page's heading has the focus, so Tab goes on to the username field
        assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("h1");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        driver.switchTo().activeElement().sendKeys("night1");
        driver.findElement(By.id("password")).sendKeys("a long enough password");
        driver.findElement(By.id("password")).sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("login-button");
        assertThat(driver.switchTo().activeElement().getCssValue("outline-style")).as("focus is visible").isNotEqualTo("none");
        driver.findElement(By.id("signup-button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Your journal"));

        visible("#write-link").click();
        visible("#text").sendKeys("A man chased me through a dark house. I was terrified and woke up screaming. Later I "
                + "realized I was dreaming and flew over the roofs.");
        driver.findElement(By.id("title")).sendKeys("The dark house");
        driver.findElement(By.id("save-button")).click();
        WebElement labels = visible("#labels");
        assertThat(labels.getText()).contains("Nightmare: yes").contains("screaming").contains("Lucid dream: yes")
                .contains("realized I was dreaming");
        assertThat(driver.findElements(By.cssSelector(".meta .chip.label"))).extracting(WebElement::getText)
                .containsExactly("Nightmare", "Lucid dream");
        // the labels' evidence is underlined in the report itself, as the codes' evidence is highlighted
        assertThat(driver.findElements(By.cssSelector("#dream-text mark.lbl"))).extracting(WebElement::getText)
                .contains("screaming");
        assertThat(driver.getTitle()).isEqualTo("The dark house · Dreamloom");
        String dreamUrl = driver.getCurrentUrl();

        driver.findElement(By.cssSelector("a[href^='#/edit/']")).click();
        WebElement title = visible("#title");
        title.clear();
        title.sendKeys("The dark house, shared");
        new Select(driver.findElement(By.id("visibility"))).selectByValue("shared");
        driver.findElement(By.id("save-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("dream-title"), "The dark house, shared"));
        assertThat(driver.findElement(By.cssSelector(".meta")).getText()).contains("shared");

        driver.findElement(By.cssSelector("nav a[data-nav=library]")).click();
        server.server.awaitIndexed();
        visible("#q").sendKeys("pursued in a building at night");
        new Select(driver.findElement(By.id("mode"))).selectByValue("semantic");
        driver.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.urlContains("mode=semantic"));
        visible("#results a.entry");
        assertThat(new Select(driver.findElement(By.id("mode"))).getFirstSelectedOption().getText()).isEqualTo("meaning only");
        assertThat(driver.findElement(By.id("results")).getText()).contains("The dark house, shared").doesNotContain("null");

        driver.manage().window().setSize(new Dimension(390, 1200));
        try {
            driver.get(dreamUrl);
            visible("#dream-text");
            wait.until(d -> driver.executeScript("return window.Chart && Chart.getChart('emotion-chart') ? 1 : 0").equals(1L));
            assertThat(overflowsSideways()).as("the dream page fits a 390 px phone").isFalse();
            screenshot("dream-phone.png");
            driver.findElement(By.cssSelector("nav a[data-nav=journal]")).click();
            visible("a.entry");
            assertThat(overflowsSideways()).as("the journal fits a 390 px phone").isFalse();
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1500));
        }

        driver.get(dreamUrl);
        visible("#delete-button").click();
        driver.switchTo().alert().accept();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Your journal"));
        assertThat(visible(".empty").getText()).contains("No dreams yet").contains("Write your first one");
        assertThat(consoleErrors()).as("the browser console").isEmpty();
    }

    @Test
    void aResearcherImportsACorpusAndComparesItWithTheNorms() throws IOException {
        driver.manage().deleteAllCookies();
        server.server.auth().ensureAccount("lab-ui", "a researcher password", Account.RESEARCHER);
        Client api = server.client().login("lab-ui", "a researcher password");
        assertThat(api.post("/api/dreams", Map.of("text", "My mother and I argued in the kitchen.")).status()).isEqualTo(201);
        driver.get(base + "/#/login");
        visible("#username").sendKeys("lab-ui");
        driver.findElement(By.id("password")).sendKeys("a researcher password");
        driver.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Your journal"));
        consoleErrors();

        Path corpus = Files.createTempDirectory("dreamloom-corpus").resolve("harbour.tsv");
        Files.writeString(corpus, "n\tdate\tdream\n"
                + "1\t2001-01-01\tI walked with my sister to school and a dog barked at us. I was afraid.\n"
                + "2\t2001-01-02\tA woman and her brother sailed with me across the harbour. We were happy.\n"
                + "3\t2001-01-05\tA stranger hit my friend in a bar and I shouted at him.\n"
                + "4\t2001-01-09\tMy father and I fished from a boat at night.\n");
        driver.findElement(By.cssSelector("nav a[data-nav=transfer]")).click();
        visible("#corpus-file").sendKeys(corpus.toString());
        new Select(driver.findElement(By.id("corpus-format"))).selectByValue("dreambank");
        driver.findElement(By.id("corpus-series")).sendKeys("night-harbour"); // the name replaces the file's
        // private: the other tests count the dreams they may see
        new Select(driver.findElement(By.id("corpus-visibility"))).selectByValue("private");
        driver.findElement(By.id("corpus-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("corpora"), "night-harbour"));
        WebElement row = driver.findElement(By.xpath("//table[@id='corpora']//tr[th[text()='night-harbour']]"));
        assertThat(row.findElements(By.tagName("td"))).extracting(WebElement::getText)
                .containsExactly("4", "0", "compare with the norms");

        driver.findElement(By.cssSelector("#corpora a[href*='series=night-harbour']")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Series night-harbour"));
        assertThat(driver.findElement(By.cssSelector("main .sub")).getText()).isEqualTo("4 dreams in this series");
        wait.until(d -> driver.executeScript("return window.Chart && Chart.getChart('profile-chart') ? 1 : 0").equals(1L));
        visible("#indicator-table summary").click();
        WebElement table = visible("#indicator-table table");
        assertThat(table.findElements(By.cssSelector("thead th"))).extracting(WebElement::getText)
                .containsExactly("indicator", "value", "norms", "h", "p", "p adjusted");
        assertThat(table.findElements(By.cssSelector("tbody tr")).size()).isGreaterThan(5);
        screenshot("profile-series.png");

        new Select(driver.findElement(By.id("norms"))).selectByValue("male");
        wait.until(ExpectedConditions.urlContains("norms=male"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Series night-harbour"));
        assertThat(new Select(visible("#series")).getFirstSelectedOption().getText()).isEqualTo("night-harbour (4)");
        new Select(driver.findElement(By.id("series"))).selectByValue("");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Your profile"));
        assertThat(driver.findElement(By.cssSelector("main .sub")).getText()).isEqualTo("5 dreams in your journal");
        assertThat(consoleErrors()).as("the browser console").isEmpty();
    }

    @Test
    void changeThePasswordThenDeleteTheAccountFromTheAccountPage() throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(base + "/#/login");
        visible("#username").sendKeys("leaving1");
        driver.findElement(By.id("password")).sendKeys("first password here");
        driver.findElement(By.id("signup-button")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Your journal"));
        Client api = server.client().login("leaving1", "first password here");
        assertThat(api.post("/api/dreams", Map.of("text", "A paper moon over the quarry.")).status()).isEqualTo(201);

        visible("#who").click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Your account"));
        visible("#current-password").sendKeys("first password here");
        driver.findElement(By.id("new-password")).sendKeys("second password here");
        driver.findElement(By.id("password-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("toast"), "password changed"));
        assertThat(api.get("/api/dreams").status()).as("the other session is logged out").isEqualTo(401);
        screenshot("account.png");

        visible("#delete-password").sendKeys("second password here");
        driver.findElement(By.id("delete-sure")).click();
        driver.findElement(By.id("delete-account-button")).click();
        visible("#login-form");
        Client again = server.client().refresh();
        assertThat(again.post("/api/login", Map.of("username", "leaving1", "password", "second password here")).status())
                .isEqualTo(401);
        assertThat(server.store.accounts().account("leaving1")).isEmpty();
    }
}
