package it.ponte.bench.micro;

import it.ponte.reporting.domain.CellKeyMethod;
import it.ponte.reporting.domain.CellRecords;
import it.ponte.reporting.domain.PublishedTable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Disclosure control of the federated report in memory: the cell-key method deciding and perturbing
 * every cell, row, column and grand total of one table over 200 territories and 5 columns (the
 * shape of "placements by type"), with small cells among them so that suppression and dominance are
 * both exercised.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DisclosureBenchmark {

  private static final int TERRITORIES = 200;
  private static final List<String> COLUMNS =
      List.of("HIRING", "STAGE", "TIROCINIO", "MINI_JOB", "SELF_EMPLOYMENT");

  private CellKeyMethod method;
  private List<String> groups;
  private CellRecords[][] cells;
  private CellRecords oneCell;

  @Setup
  public void setUp() {
    method = new CellKeyMethod("a benchmark's secret".getBytes(StandardCharsets.UTF_8), 5, 80);
    SplittableRandom random = new SplittableRandom(23);
    groups = new ArrayList<>();
    cells = new CellRecords[TERRITORIES][COLUMNS.size()];
    for (int r = 0; r < TERRITORIES; r++) {
      String territory = "t%03d".formatted(r);
      groups.add(territory);
      for (int c = 0; c < COLUMNS.size(); c++) {
        // Mostly tens of records, some cells below the threshold, a few empty.
        long count = random.nextInt(10) == 0 ? random.nextInt(5) : 10 + random.nextInt(200);
        cells[r][c] = new CellRecords().add(territory, count, random.nextLong());
      }
    }
    oneCell = cells[7][0];
  }

  /** One table: 1,000 cells, 200 row totals, 5 column totals and the grand total. */
  @Benchmark
  public PublishedTable tableOf200Territories() {
    return PublishedTable.counts(
        "placements-by-type", "Placements by type", "placement", groups, COLUMNS, cells, method);
  }

  /** One cell's decision and perturbation. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Object oneCell() {
    return method.count("placement", oneCell);
  }
}
