package it.ponte.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerLogFollowerTest {

  private static final String E = "\u001B";

  @Test
  void showsPontesRecordsWarningsAndRequestLinesButNotTheServersNoise() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ServerLogFollower follower =
        new ServerLogFollower(
            Path.of("unused"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] log = {
      "[2026-12-02T10:13:25.251+0000] [] ["
          + E
          + "[1;92mINFO"
          + E
          + "[0m] [] ["
          + E
          + "[1;94mPayaraMicro"
          + E
          + "[0m] [tid: _ThreadID=1 _ThreadName=main] [timeMillis: 1]"
          + " [levelValue: 800] Payara Micro Runtime directory is located at /tmp",
      "",
      "[2026-12-02T10:13:27.484+0000] [] [INFO] [] [fish.payara.boot.runtime.BootCommand] [tid: x]"
          + " [timeMillis: 2] [levelValue: 800] [[",
      "  Boot Command set returned with result SUCCESS",
      "]]",
      "",
      "[2026-12-02T10:14:01.000+0000] [] [INFO] [] [it.ponte.tenancy.application.PlatformStartup]"
          + " [tid: x] [timeMillis: 3] [levelValue: 800] Platform ready: migrations done in 900 ms",
      "{\"time\":\"2026-12-02T10:14:02Z\",\"requestId\":\"abc\",\"status\":200}",
      "[2026-12-02T10:14:03.000+0000] [] [WARNING] [] [org.eclipse.persistence.metadata]"
          + " [tid: x] [timeMillis: 4] [levelValue: 900] The tenant table discriminator is defaulted",
      "[2026-12-02T10:14:04.000+0000] [] [WARNING] [] [it.ponte.platform.interfaces.Health]"
          + " [tid: x] [timeMillis: 5] [levelValue: 900] Readiness: the database is unreachable",
      "[2026-12-02T10:14:05.000+0000] [] [SEVERE] [] [org.glassfish.jersey.server.ServerRuntime]"
          + " [tid: x] [timeMillis: 6] [levelValue: 1000] [[",
      "  An I/O error has occurred",
      "java.io.IOException: Broken pipe",
      "\tat somewhere",
      "]]",
      ""
    };
    for (String line : log) {
      follower.line(line);
    }
    follower.flush();
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown)
        .doesNotContain("Payara Micro Runtime")
        .doesNotContain("Boot Command")
        .contains("10:14:01 INFO PlatformStartup: Platform ready: migrations done in 900 ms")
        .contains("{\"time\":\"2026-12-02T10:14:02Z\",\"requestId\":\"abc\",\"status\":200}")
        .doesNotContain("discriminator")
        .contains("10:14:04 WARNING Health: Readiness: the database is unreachable")
        .contains(
            "10:14:05 SEVERE ServerRuntime: An I/O error has occurred (2 more lines in the log)")
        .doesNotContain("Broken pipe");
  }
}
