package it.ponte.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

  @Test
  void stoppingLeavesNoProcessBehind(@TempDir Path dir) throws Exception {
    ChildProcess child = new ChildProcess("sleeper", dir.resolve("out.log"));
    // A shell that starts a grandchild, as kc.sh does with its JVM.
    child.start(List.of("sh", "-c", "sleep 300 & echo $! > grandchild.pid; wait"), dir, Map.of());
    Path pidFile = dir.resolve("grandchild.pid");
    for (int i = 0; i < 50 && (!Files.exists(pidFile) || Files.size(pidFile) == 0); i++) {
      Thread.sleep(100);
    }
    long grandchild = Long.parseLong(Files.readString(pidFile).trim());
    assertThat(ProcessHandle.of(grandchild))
        .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

    child.stop(Duration.ofSeconds(10));

    assertThat(child.isAlive()).isFalse();
    assertThat(ProcessHandle.of(grandchild).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }

  @Test
  void waitingForAProcessThatExitedFailsWithItsLog(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("out.log");
    ChildProcess child = new ChildProcess("quitter", log);
    child.start(List.of("sh", "-c", "echo bye; exit 3"), dir, Map.of());
    Thread.sleep(300);

    assertThatThrownBy(
            () -> child.awaitHttpOk(URI.create("http://localhost:9/"), Duration.ofSeconds(10)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("quitter exited with code 3")
        .hasMessageContaining(log.toString());
    assertThat(Files.readString(log)).contains("bye");
  }
}
