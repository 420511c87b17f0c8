package it.ponte.idempotency.interfaces;

import it.ponte.idempotency.domain.StoredAnswer;
import it.ponte.platform.interfaces.BufferedRequest;
import it.ponte.platform.interfaces.Problems;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Makes a territory's POST with an {@code Idempotency-Key} header safe to retry. The request runs
 * in one transaction that the services join; after the access checks, {@link IdempotencyCheck}
 * looks the caller's key up: a key already answered gets its first answer again (a different
 * request with the same key, 422 {@code idempotency-key-reused}), and a new one runs. A 2xx answer
 * is kept with the key in the same transaction as what the request wrote, so either both are there
 * or neither; any other answer rolls everything back. Of two requests racing with one key, the
 * second waits for the first and then gets its answer. Public forms and imports (whose re-run
 * changes nothing by itself) are left alone.
 */
@WebFilter(filterName = "idempotency", urlPatterns = "/api/t/*")
public class IdempotencyFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class.getName());

  /** The header, as in the IETF draft "The Idempotency-Key HTTP Header Field". */
  public static final String HEADER = "Idempotency-Key";

  /** What the check and the filter tell each other through the request. */
  static final String ATTRIBUTE = IdempotencyFilter.class.getName();

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{8,200}");

  private static final Pattern EXCLUDED = Pattern.compile("/api/t/[^/]+/(public/.*|imports/?)");

  @Resource UserTransaction transaction;

  @Inject StoredAnswer.Store answers;

  /** A keyed request on its way: set here, completed by the check. */
  static final class Keyed {
    final String key;
    final String hash;
    String caller;
    StoredAnswer replay;

    Keyed(String key, String hash) {
      this.key = key;
      this.hash = hash;
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = request.getHeader(HEADER);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (key == null || !request.getMethod().equals("POST") || EXCLUDED.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    if (!KEY.matcher(key).matches()) {
      problem(
          response,
          400,
          "invalid-idempotency-key",
          "Invalid Idempotency-Key",
          "An Idempotency-Key is 8 to 200 visible ASCII characters, such as a UUID.");
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    Keyed keyed = new Keyed(key, hash(request, path, body));
    request.setAttribute(ATTRIBUTE, keyed);
    Captured captured = new Captured(response);
    try {
      transaction.begin();
      chain.doFilter(new BufferedRequest(request, body), captured);
      finish(keyed, captured, response);
    } catch (Exception e) {
      rollback();
      if (e instanceof IOException io) {
        throw io;
      }
      if (e instanceof ServletException se) {
        throw se;
      }
      throw new ServletException(e);
    }
  }

  private void finish(Keyed keyed, Captured captured, HttpServletResponse response)
      throws Exception {
    int status = captured.status;
    boolean success = status >= 200 && status < 300;
    if (keyed.replay != null
        || keyed.caller == null
        || !success
        || transaction.getStatus() != Status.STATUS_ACTIVE) {
      // A replay, a request the check never reached (refused before), or a failure: nothing of it
      // stays.
      rollback();
      captured.sendTo(response);
      return;
    }
    StoredAnswer answer =
        new StoredAnswer(
            keyed.hash, status, captured.getContentType(), captured.location(), captured.bytes());
    if (answers.keep(keyed.caller, keyed.key, answer)) {
      transaction.commit();
      captured.sendTo(response);
      return;
    }
    // Another request with this key committed first: this one's writes go, and its answer is the
    // first one's.
    rollback();
    response.setHeader("Location", null);
    transaction.begin();
    try {
      var first = answers.find(keyed.caller, keyed.key);
      if (first.isPresent() && first.get().requestHash().equals(keyed.hash)) {
        replay(first.get(), response);
      } else {
        problem(
            response,
            422,
            "idempotency-key-reused",
            "Idempotency-Key reused",
            "This Idempotency-Key was used for another request: use a new key for a new request.");
      }
    } finally {
      rollback();
    }
  }

  /** Writes a kept answer as it was first given. */
  static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
    response.setStatus(answer.status());
    if (answer.contentType() != null) {
      response.setContentType(answer.contentType());
    }
    if (answer.location() != null) {
      response.setHeader("Location", answer.location());
    }
    response.setHeader("Idempotent-Replayed", "true");
    if (answer.body() != null) {
      response.getOutputStream().write(answer.body());
    }
  }

  private void rollback() {
    try {
      int status = transaction.getStatus();
      if (status != Status.STATUS_NO_TRANSACTION
          && status != Status.STATUS_COMMITTED
          && status != Status.STATUS_ROLLEDBACK) {
        transaction.rollback();
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Rolling back a keyed request failed", e);
    }
  }

  private static void problem(
      HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getOutputStream()
        .write(
            Problems.json(type, status, title, detail, null, List.of())
                .getBytes(StandardCharsets.UTF_8));
  }

  private static String hash(HttpServletRequest request, String path, byte[] body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String query = request.getQueryString();
      String type = request.getContentType();
      sha.update(
          ("POST "
                  + path
                  + (query == null ? "" : "?" + query)
                  + "\n"
                  + (type == null ? "" : type)
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
      sha.update(body);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The answer, held until the transaction has ended. */
  private static final class Captured extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private int status = 200;
    private PrintWriter writer;
    private ServletOutputStream stream;

    Captured(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setStatus(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) {
      status = sc;
      super.setStatus(sc);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("Not asynchronous");
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    String location() {
      return getHeader("Location");
    }

    byte[] bytes() {
      flushBuffer();
      return buffer.toByteArray();
    }

    void sendTo(HttpServletResponse response) throws IOException {
      byte[] bytes = bytes();
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }
}
