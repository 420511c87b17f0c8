package it.ponte.platform.interfaces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Answers the web console's shell for the console's paths ({@code /}, {@code /t/bologna/candidati}
 * ...) when a browser asks for a page, so a link can be shared and reloaded; never for the API,
 * health, OpenAPI, metrics or the assets.
 */
@WebFilter(filterName = "console-shell", urlPatterns = "/*")
public class ConsoleShellFilter extends HttpFilter {

  private static final List<String> NOT_CONSOLE =
      List.of(
          "/api",
          "/health",
          "/openapi",
          "/metrics",
          "/console/",
          "/webjars/",
          "/problem-error-page");

  /**
   * Whether no servlet of the application claims the path (it would fall to the default servlet): a
   * path a servlet is mapped to - the REST API's, or another deployed with the platform (the
   * in-container tests' runner, for one) - is that servlet's, whatever the browser accepts.
   */
  private static boolean unclaimed(HttpServletRequest request) {
    var mapping = request.getHttpServletMapping();
    return mapping == null
        || mapping.getMappingMatch() == null
        || mapping.getMappingMatch() == jakarta.servlet.http.MappingMatch.DEFAULT
        || mapping.getMappingMatch() == jakarta.servlet.http.MappingMatch.CONTEXT_ROOT;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String accept = request.getHeader("Accept");
    boolean page =
        ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
            && accept != null
            && accept.contains("text/html")
            && NOT_CONSOLE.stream().noneMatch(path::startsWith)
            && unclaimed(request)
            && ConsoleShell.installed();
    if (!page) {
      chain.doFilter(request, response);
      return;
    }
    byte[] html = ConsoleShell.get().html().getBytes(StandardCharsets.UTF_8);
    response.setStatus(200);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-cache");
    response.setContentLength(html.length);
    if ("GET".equals(request.getMethod())) {
      response.getOutputStream().write(html);
    }
  }
}
