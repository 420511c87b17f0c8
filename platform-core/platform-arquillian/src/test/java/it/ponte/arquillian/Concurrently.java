package it.ponte.arquillian;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks at the same time on managed threads (which carry the application's naming context, as
 * request threads do) and hands back every failure.
 */
@ApplicationScoped
public class Concurrently {

  /** A task that may throw anything. */
  @FunctionalInterface
  public interface Task {
    void run() throws Exception;
  }

  @Resource ManagedThreadFactory threads;

  /**
   * Runs the tasks on {@code parallelism} threads and waits for all.
   *
   * @return what the tasks threw, empty when every one ended normally
   */
  public List<Throwable> run(int parallelism, List<Task> tasks) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Task task : tasks) {
        running.add(
            pool.submit(
                () -> {
                  task.run();
                  return null;
                }));
      }
      List<Throwable> failures = new ArrayList<>();
      for (Future<?> f : running) {
        try {
          f.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          failures.add(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
          failures.add(e);
        }
      }
      return failures;
    } finally {
      pool.shutdownNow();
    }
  }
}
