package it.ponte.it;

import java.util.ArrayList;
import java.util.List;

/** Values for test data that must pass the platform's checks. */
public final class TestData {

  private TestData() {}

  /** A valid partita IVA: the ten digits of {@code base} plus their check digit. */
  public static String vatNumber(long base) {
    String ten = String.format("%010d", base);
    int sum = 0;
    for (int k = 0; k < 10; k++) {
      int d = ten.charAt(k) - '0';
      if (k % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return ten + (10 - sum % 10) % 10;
  }

  /** {@code count} valid, distinct partite IVA starting from {@code base}. */
  public static List<String> vatNumbers(long base, int count) {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      result.add(vatNumber(base + i));
    }
    return result;
  }
}
