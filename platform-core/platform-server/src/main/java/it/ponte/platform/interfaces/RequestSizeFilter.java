package it.ponte.platform.interfaces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Caps request bodies before anything reads them: 1 MB for JSON and every other body, 5 MB for a
 * candidate's document (the one endpoint that documents more). An import's file has its own cap
 * (200 MB), enforced by the import resource as it copies the body to disk, never in memory. A
 * declared length over the cap is refused at once; a body sent without a length is read up to the
 * cap and refused if it goes on. The answer is a {@code 413} problem and nothing is written.
 */
@WebFilter(filterName = "request-size", urlPatterns = "/api/*")
public class RequestSizeFilter extends HttpFilter {

  /** The cap of a JSON body (and of any body an endpoint does not document otherwise). */
  public static final int JSON_LIMIT = 1024 * 1024;

  /** The cap of a document upload: the documents' own limit. */
  public static final int DOCUMENT_LIMIT = it.ponte.candidate.domain.Document.MAX_BYTES;

  /** The cap of an import's file, which is streamed to disk. */
  public static final long IMPORT_LIMIT = 200L * 1024 * 1024;

  private static final Pattern IMPORTS = Pattern.compile("/api/t/[^/]+/imports/?");

  private static long declared(HttpServletRequest request) {
    return request.getContentLengthLong();
  }

  private static final Pattern DOCUMENTS =
      Pattern.compile("/api/t/[^/]+/candidates/[^/]+/documents/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (IMPORTS.matcher(path).matches() && declared(request) <= IMPORT_LIMIT) {
      chain.doFilter(request, response);
      return;
    }
    boolean document = DOCUMENTS.matcher(path).matches();
    int limit = document ? DOCUMENT_LIMIT : JSON_LIMIT;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      swallow(request, declared);
      refuse(request, response, limit, document);
      return;
    }
    if (declared < 0 && !document && hasBody(request)) {
      // No length given (chunked): read at most one byte past the cap, then hand the body on.
      byte[] body = request.getInputStream().readNBytes(limit + 1);
      if (body.length > limit) {
        swallow(request, 0);
        refuse(request, response, limit, document);
        return;
      }
      chain.doFilter(new BufferedRequest(request, body), response);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Reads and drops what the client is still sending, up to {@link #SWALLOW_LIMIT} and never
   * keeping it, so that it reads the 413 instead of a broken connection; past that the connection
   * is closed.
   */
  private static void swallow(HttpServletRequest request, long declared) throws IOException {
    if (declared > SWALLOW_LIMIT) {
      request.setAttribute(CLOSE, Boolean.TRUE);
      return;
    }
    byte[] sink = new byte[8192];
    long left = SWALLOW_LIMIT;
    var in = request.getInputStream();
    int n;
    while (left > 0 && (n = in.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
      left -= n;
    }
    if (left == 0) {
      request.setAttribute(CLOSE, Boolean.TRUE);
    }
  }

  private static final String CLOSE = RequestSizeFilter.class.getName() + ".close";

  /** The most of a refused body that is read (and dropped) so the client gets the answer. */
  static final long SWALLOW_LIMIT = 16L * 1024 * 1024;

  private static boolean hasBody(HttpServletRequest request) {
    String method = request.getMethod();
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, int limit, boolean document)
      throws IOException {
    response.setStatus(413);
    if (request.getAttribute(CLOSE) != null) {
      response.setHeader("Connection", "close");
    }
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Problems.json(
                document ? "document-too-large" : "payload-too-large",
                413,
                document ? "Document too large" : "Request body too large",
                document
                    ? "A document is at most 5 MB (" + limit + " bytes)."
                    : "This request's body is at most " + limit + " bytes.",
                request.getRequestURI(),
                List.of()));
  }

  /** The request with its body already read into memory (at most the cap). */
}
