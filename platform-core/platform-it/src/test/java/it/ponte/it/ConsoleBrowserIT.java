package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import it.ponte.it.Platform.Answer;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** Errors each page's browser console printed (a CSP refusal, a failed script...). */
  private final Map<Page, List<String>> browserErrors =
      new java.util.concurrent.ConcurrentHashMap<>();

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

  /**
   * The browsers run where the demo territories' operators are: the console's "today" is the
   * territory's (between 23:00 and 24:00 UTC a browser on UTC would still say yesterday, and the
   * server, on the territory's calendar, refuses a decision dated before the application).
   */
  private static final String OPERATORS_TIME_ZONE = "Europe/Rome";

  /** Signs in on Keycloak's page as a demo user (password demo) and lands on the console. */
  private Page signIn(Platform platform, String username, String path) {
    return signIn(platform, username, path, OPERATORS_TIME_ZONE);
  }

  /** Signs in from a computer set to {@code timeZone}. */
  private Page signIn(Platform platform, String username, String path, String timeZone) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setViewportSize(1280, 900).setTimezoneId(timeZone));
    Page page = context.newPage();
    List<String> problems = watch(page);
    page.navigate(platform.baseUrl() + path);
    page.locator("#username").fill(username);
    if (!page.locator("#password").isVisible()) {
      // With organizations, Keycloak asks for the username first, then the password.
      page.locator("#kc-login").click();
    }
    page.locator("#password").fill("demo");
    page.locator("#kc-login").click();
    page.waitForURL(platform.baseUrl() + "/**");
    try {
      page.locator("ponte-app main h1").waitFor();
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError(
          "Signed in as "
              + username
              + " at "
              + page.url()
              + ", no heading; the page shows: "
              + page.locator("body").textContent()
              + "; browser errors: "
              + problems,
          e);
    }
    assertThat(problems).as("errors in the browser console").isEmpty();
    return page;
  }

  /** Collects what the page's browser console reports as errors. */
  private List<String> watch(Page page) {
    List<String> problems = new java.util.concurrent.CopyOnWriteArrayList<>();
    page.onConsoleMessage(
        m -> {
          // A 4xx the page shows on purpose (a field error, a conflict) is not a problem.
          if (m.type().equals("error")
              && !m.text()
                  .startsWith("Failed to load resource: the server responded with a status of 4")) {
            problems.add(m.text());
          }
        });
    page.onPageError(problems::add);
    browserErrors.put(page, problems);
    return problems;
  }

  /** Closes the page's context after checking the browser printed no error on any page. */
  private void done(Page page) {
    List<String> problems = browserErrors.remove(page);
    page.context().close();
    assertThat(problems).as("errors in the browser console").isEmpty();
  }

  /**
   * Ticks a checkbox by its label, as a person does: Bootstrap Italia draws the box on the label
   * and hides the input itself.
   */
  private static void tick(Page page, String id) {
    page.locator("label[for='" + id + "']").click();
    assertThat(page.locator("#" + id).isChecked()).as(id).isTrue();
  }

  /** Waits for a text; when it does not come, fails with what the page shows instead. */
  private static void shows(Page page, String text) {
    try {
      page.getByText(text).waitFor();
    } catch (com.microsoft.playwright.TimeoutError e) {
      throw new AssertionError(
          "Waited for \"" + text + "\"; the page shows: " + page.locator("main").textContent(), e);
    }
  }

  private static Page.GetByRoleOptions named(String name) {
    return new Page.GetByRoleOptions().setName(name).setExact(true);
  }

  @Test
  void anOperatorOfBolognaDoesAWholeJourneyAndSeesNothingOfBergamo(Platform platform)
      throws Exception {
    journey(platform, "bologna", "bergamo", "Lambruschi");
  }

  @Test
  void anOperatorOfBergamoDoesAWholeJourneyAndSeesNothingOfBologna(Platform platform)
      throws Exception {
    journey(platform, "bergamo", "bologna", "Casoncelli");
  }

  /**
   * Register a person with consent, interview and assess them, put them in protocol, register a
   * company and open a vacancy that asks for a licence only this person holds, find them in the
   * ranking, propose them, take the selection to a hiring, record the placement - all in the
   * browser, as the territory's operator; then check the other territory sees none of it.
   */
  private void journey(Platform platform, String territory, String other, String surname)
      throws Exception {
    String name = "Nadia " + surname;
    Page page = signIn(platform, territory + ".operator", "/t/" + territory + "/candidati/nuova");
    page.locator("#firstName").fill("Nadia");
    page.locator("#lastName").fill(surname);
    page.locator("#birthDate").fill("1991-02-03");
    page.locator("#gender").selectOption("FEMALE");
    // The municipality is one of the province's, offered as the operator types; the zone follows.
    String[] home =
        territory.equals("bologna")
            ? new String[] {"Imola", "Imola"}
            : new String[] {"Nembro", "Valle Seriana"};
    page.locator("#municipality").fill(home[0].toLowerCase(java.util.Locale.ROOT));
    page.locator("#municipality").dispatchEvent("change");
    assertThat(page.locator("#zone").inputValue()).isEqualTo(home[1]);
    assertThat(page.locator("#municipality-list option[value='" + home[0] + "']").count())
        .isEqualTo(1);
    tick(page, "purpose-SHARING_WITH_COMPANIES");
    page.getByRole(AriaRole.BUTTON, named("Iscrivi")).click();
    page.getByText("Iscrizione di " + name + " completata.").waitFor();
    page.getByRole(AriaRole.LINK, named("Apri la scheda")).click();
    page.getByRole(AriaRole.HEADING, named(name)).waitFor();
    long person = Long.parseLong(page.url().replaceAll(".*/candidati/(\\d+).*", "$1"));
    JsonObject registered = platform.get("/api/t/" + territory + "/candidates/" + person).json();
    assertThat(registered.getString("municipality")).isEqualTo(home[0]);
    assertThat(registered.getString("zone")).isEqualTo(home[1]);

    // Personal data: the licence the vacancy will require.
    tick(page, "licences-CQC");
    page.getByRole(AriaRole.BUTTON, named("Salva")).click();
    page.getByText("Modifiche salvate.").waitFor();

    // Interview and assessment: the person is assessed.
    page.getByRole(AriaRole.TAB, named("Colloqui")).click();
    page.locator("#scheduledAt").fill("2026-12-03T10:00");
    page.getByRole(AriaRole.BUTTON, named("Fissa")).click();
    page.getByText("Colloquio fissato.").waitFor();
    page.locator("select[name=profileType]").selectOption("IN_TARGET");
    page.locator("select[name=readiness]").selectOption("READY");
    page.locator("input[name=sectors][value=LOGISTICS] + label").click();
    page.getByRole(AriaRole.BUTTON, named("Registra l'esito")).click();
    page.getByText("Esito del colloquio registrato.").waitFor();
    assertThat(page.locator("main p .badge").first().textContent()).isEqualTo("Valutato");
    assertThat(accessibilityViolations(page)).as("record: serious or critical").isEmpty();

    // Lifecycle: only the allowed moves are offered.
    assertThat(page.locator("#move-to option").allTextContents()).contains("In protocollo");
    page.locator("#move-to").selectOption("IN_PROTOCOL");
    page.getByRole(AriaRole.BUTTON, named("Cambia stato")).click();
    page.getByText("Stato cambiato: In protocollo.").waitFor();

    // A company and its vacancy, with a mandatory requirement.
    page.getByRole(AriaRole.LINK, named("Aziende")).click();
    page.getByRole(AriaRole.BUTTON, named("Registra un'azienda")).click();
    String company = "Autotrasporti " + surname;
    page.locator("#name").fill(company);
    page.locator("#vatNumber").fill(TestData.vatNumber(System.nanoTime() % 1_000_000_000L));
    page.locator("#boardJoinedOn").fill("2025-01-10");
    page.getByRole(AriaRole.BUTTON, named("Registra")).click();
    page.getByText("Azienda " + company + " registrata.").waitFor();
    page.locator(".alert-success")
        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(company).setExact(true))
        .click();
    page.getByRole(AriaRole.BUTTON, named("Nuova richiesta di personale")).click();
    page.locator("#title").fill("Autista con CQC");
    page.locator("#profession").fill("7.4.2.3.0");
    page.locator("#contract").selectOption("FIXED_TERM");
    page.locator("#sector").selectOption("LOGISTICS");
    page.getByRole(AriaRole.BUTTON, named("+ Patente o attestato")).click();
    page.locator("#req-value-0").selectOption("CQC");
    tick(page, "req-mandatory-0");
    page.getByRole(AriaRole.BUTTON, named("Apri la richiesta")).click();
    page.getByText("Richiesta Autista con CQC aperta.").waitFor();
    page.getByRole(AriaRole.LINK, named("Autista con CQC")).click();

    // Matching: the person is ranked with each criterion's bar; propose them.
    page.locator("[data-match='" + person + "']").waitFor();
    assertThat(page.locator("[data-match]").count()).isEqualTo(1);
    assertThat(page.locator("[data-match] progress").count()).isGreaterThanOrEqualTo(2);
    assertThat(page.locator("[data-match] progress[aria-label='Settore']").getAttribute("value"))
        .isEqualTo("100");
    screenshot(page, "abbinamento-" + territory + ".png");
    assertThat(accessibilityViolations(page)).as("matching: serious or critical").isEmpty();
    page.getByRole(AriaRole.BUTTON, named("Proponi " + name)).click();
    page.getByText(name + " proposto.").waitFor();

    // The selection board moves only along the allowed stages, up to the hiring.
    for (String stage : List.of("CV inviato", "Colloquio in azienda", "Assunto")) {
      page.getByRole(AriaRole.BUTTON, named("Sposta " + name + " a " + stage)).click();
      page.getByText(name + ": " + stage + ".").waitFor();
    }
    assertThat(page.getByRole(AriaRole.BUTTON, named("Sposta " + name + " a Proposto")).count())
        .isZero();
    screenshot(page, "selezione-" + territory + ".png");

    // The placement, from the hired card. The company comes with the personnel request, after the
    // person: held back here, the form waits for it instead of offering to save without it.
    String request = "**/api/t/" + territory + "/vacancies/*";
    List<Route> held = new ArrayList<>();
    page.route(request, held::add);
    page.getByRole(AriaRole.LINK, named("Registra un inserimento")).click();
    while (held.isEmpty()) {
      page.waitForTimeout(50);
    }
    assertThat(page.locator("ponte-placement-form").getByText("Caricamento…").isVisible()).isTrue();
    assertThat(page.getByRole(AriaRole.BUTTON, named("Registra")).count()).isZero();
    held.forEach(Route::resume);
    page.unroute(request);
    page.getByText("Inserimento di " + name).waitFor();
    page.getByText("Azienda: " + company).waitFor();
    page.locator("#contract").selectOption("FIXED_TERM");
    page.locator("#startDate").fill("2026-12-14");
    page.locator("#endDate").fill("2027-06-13");
    page.locator("#hoursPerWeek").fill("38");
    page.getByRole(AriaRole.BUTTON, named("Registra")).click();
    shows(page, "Inserimento di " + name + " presso " + company + " registrato.");

    var record = platform.get("/api/t/" + territory + "/candidates/" + person).json();
    assertThat(record.getString("status")).isEqualTo("PLACED");
    assertThat(
            platform
                .get("/api/t/" + territory + "/placements?candidateId=" + person)
                .json()
                .getInt("total"))
        .isEqualTo(1);
    // The other territory: none of it through its API, and its console is closed to this user.
    assertThat(platform.get("/api/t/" + other + "/candidates?q=" + surname).json().getInt("total"))
        .isZero();
    page.navigate(platform.baseUrl() + "/t/" + other + "/candidati?q=" + surname);
    page.getByText("Non hai accesso a questo territorio.").waitFor();
    assertThat(page.locator("main").textContent()).doesNotContain(surname);
    done(page);
  }

  @Test
  void theTirocinioWarningsAppearBeforeSavingAndSavingThemNeedsAConfirmation(Platform platform)
      throws Exception {
    Fixtures fb = new Fixtures(platform, "bergamo");
    long person =
        fb.inProtocol(
            Fixtures.person("Tina", "Tirocinante", ""),
            "{\"profileType\": \"FRAGILE\", \"readiness\": \"READY\"}");
    long company = fb.company("Tirocini Orobici Srl");
    Page page =
        signIn(platform, "bergamo.operator", "/t/bergamo/inserimenti/nuovo?persona=" + person);
    page.locator("#companyId").selectOption(String.valueOf(company));
    page.locator("#type").selectOption("TIROCINIO");
    page.locator("#startDate").fill("2026-12-01");
    page.locator("#endDate").fill("2027-03-31");
    page.locator("#hoursPerWeek").fill("38");
    page.locator("#monthlyAllowance").fill("300");
    // Lombardia: at least 500 euro a month. Said while typing, before anything is saved.
    page.getByText("inferiore al minimo regionale di 500 €").waitFor();
    String placements = "/api/t/bergamo/placements?candidateId=" + person;
    assertThat(platform.get(placements).json().getInt("total")).isZero();
    page.getByRole(AriaRole.BUTTON, named("Registra")).click();
    page.getByRole(AriaRole.BUTTON, named("Registra comunque")).waitFor();
    assertThat(platform.get(placements).json().getInt("total")).isZero();
    assertThat(accessibilityViolations(page)).as("serious or critical violations").isEmpty();
    screenshot(page, "inserimento-tirocinio.png");
    page.getByRole(AriaRole.BUTTON, named("Registra comunque")).click();
    page.getByText("Inserimento di Tina Tirocinante presso Tirocini Orobici Srl registrato.")
        .waitFor();
    var recorded = platform.get(placements).json();
    assertThat(recorded.getInt("total")).isEqualTo(1);
    assertThat(recorded.getJsonArray("items").getJsonObject(0).getJsonArray("warnings"))
        .isNotEmpty();
    // Ids are per territory: the other one is checked by name.
    assertThat(platform.get("/api/t/bologna/candidates?q=Tirocinante").json().getInt("total"))
        .as("the other territory")
        .isZero();
    done(page);
  }

  @Test
  void documentsAreUploadedDownloadedAndDeletedFromTheRecord(Platform platform) throws Exception {
    long person =
        new Fixtures(platform, "bologna").register(Fixtures.person("Dora", "Documenti", ""));
    Page page =
        signIn(
            platform, "bologna.operator", "/t/bologna/candidati/" + person + "?scheda=documents");
    page.getByText("Nessun documento.").waitFor();
    // A text file named like a PDF is refused for what it is, in Italian.
    page.locator("#file")
        .setInputFiles(
            new com.microsoft.playwright.options.FilePayload(
                "finto.pdf", "application/pdf", "solo testo".getBytes(StandardCharsets.UTF_8)));
    page.getByRole(AriaRole.BUTTON, named("Carica")).click();
    page.getByText("Il file non è un PDF, DOCX o ODT").waitFor();

    byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    page.locator("#file")
        .setInputFiles(
            new com.microsoft.playwright.options.FilePayload(
                "cv-dora.pdf", "application/pdf", pdf));
    page.getByRole(AriaRole.BUTTON, named("Carica")).click();
    page.getByText("Documento caricato.").waitFor();
    page.getByText("cv-dora.pdf").waitFor();
    com.microsoft.playwright.Download download =
        page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON, named("Scarica")).click());
    assertThat(download.suggestedFilename()).isEqualTo("cv-dora.pdf");
    assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);
    assertThat(accessibilityViolations(page)).as("serious or critical violations").isEmpty();

    page.onceDialog(com.microsoft.playwright.Dialog::accept);
    page.getByRole(AriaRole.BUTTON, named("Elimina")).click();
    page.getByText("Documento eliminato.").waitFor();
    page.getByText("Nessun documento.").waitFor();
    assertThat(platform.get("/api/t/bologna/candidates/" + person + "/documents").body())
        .doesNotContain("cv-dora");
    done(page);
  }

  @Test
  void thePublicFormWorksOnAPhoneWithoutAnAccount(Platform platform) throws Exception {
    BrowserContext phone =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setTimezoneId(OPERATORS_TIME_ZONE)
                .setIsMobile(true)
                .setHasTouch(true));
    Page page = phone.newPage();
    watch(page);
    page.navigate(platform.baseUrl() + "/t/bologna/registrati");
    page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Iscriviti a")).waitFor();
    assertThat(page.locator(".ponte-notice").textContent()).contains("Titolare del trattamento");
    page.locator("#firstName").fill("Pia");
    page.locator("#lastName").fill("Telefonini");
    page.locator("#birthDate").fill("1993-07-21");
    page.locator("#gender").selectOption("FEMALE");
    page.locator("#email").fill("pia@");
    tick(page, "purposes-PROGRAMME");
    page.getByRole(AriaRole.BUTTON, named("Invia l'iscrizione")).click();
    // The field error is on the e-mail, in Italian; what was typed stays.
    page.locator("#email-error").waitFor();
    assertThat(page.locator("#email-error").textContent())
        .isEqualTo("Indirizzo e-mail non valido.");
    assertThat(page.locator("#lastName").inputValue()).isEqualTo("Telefonini");
    Object overflow =
        page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    assertThat(overflow).as("wider than the phone").isEqualTo(false);
    assertThat(accessibilityViolations(page)).as("serious or critical violations").isEmpty();
    screenshot(page, "modulo-pubblico.png");
    page.locator("#email").fill("pia@example.org");
    page.getByRole(AriaRole.BUTTON, named("Invia l'iscrizione")).click();
    page.getByText("Iscrizione ricevuta. Codice:").waitFor();
    assertThat(platform.get("/api/t/bologna/candidates?q=Telefonini").json().getInt("total"))
        .isEqualTo(1);
    assertThat(platform.get("/api/t/bergamo/candidates?q=Telefonini").json().getInt("total"))
        .as("the other territory")
        .isZero();

    // The same person registers again: the same receipt page, and the submission waits for an
    // operator in the queue, who recognises her and merges it into her record.
    page.reload();
    page.locator("#firstName").fill("Pia");
    page.locator("#lastName").fill("Telefonini");
    page.locator("#birthDate").fill("1993-07-21");
    page.locator("#gender").selectOption("FEMALE");
    page.locator("#email").fill("pia@example.org");
    tick(page, "purposes-PROGRAMME");
    tick(page, "purposes-SHARING_WITH_COMPANIES");
    page.getByRole(AriaRole.BUTTON, named("Invia l'iscrizione")).click();
    page.getByText("Iscrizione ricevuta. Codice:").waitFor();
    done(page);

    Page operator = signIn(platform, "bologna.operator", "/t/bologna/iscrizioni");
    operator.getByRole(AriaRole.HEADING, named("Pia Telefonini")).waitFor();
    assertThat(accessibilityViolations(operator)).as("serious or critical violations").isEmpty();
    operator.getByRole(AriaRole.BUTTON, named("Stessa persona: unisci")).first().click();
    operator.getByText("Iscrizione di Pia Telefonini unita alla scheda esistente.").waitFor();
    assertThat(platform.get("/api/t/bologna/candidates?q=Telefonini").json().getInt("total"))
        .as("still one record")
        .isEqualTo(1);
    done(operator);
  }

  @Test
  void everyMainPagePassesTheAccessibilityScan(Platform platform) throws Exception {
    Page page = signIn(platform, "bergamo.admin", "/t/bergamo/aziende");
    String base = platform.baseUrl() + "/t/bergamo/";
    page.locator("tbody a").first().click();
    page.getByRole(AriaRole.HEADING, named("Richieste di personale")).waitFor();
    String company = page.url();
    long vacancy =
        platform
            .get("/api/t/bergamo/vacancies?status=IN_SELECTION&limit=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("aziende.png", base + "aziende");
    pages.put("azienda.png", company);
    pages.put("richiesta.png", base + "richieste/" + vacancy);
    pages.put("corsi.png", base + "corsi");
    pages.put("iscrizioni.png", base + "iscrizioni");
    pages.put("scheda.png", base + "candidati/1?scheda=interviews");
    List<String> violations = new java.util.ArrayList<>();
    for (var entry : pages.entrySet()) {
      page.navigate(entry.getValue());
      page.locator("main h1").waitFor();
      page.locator("main table, main .card, main p").first().waitFor();
      page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
      screenshot(page, entry.getKey());
      accessibilityViolations(page).forEach(v -> violations.add(entry.getValue() + " " + v));
    }
    assertThat(violations).as("serious or critical violations").isEmpty();
    done(page);
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
    done(page);
  }

  @Test
  void theHomeShowsTheTerritoryAtAGlanceAndPassesTheAccessibilityScan(Platform platform)
      throws Exception {
    Page page = signIn(platform, "bergamo.viewer", "/");
    page.locator("[data-figure='waiting']").waitFor();
    assertThat(page.locator("header").textContent()).contains("bergamo").contains("Consultazione");
    screenshot(page, "home.png");
    assertThat(accessibilityViolations(page)).as("serious or critical violations").isEmpty();
    done(page);
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
    done(page);
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
    done(page);
  }

  @Test
  void aViewerFindsNoWriteControl(Platform platform) {
    Page page = signIn(platform, "bergamo.viewer", "/t/bergamo/candidati");
    page.locator("table, p:has-text('Nessuna persona')").first().waitFor();
    assertThat(page.getByText("Iscrivi una persona").count()).isZero();
    page.navigate(platform.baseUrl() + "/t/bergamo/candidati/nuova");
    page.getByText("Non hai accesso a questa pagina.").waitFor();
    assertThat(page.locator("main form").count()).isZero();
    long vacancy =
        platform
            .get("/api/t/bergamo/vacancies?status=IN_SELECTION&limit=1")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String base = platform.baseUrl() + "/t/bergamo/";
    for (String path :
        List.of(
            "candidati/1",
            "candidati/1?scheda=interviews",
            "candidati/1?scheda=documents",
            "candidati/1?scheda=consents",
            "aziende",
            "richieste/" + vacancy,
            "corsi",
            "iscrizioni",
            "inserimenti/nuovo?persona=1")) {
      page.navigate(base + path);
      page.locator("main h1, main .alert").first().waitFor();
      page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
      // Reading controls only: search forms, tabs, downloads; nothing that writes.
      assertThat(page.locator("main form:not([role=search])").count()).as(path).isZero();
      assertThat(
              page.locator(
                      "main button:not([role=tab]):not(:text('Scarica')):not(:text('Cerca'))"
                          + ":not(:text('Precedenti')):not(:text('Successivi'))")
                  .count())
          .as(path)
          .isZero();
    }
    done(page);
  }

  @Test
  void aTerritoryAdminManagesItsPeopleAndItsMeasures(Platform platform) throws Exception {
    String tenant = platform.onboardNewTenant("08");
    String admin = platform.adminOf(tenant);
    Page page = signIn(platform, admin, "/t/" + tenant + "/amministrazione");
    List<String> violations = new java.util.ArrayList<>();

    // The territory as its descriptor says.
    page.getByRole(AriaRole.HEADING, named("Amministrazione del territorio")).waitFor();
    page.locator("tr[data-zone='Centro']").waitFor();
    assertThat(page.locator("[data-sla]").textContent()).contains("giorni dall'iscrizione");
    accessibilityViolations(page).forEach(v -> violations.add("territorio " + v));

    // People: invite a viewer, make them an operator, take their access away.
    page.getByRole(AriaRole.LINK, named("Persone del territorio")).click();
    page.locator("tr[data-member='" + admin + "']").waitFor();
    String email = "invitata-" + tenant + "@example.org";
    page.locator("#invite-email").fill(email);
    page.locator("#invite-role").selectOption("viewer");
    page.getByRole(AriaRole.BUTTON, named("Invita")).click();
    page.getByText("Invito inviato").waitFor();
    Locator invited = page.locator("tr[data-member='" + email + "']");
    assertThat(invited.locator("select").inputValue()).isEqualTo("viewer");
    invited.locator("select").selectOption("operator");
    page.getByText("cambiato").waitFor();
    assertThat(roleOf(platform, tenant, email)).isEqualTo("operator");
    accessibilityViolations(page).forEach(v -> violations.add("persone " + v));
    page.onceDialog(com.microsoft.playwright.Dialog::accept);
    invited.getByRole(AriaRole.BUTTON).click();
    page.getByText("non ha più accesso").waitFor();
    assertThat(roleOf(platform, tenant, email)).isNull();

    // A measure: enabled from its form with the defaults, a value out of range refused on its
    // field, a good one saved, the history of who did what, then disabled.
    page.getByRole(AriaRole.LINK, named("Misure attivabili")).click();
    page.locator("[data-plugin='microcredit'] a").click();
    page.getByText("Non attiva").first().waitFor();
    page.getByRole(AriaRole.BUTTON, named("Attiva per questo territorio")).click();
    page.getByText("Misura attivata.").waitFor();
    assertThat(page.locator("[data-state]").textContent()).isEqualTo("Attiva");
    // Its pages join the navigation here, and only here.
    page.locator("[data-plugin-nav='microcredit']").waitFor();
    page.locator("#cfg-parDays").fill("400");
    page.getByRole(AriaRole.BUTTON, named("Salva la configurazione")).click();
    assertThat(page.locator("#cfg-parDays-error").textContent()).contains("365");
    assertThat(page.locator("#cfg-parDays").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.locator("#cfg-parDays").inputValue())
        .as("nothing typed is lost")
        .isEqualTo("400");
    page.locator("#cfg-parDays").fill("60");
    page.getByRole(AriaRole.BUTTON, named("Salva la configurazione")).click();
    page.getByText("Configurazione salvata.").waitFor();
    assertThat(page.locator("tr[data-change]").count()).isEqualTo(2);
    assertThat(page.locator("tr[data-change]").first().textContent())
        .contains("Configurazione cambiata")
        .contains(admin);
    page.locator("[data-deliveries]").waitFor();
    screenshot(page, "amministrazione-misura.png");
    accessibilityViolations(page).forEach(v -> violations.add("misura " + v));
    JsonObject config =
        platform.asAdminOf(tenant).get("/api/t/" + tenant + "/plugins/microcredit").json();
    assertThat(config.getJsonObject("config").getInt("parDays")).isEqualTo(60);
    assertThat(
            platform
                .get("/api/t/bologna/plugins/microcredit")
                .json()
                .getJsonObject("config")
                .getInt("parDays"))
        .as("another territory's configuration")
        .isEqualTo(30);
    page.onceDialog(com.microsoft.playwright.Dialog::accept);
    page.getByRole(AriaRole.BUTTON, named("Disattiva")).click();
    page.getByText("Misura disattivata").waitFor();
    assertThat(page.locator("tr[data-change]").first().textContent()).contains("Disattivata");
    assertThat(page.locator("[data-plugin-nav='microcredit']").count())
        .as("a disabled plugin's pages leave the navigation")
        .isZero();
    assertThat(violations).as("serious or critical violations").isEmpty();
    done(page);

    // Operators find no administration.
    Page operator = signIn(platform, platform.operatorOf(tenant), "/t/" + tenant);
    assertThat(operator.getByRole(AriaRole.LINK, named("Amministrazione")).count()).isZero();
    operator.navigate(platform.baseUrl() + "/t/" + tenant + "/amministrazione/persone");
    operator.getByText("Non hai accesso a questa pagina.").waitFor();
    done(operator);
  }

  @Test
  void anAdminReadsAPersonsTrailExportsItAndErasesThePerson(Platform platform) throws Exception {
    String tenant = platform.onboardNewTenant("08");
    String other = platform.onboardNewTenant("08");
    long person = new Fixtures(platform, tenant).register(Fixtures.person("Marta", "Oblio", ""));
    long elsewhere = new Fixtures(platform, other).register(Fixtures.person("Marta", "Oblio", ""));
    Page page =
        signIn(
            platform,
            platform.adminOf(tenant),
            "/t/" + tenant + "/candidati/" + person + "?scheda=privacy");
    page.locator("tr[data-audit='CREATE']").waitFor();
    com.microsoft.playwright.Download export =
        page.waitForDownload(
            () -> page.getByRole(AriaRole.BUTTON, named("Scarica l'esportazione")).click());
    String json = Files.readString(export.path());
    assertThat(json).contains("Oblio");
    page.locator("tr[data-audit='EXPORT']").waitFor();
    assertThat(accessibilityViolations(page)).as("privacy tab").isEmpty();
    screenshot(page, "privacy.png");

    page.locator("#erase-confirmation").fill("Rossi");
    page.getByRole(AriaRole.BUTTON, named("Cancella definitivamente")).click();
    assertThat(page.locator("#erase-confirmation-error").textContent()).contains("Oblio");
    assertThat(platform.get("/api/t/" + tenant + "/candidates/" + person).status()).isEqualTo(200);
    page.locator("#erase-confirmation").fill("oblio");
    page.getByRole(AriaRole.BUTTON, named("Cancella definitivamente")).click();
    page.getByText("La persona è stata cancellata").waitFor();
    assertThat(platform.get("/api/t/" + tenant + "/candidates/" + person).status()).isEqualTo(404);
    assertThat(
            platform
                .get("/api/t/" + other + "/candidates/" + elsewhere)
                .json()
                .getString("lastName"))
        .as("the other territory's person")
        .isEqualTo("Oblio");
    done(page);

    // Operators do not see the tab.
    Page operator =
        signIn(platform, platform.operatorOf(other), "/t/" + other + "/candidati/" + elsewhere);
    operator.getByRole(AriaRole.TAB, named("Dati personali")).waitFor();
    assertThat(operator.getByRole(AriaRole.TAB, named("Privacy")).count()).isZero();
    done(operator);
  }

  @Test
  void anAdminImportsTheTerritorysHistoryAndExportsEverything(Platform platform) throws Exception {
    String tenant = platform.onboardNewTenant("03");
    java.nio.file.Path examples =
        java.nio.file.Path.of(System.getProperty("ponte.project.dir"), "docs", "import-examples");
    Page page =
        signIn(platform, platform.adminOf(tenant), "/t/" + tenant + "/amministrazione/dati");
    shows(page, "Nessuna importazione finora.");
    page.locator("#import-kind").selectOption("companies");
    page.locator("#import-file").setInputFiles(examples.resolve("companies.csv"));
    assertThat(page.locator("#import-dry").isChecked()).as("a check comes first").isTrue();
    page.getByRole(AriaRole.BUTTON, named("Avvia")).click();
    shows(page, "Il file è corretto. Importandolo: righe 2; nuove 2");
    assertThat(platform.get("/api/t/" + tenant + "/companies").json().getInt("total")).isZero();

    page.locator("label[for='import-dry']").click();
    assertThat(page.locator("#import-dry").isChecked()).isFalse();
    page.locator("#import-file").setInputFiles(examples.resolve("companies.csv"));
    page.getByRole(AriaRole.BUTTON, named("Avvia")).click();
    shows(page, "Righe: 2; nuove: 2; aggiornate: 0; invariate: 0.");
    page.locator("tr[data-import]").nth(1).waitFor();
    assertThat(platform.get("/api/t/" + tenant + "/companies").json().getInt("total")).isEqualTo(2);

    java.nio.file.Path wrong = Files.createTempFile("persone", ".csv");
    Files.writeString(wrong, "externalId;firstName;colore\nP-1;Anna;blu\n");
    page.locator("#import-kind").selectOption("candidates");
    page.locator("#import-file").setInputFiles(wrong);
    page.getByRole(AriaRole.BUTTON, named("Avvia")).click();
    shows(page, "Non è stato scritto nulla");
    assertThat(page.locator("table[data-errors]").textContent())
        .contains("Colonna sconosciuta.")
        .contains("colore")
        .contains("Manca una colonna obbligatoria.")
        .contains("lastName");
    assertThat(accessibilityViolations(page)).as("data page").isEmpty();
    screenshot(page, "amministrazione-dati.png");

    com.microsoft.playwright.Download export =
        page.waitForDownload(
            () -> page.getByRole(AriaRole.BUTTON, named("Scarica l'esportazione (ZIP)")).click());
    java.util.Map<String, byte[]> files = ExportIT.unzip(Files.readAllBytes(export.path()));
    assertThat(new String(files.get("companies.csv"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("AZ-001,Officine Esempio Srl");
    assertThat(files).containsKey("manifest.json");
    done(page);
  }

  /**
   * An operator whose computer is set to another time zone still gets the territory's today as the
   * default day: at any hour, one of these two zones (UTC+14 and UTC-11) is on another calendar day
   * than Rome.
   */
  @Test
  void todayIsTheTerritorysWhateverTheComputersTimeZone(Platform platform) {
    for (String elsewhere : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
      Page page = signIn(platform, "bologna.operator", "/t/bologna/report", elsewhere);
      page.getByRole(AriaRole.HEADING, named("Report delle attività")).waitFor();
      page.waitForURL("**al=*");
      String romeToday =
          java.time.LocalDate.now(java.time.ZoneId.of(OPERATORS_TIME_ZONE)).toString();
      assertThat(page.url())
          .as("the report's period, from " + elsewhere)
          .endsWith("al=" + romeToday);
      assertThat(page.locator("input[name='to']").inputValue()).isEqualTo(romeToday);
      done(page);
    }
  }

  @Test
  void theActivityReportDrawsItsFiguresDownloadsThemAndPrints(Platform platform) throws Exception {
    Page page = signIn(platform, "bologna.operator", "/t/bologna");
    page.getByRole(AriaRole.LINK, named("Report")).click();
    page.getByRole(AriaRole.HEADING, named("Report delle attività")).waitFor();
    // The demo's year so far (the default period, also a click away).
    page.getByRole(AriaRole.BUTTON, named("Quest'anno")).click();
    page.waitForURL("**dal=*");
    String query = page.url().substring(page.url().indexOf('?') + 1);
    String from = query.replaceAll(".*dal=([0-9-]+).*", "$1");
    String to = query.replaceAll(".*al=([0-9-]+).*", "$1");
    assertThat(from).endsWith("-01-01");
    String api = "/api/t/bologna/reports/activity?from=" + from + "&to=" + to;
    JsonObject report = platform.get(api).json();
    Locator months = page.locator("[data-table='registrations-by-month']");
    months.locator("canvas").waitFor();
    assertThat(months.locator("tbody tr").count())
        .isEqualTo(table(report, "registrations-by-month").getJsonArray("rows").size());
    assertThat(months.locator("canvas").boundingBox().width).isGreaterThan(100);
    Locator types = page.locator("[data-table='placements-by-type']");
    assertThat(types.locator("canvas").count()).as("a share drawn as bars").isEqualTo(1);
    assertThat(types.locator("tbody").textContent()).contains("Assunzione");
    assertThat(page.locator("[data-table='board-companies'] canvas").count())
        .as("a ranking stays a table")
        .isZero();
    assertThat(page.locator("[data-table]").count())
        .as("every table of the report")
        .isEqualTo(report.getJsonArray("tables").size());
    page.locator("[data-section='microcredit']").waitFor();
    page.locator("[data-section='innovation-calls']").waitFor();

    com.microsoft.playwright.Download csv =
        page.waitForDownload(
            () -> page.getByRole(AriaRole.BUTTON, named("Scarica in CSV")).click());
    Answer sameFromTheApi =
        platform.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.baseUrl() + api))
                .header("Authorization", "Bearer " + platform.token("bologna.operator"))
                .header("Accept", "text/csv")
                .build());
    assertThat(Files.readString(csv.path()))
        .contains("# registrations-by-month")
        .contains("plugin:microcredit")
        .isEqualTo(sameFromTheApi.body());
    assertThat(accessibilityViolations(page)).as("report").isEmpty();
    screenshot(page, "report.png");

    page.emulateMedia(
        new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
    assertThat(page.locator("ponte-app > header").isVisible()).as("printed: no header").isFalse();
    assertThat(page.locator("main form").isVisible()).as("printed: no period form").isFalse();
    assertThat(months.locator("table").isVisible()).as("printed: the figures").isTrue();
    done(page);

    // Another territory's report is not reachable.
    Page bergamo = signIn(platform, "bergamo.operator", "/t/bergamo");
    bergamo.navigate(platform.baseUrl() + "/t/bologna/report");
    bergamo.getByText("Non hai accesso a questo territorio").first().waitFor();
    assertThat(bergamo.locator("[data-table]").count()).isZero();
    done(bergamo);
  }

  @Test
  void anAnalystReadsTheFederatedFiguresWithHiddenCellsMarked(Platform platform) throws Exception {
    String analyst =
        platform.createUser("analista-" + Platform.newTenantId(), "federation-analyst", null);
    Page page = signIn(platform, analyst, "/regione");
    page.getByRole(AriaRole.HEADING, named("Report regionali federati")).waitFor();
    page.locator("[data-table='placements-by-type'] tbody tr").first().waitFor();
    String query = page.url().substring(page.url().indexOf('?') + 1);
    String label = java.net.URLDecoder.decode(query, StandardCharsets.UTF_8).split("=")[1];
    assertThat(label).as("the last closed quarter by default").matches("\\d{4}-Q[1-4]");
    JsonObject published = federated(platform, analyst, label, "tenant");
    long hidden = published.toString().split("\"suppressed\"", -1).length - 1;
    assertThat(page.locator("[data-suppressed]").count())
        .as("every hidden cell marked as hidden, none drawn as a number")
        .isEqualTo((int) hidden);
    assertThat(page.locator("[data-disclosure] summary").textContent()).contains("protetti");
    assertThat(accessibilityViolations(page)).as("federation").isEmpty();
    screenshot(page, "regione.png");

    page.locator("#groupBy").selectOption("region");
    page.getByRole(AriaRole.BUTTON, named("Mostra")).click();
    page.waitForURL("**per=regione");
    page.locator("[data-table='placements-by-type'] tbody tr").first().waitFor();
    JsonObject byRegion = federated(platform, analyst, label, "region");
    String firstRegion =
        byRegion
            .getJsonArray("tables")
            .getJsonObject(0)
            .getJsonArray("rows")
            .getJsonObject(0)
            .getString("group");
    assertThat(page.locator("[data-table] tbody th").first().textContent()).isEqualTo(firstRegion);
    done(page);

    Page operator = signIn(platform, "bologna.operator", "/t/bologna");
    assertThat(operator.getByRole(AriaRole.LINK, named("Report regionali")).count()).isZero();
    operator.navigate(platform.baseUrl() + "/regione");
    operator.getByText("Non hai accesso a questa pagina.").waitFor();
    assertThat(operator.locator("[data-table]").count()).isZero();
    done(operator);
  }

  /** The federated report an analyst reads for a period label (2026-Q3, 2026-11, 2025). */
  private static JsonObject federated(
      Platform platform, String analyst, String label, String groupBy) {
    java.time.LocalDate from;
    java.time.LocalDate to;
    if (label.contains("Q")) {
      int year = Integer.parseInt(label.substring(0, 4));
      int quarter = label.charAt(label.length() - 1) - '0';
      from = java.time.LocalDate.of(year, quarter * 3 - 2, 1);
      to = from.plusMonths(3).minusDays(1);
    } else {
      throw new IllegalArgumentException(label);
    }
    return platform
        .as(analyst)
        .get(
            "/api/federation/reports/activity?from=%s&to=%s&groupBy=%s"
                .formatted(from, to, groupBy))
        .json();
  }

  @Test
  void aPlatformAdminOnboardsATerritoryFromTheWizard(Platform platform) throws Exception {
    Page page = signIn(platform, "platform.admin", "/piattaforma");
    page.getByRole(AriaRole.HEADING, named("Territori della piattaforma")).waitFor();
    assertThat(page.locator("tr[data-tenant='bologna']").textContent())
        .contains("Attivo")
        .contains("microcredit");
    String id = Platform.newTenantId();
    page.locator("#onboard-id").fill("Non Valido!");
    page.locator("#onboard-name").fill("Territorio di prova");
    page.locator("#onboard-region").fill("08");
    page.locator("#onboard-zones").fill("Pianura\nMontagna");
    page.getByRole(AriaRole.BUTTON, named("Attiva il territorio")).click();
    page.locator("#onboard-id-error").waitFor();
    assertThat(page.locator("#onboard-id").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(page.locator("#onboard-name").inputValue())
        .as("nothing typed is lost")
        .isEqualTo("Territorio di prova");
    assertThat(platform.get("/api/platform/tenants/" + id).status()).isEqualTo(404);
    String firstAdmin = platform.createUser("primo-" + id, "tenant-admin", null);
    page.locator("#onboard-id").fill(id);
    page.locator("#onboard-admin").fill(firstAdmin + "@ponte.example");
    tick(page, "onboard-existing");
    page.getByRole(AriaRole.BUTTON, named("Attiva il territorio")).click();
    page.getByText("Territorio di prova (" + id + ") è attivo.").waitFor();
    page.locator("tr[data-tenant='" + id + "']").waitFor();
    JsonObject created = platform.get("/api/platform/tenants/" + id).json();
    assertThat(created.getString("status")).isEqualTo("ACTIVE");
    assertThat(created.getJsonArray("zones").toString()).contains("Pianura").contains("Montagna");
    assertThat(accessibilityViolations(page)).as("platform").isEmpty();
    screenshot(page, "piattaforma.png");
    done(page);

    // Its first admin signs in to it and administers it.
    Page first = signIn(platform, firstAdmin, "/");
    assertThat(first.locator("[data-territory]").textContent()).isEqualTo("Territorio di prova");
    first.getByRole(AriaRole.LINK, named("Amministrazione")).click();
    first.locator("tr[data-zone='Montagna']").waitFor();
    done(first);

    Page admin = signIn(platform, "bologna.admin", "/t/bologna");
    admin.navigate(platform.baseUrl() + "/piattaforma");
    admin.getByText("Non hai accesso a questa pagina.").waitFor();
    assertThat(admin.locator("tr[data-tenant]").count()).isZero();
    done(admin);
  }

  @Test
  void aLoanFromTheApplicationToItsFirstRepaymentInThePluginsPages(Platform platform)
      throws Exception {
    String tenant = platform.onboardNewTenant("08");
    String other = platform.onboardNewTenant("08");
    MicrocreditIT.enable(platform, tenant);
    MicrocreditIT.enable(platform, other);
    MicrocreditIT.fund(platform, tenant);
    Page page = signIn(platform, platform.adminOf(tenant), "/t/" + tenant);
    page.locator("[data-plugin-nav='microcredit']").click();
    page.getByRole(AriaRole.HEADING, named("Fondi di garanzia")).waitFor();
    assertThat(page.locator("[data-fund] [data-free]").textContent()).contains("30.000");
    assertThat(accessibilityViolations(page)).as("microcredit overview").isEmpty();

    page.getByRole(AriaRole.LINK, named("Nuova domanda di prestito")).click();
    page.locator("#organisation").fill("Cooperativa Sartoria Sociale");
    page.locator("#taxCode").fill(TestData.vatNumber(7_300_001));
    page.locator("#amount").fill("6000");
    page.locator("#months").fill("24");
    page.locator("#businessPlan").fill("Laboratorio di sartoria");
    page.getByRole(AriaRole.BUTTON, named("Registra la domanda")).click();
    page.locator("[data-status='APPLIED']").waitFor();
    for (String service : List.of("STRATEGY", "PRICING_MARKET")) {
      page.locator("#service").selectOption(service);
      page.locator("#tutor").fill("Marta Neri");
      page.getByRole(AriaRole.BUTTON, named("Registra")).first().click();
      page.getByText("Servizio registrato.").waitFor();
    }
    page.locator("form:has(#positive)")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registra"))
        .click();
    page.locator("[data-status='EVALUATED']").waitFor();
    page.getByRole(AriaRole.BUTTON, named("Approva")).click();
    page.locator("[data-status='APPROVED']").waitFor();
    page.getByRole(AriaRole.BUTTON, named("Registra l'erogazione")).click();
    page.locator("[data-status='DISBURSED']").waitFor();
    assertThat(page.locator("tr[data-instalment]").count()).isEqualTo(24);
    page.locator("#amount").fill("300");
    page.getByRole(AriaRole.BUTTON, named("Registra il rimborso")).click();
    page.getByText("Rimborso registrato.").waitFor();
    assertThat(page.locator("tr[data-repayment]").count()).isEqualTo(1);
    assertThat(accessibilityViolations(page)).as("a loan").isEmpty();
    screenshot(page, "microcredito-prestito.png");
    done(page);

    assertThat(
            platform
                .get("/api/t/" + other + "/plugins/microcredit/loans")
                .jsonStructure()
                .asJsonArray())
        .as("the other territory")
        .isEmpty();
    // Where microcredit is not enabled, its pages are not offered.
    Page bergamo = signIn(platform, "bergamo.operator", "/t/bergamo");
    assertThat(bergamo.locator("[data-plugin-nav='microcredit']").count()).isZero();
    bergamo.navigate(platform.baseUrl() + "/t/bergamo/microcredit");
    bergamo.getByText("Non trovato.").first().waitFor();
    done(bergamo);
  }

  @Test
  void aDoteFromEligibilityToItsResultClaimInThePluginsPages(Platform platform) throws Exception {
    String tenant = platform.onboardNewTenant("03");
    DoteUnicaLavoroIT.enable(platform, tenant);
    String base = "/api/t/" + tenant + "/plugins/dote-unica-lavoro";
    Answer operator =
        platform
            .asAdminOf(tenant)
            .post(base + "/operators", "{\"name\": \"Ente Uno\", \"ceiling\": 20000}");
    assertThat(operator.status()).as(operator.body()).isEqualTo(201);
    Fixtures f = new Fixtures(platform, tenant);
    long young = f.register(DoteUnicaLavoroIT.person("Giovane", 25, "UNEMPLOYED"));
    long worker = f.register(DoteUnicaLavoroIT.person("Lavoratrice", 56, "UNEMPLOYED"));
    Page page = signIn(platform, platform.operatorOf(tenant), "/t/" + tenant);
    page.locator("[data-plugin-nav='dote-unica-lavoro']").click();
    page.getByRole(AriaRole.HEADING, named("Operatori accreditati e budget")).waitFor();
    assertThat(page.locator("[data-operator] [data-available]").textContent()).contains("20.000");

    // Not eligible: every reason, and nothing opened.
    page.locator("#candidateId").fill(String.valueOf(young));
    page.getByRole(AriaRole.BUTTON, named("Controlla e assegna")).click();
    assertThat(page.locator("main .alert-danger").textContent())
        .contains("under 30")
        .contains("Patto di servizio");
    assertThat(page.locator("tr[data-dote]").count()).isZero();
    assertThat(accessibilityViolations(page)).as("doti").isEmpty();

    page.locator("#candidateId").fill(String.valueOf(worker));
    tick(page, "serviceAgreementSigned");
    page.getByRole(AriaRole.BUTTON, named("Controlla e assegna")).click();
    page.locator("[data-status='ACTIVE']").waitFor();
    assertThat(page.locator("[data-fascia]").textContent()).contains("fascia 3");
    assertThat(page.locator("tr[data-contribution='age']").textContent()).contains("56");

    // The PIP, within the fascia's maximum.
    page.getByRole(AriaRole.BUTTON, named("Aggiungi un servizio")).click();
    page.locator("#line-service-0").selectOption("ACC-01");
    page.locator("#line-quantity-0").fill("2");
    page.getByRole(AriaRole.BUTTON, named("Aggiungi un servizio")).click();
    page.locator("#line-service-1").selectOption("ORI-01");
    page.locator("#line-quantity-1").fill("10");
    page.getByRole(AriaRole.BUTTON, named("Salva il piano")).click();
    page.getByText("Piano salvato").waitFor();
    assertThat(page.locator("tr[data-line]").count()).isEqualTo(2);

    page.locator("#delivery-service").selectOption("ACC-01");
    page.locator("#delivery-quantity").fill("1");
    page.locator("#delivery-staff").fill("Anna Bonetti");
    page.getByRole(AriaRole.BUTTON, named("Registra")).click();
    page.locator("tr[data-delivery='ACC-01']").waitFor();

    // A hiring recorded in the core closes the dote with its result claim.
    long company = f.company("Impresa Srl", "SMALL");
    f.move(worker, "ASSESSED");
    f.move(worker, "IN_PROTOCOL");
    Answer placement =
        platform.post(
            "/api/t/" + tenant + "/placements",
            ("{\"candidateId\": %d, \"companyId\": %d, \"type\": \"HIRING\","
                    + " \"contract\": \"FIXED_TERM\", \"startDate\": \"%s\", \"endDate\": \"%s\","
                    + " \"hoursPerWeek\": 30}")
                .formatted(
                    worker,
                    company,
                    java.time.LocalDate.now(java.time.ZoneId.of(OPERATORS_TIME_ZONE)),
                    java.time.LocalDate.now(java.time.ZoneId.of(OPERATORS_TIME_ZONE))
                        .plusDays(400)));
    assertThat(placement.status()).as(placement.body()).isEqualTo(201);
    Fixtures.eventually(
        () -> {
          page.reload();
          page.locator("main h1").waitFor();
          return page.locator("tr[data-claim]").count();
        },
        n -> n == 1);
    assertThat(page.locator("[data-status='PLACED']").count()).isEqualTo(1);
    assertThat(accessibilityViolations(page)).as("a dote").isEmpty();
    screenshot(page, "dote.png");
    // The placement returned the plan's booking to the operator as replacement budget.
    page.getByRole(AriaRole.LINK, named("Tutte le doti")).click();
    assertThat(page.locator("[data-operator] [data-replacement]").textContent())
        .doesNotStartWith("0,00");
    done(page);
  }

  @Test
  void aCallFromSubmissionToFundingWithACommitteeAndAConflict(Platform platform) throws Exception {
    String tenant = platform.onboardNewTenant("08");
    String other = platform.onboardNewTenant("08");
    String admin = platform.adminOf(tenant);
    for (String t : List.of(tenant, other)) {
      Answer enabled =
          platform
              .as(platform.adminOf(t))
              .send("PUT", "/api/t/" + t + "/plugins/innovation-calls", "{}", "application/json");
      assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    }
    String base = "/api/t/" + tenant + "/plugins/innovation-calls";
    java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Rome"));
    Answer created =
        platform
            .as(admin)
            .post(
                base + "/calls",
                "{\"title\": \"Innovazione sociale\", \"budget\": 20000, \"opensAt\": \"%s\", \"closesAt\": \"%s\"}"
                    .formatted(now.minusDays(1).withNano(0), now.plusMonths(1).withNano(0)));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long call = created.json().getJsonNumber("id").longValue();
    String fair = platform.createUser("membro-a-" + tenant, "operator", tenant);
    String conflicted = platform.createUser("membro-b-" + tenant, "operator", tenant);
    for (String member : List.of(fair, conflicted)) {
      platform
          .as(admin)
          .post(base + "/calls/" + call + "/committee", "{\"username\": \"" + member + "\"}");
    }

    // An operator takes an application from its submission to the committee.
    Page page = signIn(platform, platform.operatorOf(tenant), "/t/" + tenant);
    page.locator("[data-plugin-nav='innovation-calls']").click();
    page.locator("[data-call='" + call + "'] a").click();
    page.locator("ul[data-committee]").waitFor();
    page.locator("#organisation").fill("Cooperativa Orti Urbani");
    page.locator("#taxCode").fill(TestData.vatNumber(8_500_001));
    page.locator("#summary").fill("Orti condivisi nei quartieri");
    page.locator("#investment").fill("5000");
    page.getByRole(AriaRole.BUTTON, named("Presenta la domanda")).click();
    page.locator("[data-status='SUBMITTED']").waitFor();
    String application = page.url().replaceAll(".*/domande/(\\d+).*", "$1");
    page.getByRole(AriaRole.BUTTON, named("Verifica")).click();
    page.locator("[data-status='ACCOMPANIMENT']").waitFor();
    page.getByRole(AriaRole.BUTTON, named("Passa al pitch")).click();
    page.locator("[data-status='PITCH']").waitFor();
    page.getByRole(AriaRole.BUTTON, named("Passa alla valutazione")).click();
    page.locator("[data-status='EVALUATION']").waitFor();
    assertThat(accessibilityViolations(page)).as("an application").isEmpty();
    done(page);

    String path = "/t/" + tenant + "/innovation-calls/domande/" + application;
    // A member declares a conflict, and cannot score any more.
    Page b = signIn(platform, conflicted, path);
    b.locator("#reason").fill("Socia della cooperativa");
    b.getByRole(AriaRole.BUTTON, named("Dichiara il conflitto")).click();
    b.getByText("Conflitto dichiarato").waitFor();
    for (Locator score : b.locator("input[id^='score-']").all()) {
      score.fill("5");
    }
    b.getByRole(AriaRole.BUTTON, named("Registra i punteggi")).click();
    assertThat(b.locator("main .alert-danger").textContent()).contains("conflitto di interessi");
    done(b);

    // The other member scores and decides: the quorum is of the members without a conflict.
    Page a = signIn(platform, fair, path);
    a.locator("input[id^='score-']").first().waitFor();
    for (Locator score : a.locator("input[id^='score-']").all()) {
      score.fill(score.getAttribute("max"));
    }
    a.getByRole(AriaRole.BUTTON, named("Registra i punteggi")).click();
    a.getByText("Punteggi registrati.").waitFor();
    assertThat(a.locator("[data-score]").textContent()).isNotEqualTo("—");
    a.locator("#minutes").fill("Verbale n. 1");
    a.getByRole(AriaRole.BUTTON, named("Registra la decisione")).click();
    a.locator("[data-status='SELECTED']").waitFor();
    done(a);

    // The admin funds it within the caps and the budget.
    Page funder = signIn(platform, admin, path);
    funder.getByRole(AriaRole.BUTTON, named("Finanzia")).click();
    funder.locator("[data-status='FUNDED']").waitFor();
    screenshot(funder, "bando-domanda.png");
    done(funder);
    JsonObject after = platform.get(base + "/calls/" + call).json();
    assertThat(after.getJsonNumber("budgetLeft").bigDecimalValue()).isEqualByComparingTo("15000");
    assertThat(
            platform
                .get("/api/t/" + other + "/plugins/innovation-calls/calls")
                .jsonStructure()
                .asJsonArray())
        .as("the other territory")
        .isEmpty();
  }

  /** A table of an activity report by its id. */
  private static JsonObject table(JsonObject report, String id) {
    return report.getJsonArray("tables").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("id").equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** A person's role in a territory, from the members API; null when they are not a member. */
  private static String roleOf(Platform platform, String tenant, String email) {
    return platform
        .asAdminOf(tenant)
        .get("/api/t/" + tenant + "/members")
        .jsonStructure()
        .asJsonArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> email.equals(m.getString("email", null)))
        .map(m -> m.getString("role", null))
        .findFirst()
        .orElse(null);
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
