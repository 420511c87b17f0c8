package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import it.ponte.it.Platform.Answer;
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

  @Test
  void aFieldErrorLandsOnItsFieldAndNothingTypedIsLost(Platform platform) throws Exception {
    Page page = signIn(platform, "bologna.operator", "/t/bologna/candidati");
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Iscrivi una persona"))
        .click();
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Iscrivi una persona"))
        .waitFor();
    page.locator("#firstName").fill("Teresa");
    page.locator("#lastName").fill("Tortellini");
    page.locator("#birthDate").fill("2020-01-01");
    page.locator("#gender").selectOption("FEMALE");
    page.locator("#email").fill("teresa@example.org");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iscrivi").setExact(true))
        .click();
    // The server's field error is on the date, which is announced and focused; nothing is lost.
    page.locator("#birthDate-error").waitFor();
    assertThat(page.locator("#birthDate-error").textContent()).contains("14 years");
    assertThat(page.locator("#birthDate").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.locator("#birthDate").getAttribute("aria-describedby"))
        .isEqualTo("birthDate-error");
    assertThat(page.locator("#firstName").inputValue()).isEqualTo("Teresa");
    assertThat(page.locator("#email").inputValue()).isEqualTo("teresa@example.org");
    assertThat(accessibilityViolations(page)).as("serious or critical violations").isEmpty();
    screenshot(page, "iscrizione-errore.png");

    page.locator("#birthDate").fill("1990-05-17");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Iscrivi").setExact(true))
        .click();
    page.getByText("Iscrizione di Teresa Tortellini completata.").waitFor();
    assertThat(page.locator("#birthDate-error").count()).isZero();
    assertThat(platform.get("/api/t/bologna/candidates?q=Tortellini").json().getInt("total"))
        .isEqualTo(1);
    assertThat(platform.get("/api/t/bergamo/candidates?q=Tortellini").json().getInt("total"))
        .as("the other territory")
        .isZero();
    page.context().close();
  }

  @Test
  void aConcurrentEditIsShownAndNothingTypedIsLost(Platform platform) throws Exception {
    long id =
        new Fixtures(platform, "bologna")
            .register(Fixtures.person("Ottavio", "Concorrente", "\"phone\": \"+39 051 000000\""));
    Page page = signIn(platform, "bologna.operator", "/t/bologna/candidati/" + id);
    page.locator("#phone").waitFor();
    page.locator("#phone").fill("+39 051 111111");
    // Meanwhile a colleague adds the e-mail.
    long version =
        platform.get("/api/t/bologna/candidates/" + id).json().getJsonNumber("version").longValue();
    Answer colleague =
        platform.put(
            "/api/t/bologna/candidates/" + id,
            Fixtures.person(
                "Ottavio",
                "Concorrente",
                "\"phone\": \"+39 051 000000\", \"email\": \"ottavio@example.org\", \"version\": "
                    + version));
    assertThat(colleague.status()).as(colleague.body()).isEqualTo(200);

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();
    page.getByText("Qualcun altro ha modificato").waitFor();
    assertThat(page.locator("main [role=alert]").textContent()).contains("E-mail");
    assertThat(page.locator("#phone").inputValue())
        .as("what was typed")
        .isEqualTo("+39 051 111111");
    assertThat(page.locator("#email").inputValue())
        .as("the colleague's change")
        .isEqualTo("ottavio@example.org");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Salva")).click();
    page.getByText("Modifiche salvate.").waitFor();
    var saved = platform.get("/api/t/bologna/candidates/" + id).json();
    assertThat(saved.getString("phone")).isEqualTo("+39 051 111111");
    assertThat(saved.getString("email")).isEqualTo("ottavio@example.org");
    assertThat(accessibilityViolations(page)).as("serious or critical violations").isEmpty();
    page.context().close();
  }

  @Test
  void aViewerFindsNoWriteControl(Platform platform) {
    Page page = signIn(platform, "bergamo.viewer", "/t/bergamo/candidati");
    page.locator("table, p:has-text('Nessuna persona')").first().waitFor();
    assertThat(page.getByText("Iscrivi una persona").count()).isZero();
    page.navigate(platform.baseUrl() + "/t/bergamo/candidati/nuova");
    page.getByText("Non hai accesso a questa pagina.").waitFor();
    assertThat(page.locator("main form").count()).isZero();
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
