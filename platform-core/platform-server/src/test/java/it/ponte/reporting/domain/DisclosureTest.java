package it.ponte.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  private static final Disclosure FIVE = new Disclosure(5);

  private static CountTable table(long[][] cells) {
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < cells.length; r++) {
      rows.add("r" + r);
    }
    List<String> cols = new ArrayList<>();
    for (int c = 0; c < cells[0].length; c++) {
      cols.add("c" + c);
    }
    return new CountTable("t", rows, cols, cells);
  }

  /**
   * An attacker's view: every assignment of non-negative integers to the hidden counts (cells and
   * totals) that agrees with every published count and every sum. A hidden count is recovered when
   * all such assignments give it the same value. Brute force, independent of the algorithm.
   */
  private static List<String> recovered(CountTable t, int max) {
    int rows = t.rows().size();
    int cols = t.columns().size();
    List<int[]> hiddenCells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (t.cellSuppressed(r, c)) {
          hiddenCells.add(new int[] {r, c});
        }
      }
    }
    long[][] trial = new long[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        trial[r][c] = t.cellSuppressed(r, c) ? 0 : t.cell(r, c);
      }
    }
    List<java.util.Set<Long>> seen = new ArrayList<>();
    for (int i = 0; i < hiddenCells.size(); i++) {
      seen.add(new java.util.HashSet<>());
    }
    search(t, hiddenCells, 0, trial, max, seen);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < hiddenCells.size(); i++) {
      int[] rc = hiddenCells.get(i);
      if (t.cell(rc[0], rc[1]) > 0 && seen.get(i).size() < 2) {
        out.add("cell " + rc[0] + "," + rc[1] + " = " + seen.get(i));
      }
    }
    return out;
  }

  private static void search(
      CountTable t,
      List<int[]> hidden,
      int i,
      long[][] trial,
      int max,
      List<java.util.Set<Long>> seen) {
    if (i == hidden.size()) {
      if (consistent(t, trial)) {
        for (int k = 0; k < hidden.size(); k++) {
          seen.get(k).add(trial[hidden.get(k)[0]][hidden.get(k)[1]]);
        }
      }
      return;
    }
    int r = hidden.get(i)[0];
    int c = hidden.get(i)[1];
    // A hidden cell is at most its row's or column's published total, else the published grand
    // total, else max; and the row's cells so far must not pass a published row total.
    long upper = max;
    if (!t.rowTotalSuppressed(r)) {
      upper = Math.min(upper, t.rowTotal(r));
    }
    if (!t.columnTotalSuppressed(c)) {
      upper = Math.min(upper, t.columnTotal(c));
    }
    if (!t.grandTotalSuppressed()) {
      upper = Math.min(upper, t.grandTotal());
    }
    for (long v = 0; v <= upper; v++) {
      trial[r][c] = v;
      if (!t.rowTotalSuppressed(r) && rowSum(trial, r) > t.rowTotal(r)) {
        break;
      }
      search(t, hidden, i + 1, trial, max, seen);
    }
    trial[r][c] = 0;
  }

  private static long rowSum(long[][] trial, int r) {
    long sum = 0;
    for (long v : trial[r]) {
      sum += v;
    }
    return sum;
  }

  private static boolean consistent(CountTable t, long[][] trial) {
    int rows = t.rows().size();
    int cols = t.columns().size();
    long grand = 0;
    long[] colSums = new long[cols];
    for (int r = 0; r < rows; r++) {
      long sum = 0;
      for (int c = 0; c < cols; c++) {
        sum += trial[r][c];
        colSums[c] += trial[r][c];
      }
      grand += sum;
      if (!t.rowTotalSuppressed(r) && sum != t.rowTotal(r)) {
        return false;
      }
    }
    for (int c = 0; c < cols; c++) {
      if (!t.columnTotalSuppressed(c) && colSums[c] != t.columnTotal(c)) {
        return false;
      }
    }
    return t.grandTotalSuppressed() || grand == t.grandTotal();
  }

  @Test
  void smallCountsAreHiddenAndZerosAndLargeOnesShown() {
    CountTable t = table(new long[][] {{3, 10, 0}, {8, 9, 20}, {7, 6, 11}});
    FIVE.protect(t);
    assertThat(t.cellSuppressed(0, 0)).isTrue();
    assertThat(t.cellSuppressed(0, 2)).as("a zero is published").isFalse();
    assertThat(t.grandTotalSuppressed()).isFalse();
    assertThat(recovered(t, 40)).isEmpty();
  }

  @Test
  void oneHiddenCellInARowIsNotLeftToSubtraction() {
    // Hiding only the 3 would let anyone compute it: 25 - 10 - 12.
    CountTable t = table(new long[][] {{3, 10, 12}, {8, 9, 20}});
    FIVE.protect(t);
    int hiddenInRow0 = 0;
    for (int c = 0; c < 3; c++) {
      hiddenInRow0 += t.cellSuppressed(0, c) ? 1 : 0;
    }
    assertThat(hiddenInRow0 + (t.rowTotalSuppressed(0) ? 1 : 0)).isGreaterThanOrEqualTo(2);
    assertThat(recovered(t, 40)).isEmpty();
  }

  @Test
  void aCompanionThatItselfBecomesComputableGetsOneToo() {
    // Column 0 has the 2; its companion in the column sits in a row where it would be alone.
    CountTable t = table(new long[][] {{2, 30, 40}, {6, 7, 8}, {50, 60, 9}});
    FIVE.protect(t);
    assertThat(recovered(t, 60)).isEmpty();
  }

  @Test
  void aSmallTotalIsHiddenWithItsCells() {
    CountTable t = table(new long[][] {{1, 2}, {10, 12}, {9, 14}});
    FIVE.protect(t);
    assertThat(t.rowTotalSuppressed(0)).isTrue();
    assertThat(t.cellSuppressed(0, 0)).isTrue();
    assertThat(t.cellSuppressed(0, 1)).isTrue();
    assertThat(recovered(t, 30)).isEmpty();
  }

  @Test
  void tablesSplittingTheSamePopulationHideTheSameTotals() {
    CountTable byType = table(new long[][] {{2, 1}, {10, 12}, {9, 14}});
    CountTable byGender = table(new long[][] {{2, 1}, {11, 11}, {13, 10}});
    FIVE.protect(List.of(byType, byGender));
    for (int r = 0; r < 3; r++) {
      assertThat(byType.rowTotalSuppressed(r)).isEqualTo(byGender.rowTotalSuppressed(r));
    }
    assertThat(recovered(byType, 30)).isEmpty();
    assertThat(recovered(byGender, 30)).isEmpty();
  }

  @Test
  void randomTablesNeverGiveAHiddenCountAway() {
    Random random = new Random(42);
    for (int i = 0; i < 40; i++) {
      long[][] cells = new long[2][3];
      for (long[] row : cells) {
        for (int c = 0; c < 3; c++) {
          row[c] = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(12);
        }
      }
      CountTable t = table(cells);
      FIVE.protect(t);
      List<String> exposed = recovered(t, 12 * 3);
      assertThat(exposed).as(java.util.Arrays.deepToString(cells)).isEmpty();
    }
  }
}
