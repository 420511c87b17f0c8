package it.ponte.platform.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The web console's one HTML page: the shell from the console's jar, with its import map inlined
 * (Lit's modules import bare names) and where to sign in. The Content-Security-Policy allows that
 * one inline script by its hash, computed here, and nothing else inline.
 */
public final class ConsoleShell {

  private static final String RESOURCES = "META-INF/resources/console/";

  private static volatile ConsoleShell instance;

  private final String html;
  private final String scriptHash;

  private ConsoleShell(String html, String scriptHash) {
    this.html = html;
    this.scriptHash = scriptHash;
  }

  /** The shell, built once from the console's resources and the configuration. */
  public static ConsoleShell get() {
    ConsoleShell s = instance;
    if (s == null) {
      synchronized (ConsoleShell.class) {
        if (instance == null) {
          instance = build(ConfigProvider.getConfig());
        }
        s = instance;
      }
    }
    return s;
  }

  private static volatile Boolean installed;

  /** Whether the console's assets are installed (the platform WAR carries them); looked up once. */
  public static boolean installed() {
    Boolean i = installed;
    if (i == null) {
      i = loader().getResource(RESOURCES + "index.html") != null;
      installed = i;
    }
    return i;
  }

  public String html() {
    return html;
  }

  /** The CSP source of the inline import map: {@code 'sha256-...'}. */
  public String scriptHash() {
    return scriptHash;
  }

  static ConsoleShell build(Config config) {
    String template = read("index.html");
    String importMap = read("importmap.json").strip();
    String script = "\n" + importMap + "\n";
    String hash = "'sha256-" + Base64.getEncoder().encodeToString(sha256(script)) + "'";
    String html =
        template
            .replace("<!--IMPORTMAP-->", "<script type=\"importmap\">" + script + "</script>")
            .replace("{{AUTH}}", attribute(authJson(config)));
    return new ConsoleShell(html, hash);
  }

  /** Where the browser signs in: Keycloak's public URL, the realm, the console's client. */
  static String authJson(Config config) {
    String realm = config.getOptionalValue("ponte.keycloak.realm", String.class).orElse("ponte");
    String url =
        config.getOptionalValue("ponte.keycloak.url", String.class).orElse("http://localhost:8180");
    var issuer = config.getOptionalValue("ponte.auth.issuer", String.class);
    if (issuer.isPresent() && issuer.get().contains("/realms/")) {
      String i = issuer.get().replaceAll("/+$", "");
      url = i.substring(0, i.indexOf("/realms/"));
      realm = i.substring(i.indexOf("/realms/") + "/realms/".length());
    }
    String client =
        config.getOptionalValue("ponte.console.client-id", String.class).orElse("ponte-web");
    return jakarta.json.Json.createObjectBuilder()
        .add("url", url.replaceAll("/+$", ""))
        .add("realm", realm)
        .add("clientId", client)
        .build()
        .toString();
  }

  private static String attribute(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  private static String read(String name) {
    try (InputStream in = loader().getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("The web console's " + name + " is not installed");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ClassLoader loader() {
    ClassLoader l = Thread.currentThread().getContextClassLoader();
    return l == null ? ConsoleShell.class.getClassLoader() : l;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
