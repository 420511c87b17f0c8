package it.ponte.plugin.mc.domain;

import it.ponte.api.core.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What a repayment does to a schedule, and where a loan stands on a day.
 *
 * <p>A repayment goes first to the instalments already due (due on or before the day paid), oldest
 * first, each to its interest and then its principal - so a late or partial repayment settles the
 * oldest debt first. What remains is an early repayment of principal: the instalments not yet due
 * are recomputed on the lower principal over the same dates (lower instalments, same end date).
 */
public final class Repayments {

  private Repayments() {}

  /**
   * The result of applying a repayment.
   *
   * @param interest paid to interest
   * @param principal paid to principal of due instalments
   * @param prepaid paid early to principal not yet due
   */
  public record Applied(
      List<Instalment> schedule, BigDecimal interest, BigDecimal principal, BigDecimal prepaid) {}

  /**
   * Applies a repayment.
   *
   * @throws IllegalArgumentException if the amount exceeds everything still owed (interest due up
   *     to the day plus all principal), naming that figure
   */
  public static Applied apply(
      List<Instalment> schedule,
      BigDecimal amount,
      LocalDate paidOn,
      BigDecimal annualRatePercent) {
    BigDecimal owed = owedOn(schedule, paidOn);
    if (amount.compareTo(owed) > 0) {
      throw new IllegalArgumentException(
          "The repayment of EUR "
              + amount.toPlainString()
              + " exceeds what is owed on "
              + paidOn
              + ": EUR "
              + owed.toPlainString());
    }
    BigDecimal left = amount;
    BigDecimal interest = Money.ZERO;
    BigDecimal principal = Money.ZERO;
    List<Instalment> out = new ArrayList<>(schedule.size());
    List<Instalment> future = new ArrayList<>();
    for (Instalment i : schedule) {
      if (i.dueOn().isAfter(paidOn)) {
        future.add(i);
        continue;
      }
      BigDecimal toInterest = left.min(i.interestDue());
      left = left.subtract(toInterest);
      BigDecimal toPrincipal = left.min(i.principalDue());
      left = left.subtract(toPrincipal);
      interest = interest.add(toInterest);
      principal = principal.add(toPrincipal);
      out.add(i.paying(toInterest, toPrincipal));
    }
    BigDecimal prepaid = left;
    if (prepaid.signum() > 0) {
      out.addAll(reamortise(future, prepaid, annualRatePercent));
    } else {
      out.addAll(future);
    }
    return new Applied(List.copyOf(out), interest, principal, prepaid);
  }

  /** Interest of the instalments due by {@code day} still unpaid, plus all principal not repaid. */
  public static BigDecimal owedOn(List<Instalment> schedule, LocalDate day) {
    BigDecimal owed = Money.ZERO;
    for (Instalment i : schedule) {
      owed = owed.add(i.principalDue());
      if (!i.dueOn().isAfter(day)) {
        owed = owed.add(i.interestDue());
      }
    }
    return owed;
  }

  /** Principal not yet repaid. */
  public static BigDecimal outstanding(List<Instalment> schedule) {
    return schedule.stream().map(Instalment::principalDue).reduce(Money.ZERO, BigDecimal::add);
  }

  /**
   * Days since the oldest instalment due before {@code day} that is not fully paid; 0 when nothing
   * is overdue.
   */
  public static long daysInArrears(List<Instalment> schedule, LocalDate day) {
    return schedule.stream()
        .filter(i -> i.dueOn().isBefore(day) && !i.settled())
        .map(Instalment::dueOn)
        .min(LocalDate::compareTo)
        .map(oldest -> ChronoUnit.DAYS.between(oldest, day))
        .orElse(0L);
  }

  private static List<Instalment> reamortise(
      List<Instalment> future, BigDecimal prepaid, BigDecimal annualRatePercent) {
    BigDecimal remaining = outstanding(future).subtract(prepaid);
    if (remaining.signum() == 0) {
      // Repaid in full early: the instalments not yet due are no longer owed (the repayment
      // records the principal it prepaid).
      return future.stream()
          .map(
              i ->
                  new Instalment(
                      i.number(), i.dueOn(), Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO))
          .toList();
    }
    int grace = (int) future.stream().filter(i -> i.principal().signum() == 0).count();
    grace = Math.min(grace, future.size() - 1);
    List<Instalment> fresh =
        Schedule.french(remaining, annualRatePercent, future.size(), grace, future.get(0).dueOn());
    List<Instalment> out = new ArrayList<>(future.size());
    for (int k = 0; k < future.size(); k++) {
      Instalment f = fresh.get(k);
      // Keep the original numbers and dates (month arithmetic from the first due date may differ
      // at month ends).
      out.add(
          new Instalment(
              future.get(k).number(),
              future.get(k).dueOn(),
              f.principal(),
              f.interest(),
              Money.ZERO,
              Money.ZERO));
    }
    return out;
  }
}
