package it.ponte.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web console is served by the platform: its shell on console paths, its modules and the
 * webjars they import, with a Content-Security-Policy that allows the inline import map by hash and
 * nothing else inline.
 */
@ExtendWith(PlatformExtension.class)
class ConsoleShellIT {

  private static final Pattern IMPORT_MAP =
      Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL);

  @Test
  void consolePathsAnswerTheShellWithItsImportMapAllowedByHash(Platform platform) throws Exception {
    for (String path : new String[] {"/", "/t/bologna", "/t/bologna/candidati"}) {
      Answer page = platform.anonymous().send("GET", path, null, null);
      Answer html = platform.get(path, "text/html,application/xhtml+xml");
      assertThat(html.status()).as(path).isEqualTo(200);
      assertThat(html.contentType()).startsWith("text/html");
      assertThat(html.body()).contains("<ponte-app>").contains("/console/app.js");
      Matcher m = IMPORT_MAP.matcher(html.body());
      assertThat(m.find()).isTrue();
      String hash =
          Base64.getEncoder()
              .encodeToString(
                  MessageDigest.getInstance("SHA-256")
                      .digest(m.group(1).getBytes(StandardCharsets.UTF_8)));
      assertThat(html.header("Content-Security-Policy"))
          .contains("script-src 'self' 'sha256-" + hash + "';")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
      assertThat(page.status()).as("not a browser asking for a page").isNotEqualTo(200);
    }
    // Where to sign in: the platform's Keycloak, the console's client.
    Answer html = platform.get("/", "text/html");
    assertThat(html.body())
        .contains("ponte-auth")
        .contains(platform.instance().keycloakUrl())
        .contains("ponte-web");
    // The API is never answered with the shell.
    Answer api = platform.anonymous().send("GET", "/api/t/bologna/companies", null, null);
    assertThat(api.status()).isEqualTo(401);
    assertThat(platform.get("/api/t/bologna/companies", "text/html").contentType())
        .doesNotStartWith("text/html");
  }

  @Test
  void everyModuleAndLibraryTheShellNamesIsServed(Platform platform) {
    String html = platform.get("/", "text/html").body();
    Matcher m = IMPORT_MAP.matcher(html);
    assertThat(m.find()).isTrue();
    Matcher target = Pattern.compile("\"(/webjars/[^\"]+)\"").matcher(m.group(1));
    int targets = 0;
    while (target.find()) {
      String url = target.group(1);
      String file = url.endsWith("/") ? url + "package.json" : url;
      Answer a = platform.anonymous().send("GET", file, null, null);
      assertThat(a.status()).as(file).isEqualTo(200);
      // Versioned paths: kept for a year, never asked for again.
      assertThat(a.header("Cache-Control")).as(file).contains("immutable");
      targets++;
    }
    assertThat(targets).isGreaterThanOrEqualTo(6);
    Matcher assets = Pattern.compile("(?:href|src)=\"(/[^\"]+)\"").matcher(html);
    while (assets.find()) {
      Answer a = platform.anonymous().send("GET", assets.group(1), null, null);
      assertThat(a.status()).as(assets.group(1)).isEqualTo(200);
      assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
    // Every file of the console (pages, components, catalogues) is served, revalidated each time.
    Path console = Path.of("../platform-console/src/main/resources/META-INF/resources/console");
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(console)) {
      List<String> modules =
          files
              .filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".json"))
              .map(f -> "/console/" + console.relativize(f).toString().replace('\\', '/'))
              .filter(f -> !f.endsWith("importmap.json"))
              .toList();
      assertThat(modules).hasSizeGreaterThan(10);
      for (String module : modules) {
        Answer a = platform.anonymous().send("GET", module, null, null);
        assertThat(a.status()).as(module).isEqualTo(200);
        assertThat(a.header("Cache-Control")).as(module).isEqualTo("no-cache");
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
