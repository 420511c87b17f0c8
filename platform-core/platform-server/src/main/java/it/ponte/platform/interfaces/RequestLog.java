package it.ponte.platform.interfaces;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The request id and the request log. Each request has an id - the caller's {@code X-Request-Id}
 * when it is a plain token, else a new one - that the answer returns and that names the incident of
 * a 500. Each API request leaves one JSON line on the process's standard output (logger {@code
 * ponte.requests}), which a log collector reads as it is: no person's data and no token, only the
 * route's template, the tenant, the status, the time taken and the caller's subject.
 */
public final class RequestLog {

  /** The request attribute holding the id. */
  public static final String ID = RequestLog.class.getName() + ".id";

  /** The request attribute holding the matched route's template. */
  public static final String ROUTE = RequestLog.class.getName() + ".route";

  /** The header a caller may send and the answer always carries. */
  public static final String HEADER = "X-Request-Id";

  /** The logger of the request lines, at INFO. */
  public static final Logger LOG = logger();

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private RequestLog() {}

  /** The caller's id when it is a plain token of at most 100 characters, else a new one. */
  static String idFor(String sent) {
    return sent != null && VALID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
  }

  /** The request's id, or a new one outside a request the filter saw. */
  public static String idOf(HttpServletRequest request) {
    Object id = request == null ? null : request.getAttribute(ID);
    return id instanceof String s ? s : UUID.randomUUID().toString();
  }

  private static Logger logger() {
    Logger logger = Logger.getLogger("ponte.requests");
    logger.setUseParentHandlers(false);
    if (logger.getHandlers().length > 0) {
      // The logger outlives a redeployment of the application: one handler is enough.
      return logger;
    }
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    logger.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (isLoggable(record)) {
              out.println(record.getMessage());
            }
          }

          @Override
          public void flush() {
            out.flush();
          }

          @Override
          public void close() {
            out.flush();
          }
        });
    return logger;
  }
}
