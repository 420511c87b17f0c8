package it.ponte.bench;

import it.ponte.launcher.PonteInstance;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL the server sends while a capture is on, as PostgreSQL itself logs it: every statement
 * with its duration and values ({@code log_min_duration_statement = 0}, set with ALTER SYSTEM and a
 * reload). The embedded PostgreSQL writes its log to a file in its data folder for this ({@link
 * #prepare}, once: it needs a restart of PostgreSQL). For the benchmarks only: it sees every
 * session.
 */
final class SqlCapture implements AutoCloseable {

  /**
   * One statement as executed: its backend, milliseconds (parse, bind and execute), text, values.
   */
  record Executed(int pid, double millis, String sql, List<String> parameters) {}

  private static final Pattern LOGGED =
      Pattern.compile(
          "^(\\d+) LOG:  duration: ([0-9.]+) ms  (statement|parse|bind|execute)( [^:]*)?: (.*)$");
  private static final Pattern PARAMETERS = Pattern.compile("^(\\d+) DETAIL:  Parameters: (.*)$");
  private static final Pattern VALUE = Pattern.compile("\\$(\\d+) = (NULL|'((?:[^']|'')*)')");

  private final PonteInstance instance;
  private final Path file;
  private final long offset;

  private SqlCapture(PonteInstance instance) throws SQLException, IOException {
    this.instance = instance;
    this.file = logFile(instance);
    this.offset = Files.exists(file) ? Files.size(file) : 0;
    configure(instance, "ALTER SYSTEM SET log_min_duration_statement = 0");
  }

  /**
   * Sends the embedded PostgreSQL's log to a file of its data folder (restarting PostgreSQL; the
   * server reconnects by itself). Call once, before the load.
   */
  static void prepare(PonteInstance instance) throws SQLException, IOException {
    configure(
        instance,
        "ALTER SYSTEM SET logging_collector = on",
        "ALTER SYSTEM SET log_directory = 'capture'",
        "ALTER SYSTEM SET log_filename = 'statements.log'",
        "ALTER SYSTEM SET log_line_prefix = '%p '");
    instance.stopDatabase();
    instance.startDatabase();
  }

  /** Starts capturing. */
  static SqlCapture start(PonteInstance instance) throws SQLException, IOException {
    return new SqlCapture(instance);
  }

  private static Path logFile(PonteInstance instance) {
    return instance.serverLog().resolveSibling("pgdata").resolve("capture/statements.log");
  }

  private static void configure(PonteInstance instance, String... statements) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                instance.jdbcUrl(), instance.dbUser(), instance.dbPassword());
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
      s.execute("SELECT pg_reload_conf()");
    }
    try {
      Thread.sleep(300); // the reload reaches every backend
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Every statement executed since the capture started, in order. */
  List<Executed> statements() throws IOException {
    List<String> lines = new ArrayList<>();
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      in.seek(offset);
      byte[] rest = new byte[(int) (in.length() - offset)];
      in.readFully(rest);
      for (String line : new String(rest, StandardCharsets.UTF_8).split("\n")) {
        lines.add(line);
      }
    }
    List<Executed> out = new ArrayList<>();
    Map<Integer, Double> preparing = new HashMap<>();
    Executed pending = null;
    for (String line : lines) {
      Matcher logged = LOGGED.matcher(line);
      Matcher parameters = PARAMETERS.matcher(line);
      if (logged.matches()) {
        if (pending != null) {
          out.add(pending);
          pending = null;
        }
        int pid = Integer.parseInt(logged.group(1));
        double millis = Double.parseDouble(logged.group(2));
        String phase = logged.group(3);
        if (phase.equals("parse") || phase.equals("bind")) {
          preparing.merge(pid, millis, Double::sum);
        } else {
          double before = preparing.getOrDefault(pid, 0.0);
          preparing.remove(pid);
          pending = new Executed(pid, millis + before, logged.group(5), List.of());
        }
      } else if (parameters.matches() && pending != null) {
        Map<Integer, String> values = new LinkedHashMap<>();
        Matcher v = VALUE.matcher(parameters.group(2));
        while (v.find()) {
          values.put(
              Integer.parseInt(v.group(1)),
              v.group(3) == null ? null : v.group(3).replace("''", "'"));
        }
        out.add(
            new Executed(
                pending.pid(), pending.millis(), pending.sql(), new ArrayList<>(values.values())));
        pending = null;
      }
    }
    if (pending != null) {
      out.add(pending);
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    configure(instance, "ALTER SYSTEM RESET log_min_duration_statement");
  }
}
