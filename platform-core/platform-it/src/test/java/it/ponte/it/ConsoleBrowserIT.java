package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web console in a real browser (Debian's Chromium driven by Playwright), signing in through
 * the platform's Keycloak as a person would. Outside CI, without Chromium, it is skipped with the
 * instruction to install it; under CI a missing browser fails the run.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private Playwright playwright;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    boolean ci = "true".equals(System.getenv("CI"));
    if (!Files.isExecutable(CHROMIUM)) {
      String how = "Browser tests need Debian's Chromium: apt-get install -y chromium";
      if (ci) {
        throw new IllegalStateException(how);
      }
      Assumptions.abort(how);
    }
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  /** Signs in on Keycloak's page as a demo user (password demo) and lands on the console. */
  private Page signIn(Platform platform, String username, String path) {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    Page page = context.newPage();
    List<String> problems = new java.util.ArrayList<>();
    page.onConsoleMessage(
        m -> {
          if (m.type().equals("error")) {
            problems.add(m.text());
          }
        });
    page.navigate(platform.baseUrl() + path);
    page.locator("#username").fill(username);
    if (!page.locator("#password").isVisible()) {
      // With organizations, Keycloak asks for the username first, then the password.
      page.locator("#kc-login").click();
    }
    page.locator("#password").fill("demo");
    page.locator("#kc-login").click();
    page.waitForURL(platform.baseUrl() + "/**");
    page.locator("ponte-app main h1").waitFor();
    assertThat(problems).as("errors in the browser console").isEmpty();
    return page;
  }

  @Test
  void anOperatorFindsTheirTerritorysPeopleInItalianAndInEnglish(Platform platform)
      throws Exception {
    Fixtures fb = new Fixtures(platform, "bologna");
    fb.register(Fixtures.person("Ilaria", "Sfogliata", ""));
    new Fixtures(platform, "bergamo").register(Fixtures.person("Giorgio", "Orobico", ""));

    Page page = signIn(platform, "bologna.operator", "/t/bologna/candidati");
    assertThat(page.locator("main h1").textContent()).isEqualTo("Persone");
    assertThat(page.locator("header").textContent())
        .contains("bologna.operator")
        .contains("Operatore")
        .contains("bologna");
    page.getByLabel("Cerca per nome o cognome").fill("Sfogliata");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerca").setExact(true))
        .click();
    // The answer replaces the first page: wait for the row, then check it is the only one.
    page.locator("tbody").getByText("Ilaria Sfogliata").waitFor();
    assertThat(page.locator("tbody tr").count()).isEqualTo(1);
    // Another territory's people are nowhere, whatever the search.
    page.getByLabel("Cerca per nome o cognome").fill("Orobico");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cerca").setExact(true))
        .click();
    page.getByText("Nessuna persona corrisponde alla ricerca.").waitFor();

    // The language switch is remembered: English after a reload.
    page.getByLabel("Lingua").selectOption("en");
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("People")).waitFor();
    page.reload();
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("People")).waitFor();
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
    page.getByLabel("Language").selectOption("it");

    screenshot(page, "candidati.png");
    assertThat(accessibilityViolations(page)).as("serious or critical violations").isEmpty();
    page.context().close();
  }

  @Test
  void theHomeShowsTheTerritoryAtAGlanceAndPassesTheAccessibilityScan(Platform platform)
      throws Exception {
    Page page = signIn(platform, "bergamo.viewer", "/");
    page.locator("[data-figure='waiting']").waitFor();
    assertThat(page.locator("header").textContent()).contains("bergamo").contains("Consultazione");
    screenshot(page, "home.png");
    assertThat(accessibilityViolations(page)).as("serious or critical violations").isEmpty();
    page.context().close();
  }

  /** axe-core's serious and critical violations on the page, as "rule: where" lines. */
  @SuppressWarnings("unchecked")
  static List<String> accessibilityViolations(Page page) throws Exception {
    String axe;
    try (InputStream in =
        ConsoleBrowserIT.class.getResourceAsStream(
            "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Evaluated by the browser's debugger, which the page's CSP does not govern.
    page.evaluate(axe);
    Object result =
        page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");
    return (List<String>) result;
  }

  static void screenshot(Page page, String name) throws Exception {
    Path dir = Path.of(System.getProperty("ponte.it.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
  }
}
