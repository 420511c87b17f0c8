package it.ponte.platform.interfaces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response of the platform, set before anything else runs so errors carry
 * them too: no content sniffing, no referrer, no caching of API answers (they hold personal data),
 * a Content-Security-Policy (none at all for the API; for the web console only its own origin plus
 * Keycloak for sign-in), and HSTS when the request came over HTTPS.
 */
@WebFilter(filterName = "security-headers", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  /** The policy of API answers: they are data, never a page. */
  static final String API_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private volatile String consolePolicy;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    if (path.startsWith("/api/") || path.equals("/api")) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Content-Security-Policy", API_POLICY);
    } else {
      response.setHeader("Content-Security-Policy", consolePolicy());
      response.setHeader("X-Frame-Options", "DENY");
    }
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      // Browsers take it only over HTTPS, so a forged header on plain HTTP does nothing.
      response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    chain.doFilter(request, response);
  }

  private String consolePolicy() {
    String p = consolePolicy;
    if (p == null) {
      p =
          consolePolicy(
              keycloakOrigin(), ConsoleShell.installed() ? ConsoleShell.get().scriptHash() : "");
      consolePolicy = p;
    }
    return p;
  }

  /**
   * The web console's policy: scripts, styles, fonts and images from the platform only, API calls
   * to the platform and Keycloak, Keycloak's sign-in frames; nothing inline, no eval, no plugins.
   */
  static String consolePolicy(String keycloakOrigin, String importMapHash) {
    String kc = keycloakOrigin.isEmpty() ? "" : " " + keycloakOrigin;
    String map = importMapHash.isEmpty() ? "" : " " + importMapHash;
    return "default-src 'self'; script-src 'self'"
        + map
        + "; style-src 'self'; img-src 'self' data:;"
        + " font-src 'self' data:; connect-src 'self'"
        + kc
        + "; frame-src 'self'"
        + kc
        + "; form-action 'self'"
        + kc
        + "; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
  }

  private static String keycloakOrigin() {
    String url =
        ConfigProvider.getConfig()
            .getOptionalValue("ponte.auth.issuer", String.class)
            .or(
                () ->
                    ConfigProvider.getConfig().getOptionalValue("ponte.keycloak.url", String.class))
            .orElse("");
    try {
      URI uri = URI.create(url.trim());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "";
      }
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
