package it.ponte.reporting.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Disclosure control for counts published across territories.
 *
 * <p>Primary suppression hides every count from 1 to {@code threshold - 1}, in the cells and in the
 * totals. Zeros are published: a zero tells nothing about a person. Complementary suppression then
 * hides further counts until no hidden count can be worked out exactly from the published ones: the
 * table's cells and totals are tied by linear equations (each row and column sums to its total, the
 * totals to the grand total), and a hidden count is exposed when those equations fix it - by a
 * single subtraction or by any combination of them. Each exposed count gets a companion from one of
 * its equations: the smallest published positive cell (totals last). Tables that share their row
 * totals and grand total (the same population split two ways) are protected together, so a total
 * hidden in one is hidden in all and no difference between them gives a count away.
 */
public final class Disclosure {

  private static final double EPSILON = 1e-9;

  private final int threshold;

  public Disclosure(int threshold) {
    if (threshold < 1) {
      throw new IllegalArgumentException("The threshold is at least 1");
    }
    this.threshold = threshold;
  }

  public int threshold() {
    return threshold;
  }

  /** Protects tables that share rows, row totals and grand total. */
  public void protect(List<CountTable> linked) {
    for (CountTable t : linked) {
      primary(t);
    }
    boolean changed = true;
    while (changed) {
      changed = shareTotals(linked);
      for (CountTable t : linked) {
        changed |= complementary(t);
      }
    }
  }

  /** Protects one table. */
  public void protect(CountTable table) {
    protect(List.of(table));
  }

  private boolean small(long n) {
    return n > 0 && n < threshold;
  }

