package it.ponte.platform.interfaces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * How long browsers keep the web console's files, so a modest laptop on a slow line downloads the
 * libraries once. A webjar's path names its version ({@code /webjars/lit/3.3.2/...}): a new version
 * is a new path, so those files are kept for a year without asking again. The console's own files
 * ({@code /console/...}) change with each release under the same path: the browser keeps them but
 * asks each time whether they changed (answered 304 from their last-modified date).
 */
@WebFilter(
    filterName = "static-caching",
    urlPatterns = {"/webjars/*", "/console/*"})
public class StaticCachingFilter extends HttpFilter {

  private static final Pattern VERSIONED = Pattern.compile("^/webjars/[^/]+/\\d[^/]*/.+");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("Cache-Control", cacheControl(path));
    chain.doFilter(request, response);
  }

  static String cacheControl(String path) {
    return VERSIONED.matcher(path).matches() ? "public, max-age=31536000, immutable" : "no-cache";
  }
}
