package it.ponte.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows on the run command's console what an operator needs of the server's log: Ponte's own
 * records (its warnings included), every error (SEVERE) whoever logs it, and the request lines -
 * not the application server's start-up noise and warnings, which stay in the log file. A record is
 * shown by its first line; the rest (a stack trace) is in the file. Follows the file as it grows, a
 * record at a time (a record starts with {@code [time]} and may span lines; a request line is one
 * JSON object).
 */
final class ServerLogFollower implements AutoCloseable {

  private static final Pattern HEADER =
      Pattern.compile(
          "^\\[(?<time>[^]]*)] \\[[^]]*] \\[(?<level>[^]]*)] \\[[^]]*] \\[(?<logger>[^]]*)]"
              + " \\[[^]]*] \\[[^]]*] \\[levelValue: (?<value>\\d+)] ?(?<message>.*)$");

  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");

  private final Path file;
  private final PrintStream out;
  private final Thread thread;
  private volatile boolean running = true;
  private final List<String> record = new ArrayList<>();

  ServerLogFollower(Path file, PrintStream out) {
    this.file = file;
    this.out = out;
    this.thread = new Thread(this::follow, "ponte-log");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void follow() {
    long position;
    try {
      // The file keeps earlier runs: only what this run writes is shown.
      position = Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      position = 0;
    }
    StringBuilder partial = new StringBuilder();
    while (running) {
      try {
        if (Files.exists(file) && Files.size(file) > position) {
          try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(position);
            byte[] bytes = new byte[(int) Math.min(in.length() - position, 1 << 20)];
            in.readFully(bytes);
            position += bytes.length;
            partial.append(new String(bytes, StandardCharsets.UTF_8));
            int end;
            while ((end = partial.indexOf("\n")) >= 0) {
              line(partial.substring(0, end));
              partial.delete(0, end + 1);
            }
          }
        } else {
          flush();
          Thread.sleep(200);
        }
      } catch (IOException e) {
        // The file is being rotated or not there yet: try again.
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Takes one line of the log. */
  void line(String raw) {
    String line = ANSI.matcher(raw).replaceAll("");
    if (line.startsWith("{")) {
      flush();
      out.println(line);
    } else if (HEADER.matcher(line).matches()) {
      flush();
      record.add(line);
    } else if (!record.isEmpty()) {
      record.add(line);
    }
  }

  /** Shows the record read so far, if it is one to show. */
  void flush() {
    if (record.isEmpty()) {
      return;
    }
    Matcher m = HEADER.matcher(record.get(0));
    record.remove(0);
    if (m.matches()) {
      int value = Integer.parseInt(m.group("value"));
      String logger = m.group("logger");
      if (value >= 1000 || logger.startsWith("it.ponte")) {
        String message = m.group("message").replace("[[", "").trim();
        int more = 0;
        for (String line : record) {
          String text = line.replace("]]", "").strip();
          if (text.isEmpty()) {
            continue;
          }
          if (message.isEmpty()) {
            message = text;
          } else {
            more++;
          }
        }
        if (more > 0) {
          message += " (" + more + " more lines in the log)";
        }
        String time = m.group("time");
        out.println(
            (time.length() >= 19 ? time.substring(11, 19) : time)
                + " "
                + m.group("level")
                + " "
                + logger.substring(logger.lastIndexOf('.') + 1)
                + ": "
                + message);
      }
    }
    record.clear();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    flush();
  }
}
