package it.ponte.bench.micro;

import it.ponte.plugin.mc.domain.Instalment;
import it.ponte.plugin.mc.domain.Schedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The microcredit plugin's repayment schedule (French amortisation in BigDecimal, every instalment
 * rounded to the cent, due dates on the same day of each month): computed when a loan is granted,
 * at each repayment that changes what is left, and for every loan of the plugin's report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScheduleBenchmark {

  private final BigDecimal principal = new BigDecimal("25000.00");
  private final BigDecimal rate = new BigDecimal("4.75");
  private final LocalDate firstDue = LocalDate.of(2026, 1, 31);

  /** EUR 25,000 over 5 years (social microcredit's longest), the first 6 months interest only. */
  @Benchmark
  public List<Instalment> sixtyMonthsWithGrace() {
    return Schedule.french(principal, rate, 60, 6, firstDue);
  }

  /** The same over 10 years, business microcredit's longest term. */
  @Benchmark
  public List<Instalment> hundredTwentyMonths() {
    return Schedule.french(principal, rate, 120, 0, firstDue);
  }
}