  private void primary(CountTable t) {
    int rows = t.rows().size();
    int cols = t.columns().size();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        t.hiddenCells[r][c] |= small(t.cell(r, c));
      }
      t.hiddenRowTotals[r] |= small(t.rowTotal(r));
    }
    for (int c = 0; c < cols; c++) {
      t.hiddenColumnTotals[c] |= small(t.columnTotal(c));
    }
    t.hiddenGrandTotal |= small(t.grandTotal());
  }

  private static boolean shareTotals(List<CountTable> linked) {
    boolean changed = false;
    CountTable first = linked.get(0);
    for (int r = 0; r < first.rows().size(); r++) {
      final int row = r;
      boolean hidden = linked.stream().anyMatch(t -> t.hiddenRowTotals[row]);
      for (CountTable t : linked) {
        if (hidden && !t.hiddenRowTotals[r]) {
          t.hiddenRowTotals[r] = true;
          changed = true;
        }
      }
    }
    boolean grand = linked.stream().anyMatch(t -> t.hiddenGrandTotal);
    for (CountTable t : linked) {
      if (grand && !t.hiddenGrandTotal) {
        t.hiddenGrandTotal = true;
        changed = true;
      }
    }
    return changed;
  }

  /**
   * Adds companions until no hidden count is determined by the table's equations.
   *
   * @return whether anything was hidden
   */
  private static boolean complementary(CountTable t) {
    boolean any = false;
    while (true) {
      Layout layout = new Layout(t);
      // Subtraction first: an equation with a single hidden count gives it away directly.
      int alone = layout.aloneInAnEquation();
      if (alone >= 0) {
        layout.hide(alone);
        any = true;
        continue;
      }
      int exposed = layout.firstDetermined();
      if (exposed < 0) {
        return any;
      }
      int companion = layout.companionFor(exposed);
      if (companion < 0) {
        // Cannot happen: a count determined by the equations has a published count among them.
        throw new IllegalStateException(
            "No companion for hidden count " + exposed + " in " + t.title());
      }
      layout.hide(companion);
      any = true;
    }
  }

  /** The table's counts as variables v = cells, row totals, column totals, grand total. */
  private static final class Layout {
    private final CountTable t;
    private final int rows;
    private final int cols;
    private final List<int[]> equations = new ArrayList<>();
    private final List<int[]> signs = new ArrayList<>();

    Layout(CountTable t) {
      this.t = t;
      this.rows = t.rows().size();
      this.cols = t.columns().size();
      for (int r = 0; r < rows; r++) {
        int[] vars = new int[cols + 1];
        int[] sg = new int[cols + 1];
        for (int c = 0; c < cols; c++) {
          vars[c] = cell(r, c);
          sg[c] = 1;
        }
        vars[cols] = rowTotal(r);
        sg[cols] = -1;
        add(vars, sg);
      }
      for (int c = 0; c < cols; c++) {
        int[] vars = new int[rows + 1];
        int[] sg = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
          vars[r] = cell(r, c);
          sg[r] = 1;
        }
        vars[rows] = columnTotal(c);
        sg[rows] = -1;
        add(vars, sg);
      }
      int[] byRows = new int[rows + 1];
      int[] sr = new int[rows + 1];
      for (int r = 0; r < rows; r++) {
        byRows[r] = rowTotal(r);
        sr[r] = 1;
      }
      byRows[rows] = grand();
      sr[rows] = -1;
      add(byRows, sr);
      int[] byCols = new int[cols + 1];
      int[] sc = new int[cols + 1];
      for (int c = 0; c < cols; c++) {
        byCols[c] = columnTotal(c);
        sc[c] = 1;
      }
      byCols[cols] = grand();
      sc[cols] = -1;
      add(byCols, sc);
    }

    private void add(int[] vars, int[] sg) {
      equations.add(vars);
      signs.add(sg);
    }

    int cell(int r, int c) {
      return r * cols + c;
    }

    int rowTotal(int r) {
      return rows * cols + r;
    }

    int columnTotal(int c) {
      return rows * cols + rows + c;
    }

    int grand() {
      return rows * cols + rows + cols;
    }

    int size() {
      return grand() + 1;
    }

    boolean hidden(int v) {
      if (v < rows * cols) {
        return t.hiddenCells[v / cols][v % cols];
      }
      if (v < rows * cols + rows) {
        return t.hiddenRowTotals[v - rows * cols];
      }
      if (v < grand()) {
        return t.hiddenColumnTotals[v - rows * cols - rows];
      }
      return t.hiddenGrandTotal;
    }

    long value(int v) {
      if (v < rows * cols) {
        return t.cell(v / cols, v % cols);
      }
      if (v < rows * cols + rows) {
        return t.rowTotal(v - rows * cols);
      }
      if (v < grand()) {
        return t.columnTotal(v - rows * cols - rows);
      }
      return t.grandTotal();
    }

    void hide(int v) {
      if (v < rows * cols) {
        t.hiddenCells[v / cols][v % cols] = true;
      } else if (v < rows * cols + rows) {
        t.hiddenRowTotals[v - rows * cols] = true;
      } else if (v < grand()) {
        t.hiddenColumnTotals[v - rows * cols - rows] = true;
      } else {
        t.hiddenGrandTotal = true;
      }
    }

    /**
     * For the first equation with exactly one hidden positive count, the published count to hide
     * with it (smallest positive cell first); -1 when no equation has a lone hidden count.
     */
    int aloneInAnEquation() {
      for (int[] vars : equations) {
        int hiddenCount = 0;
        int lone = -1;
        for (int x : vars) {
          if (hidden(x)) {
            hiddenCount++;
            lone = x;
          }
        }
        if (hiddenCount == 1 && value(lone) > 0) {
          int best = -1;
          for (int x : vars) {
            if (!hidden(x) && value(x) > 0 && better(x, best)) {
              best = x;
            }
          }
          if (best < 0) {
            for (int x : vars) {
              if (!hidden(x)) {
                best = x;
                break;
              }
            }
          }
          if (best >= 0) {
            return best;
          }
        }
      }
      return -1;
    }

    /**
     * The first hidden positive count the published counts determine exactly; -1 when none. Uses
     * the reduced row echelon form of the equations restricted to the hidden counts: a hidden count
     * is determined when it is a pivot whose row involves no free hidden count.
     */
    int firstDetermined() {
      List<Integer> unknown = new ArrayList<>();
      for (int v = 0; v < size(); v++) {
        if (hidden(v)) {
          unknown.add(v);
        }
      }
      if (unknown.isEmpty()) {
        return -1;
      }
      int n = unknown.size();
      int[] column = new int[size()];
      java.util.Arrays.fill(column, -1);
      for (int k = 0; k < n; k++) {
        column[unknown.get(k)] = k;
      }
      List<double[]> m = new ArrayList<>();
      for (int e = 0; e < equations.size(); e++) {
        double[] row = new double[n];
        boolean involves = false;
        int[] vars = equations.get(e);
        int[] sg = signs.get(e);
        for (int i = 0; i < vars.length; i++) {
          int k = column[vars[i]];
          if (k >= 0) {
            row[k] += sg[i];
            involves = true;
          }
        }
        if (involves) {
          m.add(row);
        }
      }
      int[] pivotOfRow = rref(m, n);
      boolean[] isPivot = new boolean[n];
      for (int p : pivotOfRow) {
        if (p >= 0) {
          isPivot[p] = true;
        }
      }
      for (int r = 0; r < pivotOfRow.length; r++) {
        int p = pivotOfRow[r];
        if (p < 0) {
          continue;
        }
        boolean dependsOnFree = false;
        for (int k = 0; k < n; k++) {
          if (!isPivot[k] && Math.abs(m.get(r)[k]) > EPSILON) {
            dependsOnFree = true;
            break;
          }
        }
        int v = unknown.get(p);
        if (!dependsOnFree && value(v) > 0) {
          return v;
        }
      }
      return -1;
    }

    /**
     * The count to hide next to protect {@code v}: the smallest published positive count (cells
     * first) in an equation with {@code v}; if all of those are hidden, in an equation with the
     * hidden counts those equations reach, and so on outwards. -1 if everything reachable is
     * hidden.
     */
    int companionFor(int v) {
      java.util.Set<Integer> reached = new java.util.HashSet<>(List.of(v));
      List<Integer> frontier = List.of(v);
      while (!frontier.isEmpty()) {
        int best = -1;
        int fallback = -1;
        List<Integer> next = new ArrayList<>();
        for (int[] vars : equations) {
          boolean touches = false;
          for (int x : vars) {
            touches |= frontier.contains(x);
          }
          if (!touches) {
            continue;
          }
          for (int x : vars) {
            if (hidden(x)) {
              if (reached.add(x)) {
                next.add(x);
              }
            } else if (value(x) > 0 && better(x, best)) {
              best = x;
            } else if (fallback < 0) {
              fallback = x;
            }
          }
        }
        if (best >= 0) {
          return best;
        }
        if (fallback >= 0) {
          return fallback;
        }
        frontier = next;
      }
      return -1;
    }

    private boolean better(int x, int best) {
      if (best < 0) {
        return true;
      }
      boolean xCell = x < rows * cols;
      boolean bestCell = best < rows * cols;
      if (xCell != bestCell) {
        return xCell;
      }
      return value(x) < value(best);
    }

    /** Reduces m in place; returns for each row the column of its pivot (-1 for none). */
    private static int[] rref(List<double[]> m, int n) {
      int rowCount = m.size();
      int[] pivots = new int[rowCount];
      java.util.Arrays.fill(pivots, -1);
      int r = 0;
      for (int c = 0; c < n && r < rowCount; c++) {
        int best = -1;
        for (int i = r; i < rowCount; i++) {
          if (Math.abs(m.get(i)[c]) > EPSILON
              && (best < 0 || Math.abs(m.get(i)[c]) > Math.abs(m.get(best)[c]))) {
            best = i;
          }
        }
        if (best < 0) {
          continue;
        }
        double[] swap = m.get(r);
        m.set(r, m.get(best));
        m.set(best, swap);
        double[] pivotRow = m.get(r);
        double p = pivotRow[c];
        for (int k = 0; k < n; k++) {
          pivotRow[k] /= p;
        }
        for (int i = 0; i < rowCount; i++) {
          if (i != r && Math.abs(m.get(i)[c]) > EPSILON) {
            double f = m.get(i)[c];
            double[] row = m.get(i);
            for (int k = 0; k < n; k++) {
              row[k] -= f * pivotRow[k];
            }
          }
        }
        pivots[r] = c;
        r++;
      }
      return pivots;
    }
  }
}
