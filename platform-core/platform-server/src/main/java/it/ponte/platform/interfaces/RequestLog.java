package it.ponte.platform.interfaces;

import jakarta.servlet.http.HttpServletRequest;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
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
    return sent != null && VALID.matcher(sent).matches() ? sent : newId();
  }

  /** The request's id, or a new one outside a request the filter saw. */
  public static String idOf(HttpServletRequest request) {
    Object id = request == null ? null : request.getAttribute(ID);
    return id instanceof String s ? s : newId();
  }

  /**
   * A random (version 4) UUID from a per-thread generator: {@code UUID.randomUUID()} draws from the
   * one SecureRandom of the JVM, a lock every request thread queued on under load. A request id
   * names a log line and an incident; it grants nothing, so it need not be unguessable.
   */
  static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  private static Logger logger() {
    Logger logger = Logger.getLogger("ponte.requests");
    logger.setUseParentHandlers(false);
    if (logger.getHandlers().length > 0) {
      // The logger outlives a redeployment of the application: one handler is enough.
      return logger;
    }
    logger.addHandler(new StandardOutput());
    return logger;
  }

  /**
   * Writes the lines to the process's standard output from a thread of its own: request threads
   * only queue their line (they waited on each other's writes to the stream before). Lines are
   * written whole, several per write when many are waiting; when the queue is full, a request waits
   * for room rather than lose its line.
   */
  static final class StandardOutput extends Handler {

    private static final int BATCH_BYTES = 8192;

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>(10_000);
    private final OutputStream out = new FileOutputStream(FileDescriptor.out);

    StandardOutput() {
      Thread writer = new Thread(this::drain, "ponte-request-log");
      writer.setDaemon(true);
      writer.start();
    }

    @Override
    public void publish(LogRecord record) {
      if (!isLoggable(record)) {
        return;
      }
      try {
        lines.put(record.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void drain() {
      StringBuilder batch = new StringBuilder(BATCH_BYTES);
      while (true) {
        try {
          batch.append(lines.take()).append('\n');
          String next;
          while (batch.length() < BATCH_BYTES && (next = lines.poll()) != null) {
            batch.append(next).append('\n');
          }
          out.write(batch.toString().getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
          return;
        } catch (IOException | RuntimeException e) {
          // Nowhere left to report it: standard output is the report.
        }
        batch.setLength(0);
      }
    }

    @Override
    public void flush() {
      // Lines leave as soon as the writer takes them.
    }

    @Override
    public void close() {
      // The writer lives as long as the process, like standard output.
    }
  }
}
