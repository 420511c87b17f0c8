package it.ponte.plugin.mc.application;

import it.ponte.api.core.Money;
import it.ponte.plugin.mc.domain.Instalment;
import it.ponte.plugin.mc.domain.Loan;
import it.ponte.plugin.mc.domain.LoanStatus;
import it.ponte.plugin.mc.domain.Repayments;
import it.ponte.plugin.mc.infrastructure.LoanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Where the loans of the request's tenant stand on a day (disbursed, outstanding, days in arrears),
 * their schedules, and the steps the services share (lock, status, schedule, the checks of dates
 * and states).
 */
@ApplicationScoped
@Transactional
public class LoanBook {

  @Inject LoanRepository repository;

  @Inject McTerritory territory;

  public List<Instalment> schedule(long loanId) {
    loan(loanId, territory.today());
    return instalments(loanId);
  }

  /**
   * The loans, of one candidate and in one state when given.
   *
   * @throws McRefusal 422 when the state is not one of {@link LoanStatus}
   */
  public List<Loan> loans(Long candidateId, String status) {
    if (status != null
        && Arrays.stream(LoanStatus.values()).noneMatch(s -> s.name().equals(status))) {
      throw new McRefusal(
          422,
          "unknown-status",
          "No loan is ever " + status + "; a loan is one of " + List.of(LoanStatus.values()) + ".",
          List.of());
    }
    LocalDate today = territory.today();
    return repository.ids(candidateId, status == null ? null : LoanStatus.valueOf(status)).stream()
        .map(id -> loan(id, today))
        .toList();
  }

  /** A loan as it stands on {@code asOf}. */
  public Loan loan(long id, LocalDate asOf) {
    Loan stored = repository.find(id).orElseThrow(() -> McRefusal.notFound("Loan", id));
    BigDecimal disbursed = repository.disbursed(id);
    List<Instalment> schedule = instalments(id);
    BigDecimal outstanding =
        schedule.isEmpty() ? Money.euro(disbursed) : Repayments.outstanding(schedule);
    return stored.standing(
        Money.euro(disbursed),
        outstanding,
        Repayments.daysInArrears(schedule, asOf),
        repository.services(id));
  }

  List<Instalment> instalments(long loanId) {
    return repository.instalments(loanId);
  }

  void writeSchedule(long loanId, List<Instalment> schedule) {
    repository.writeSchedule(loanId, schedule);
  }

  void setStatus(long loanId, LoanStatus status) {
    repository.setStatus(loanId, status);
  }

  /** Refuses a day in the future, or before an earlier step of the loan. */
  void notBefore(LocalDate day, LocalDate earlier, String what, String earlierWhat) {
    if (day.isAfter(territory.today())) {
      throw new McRefusal(
          422, "date-refused", "The date of " + what + " is in the future: " + day, List.of());
    }
    if (earlier != null && day.isBefore(earlier)) {
      throw new McRefusal(
          422,
          "date-refused",
          "The date of " + what + " (" + day + ") precedes " + earlierWhat + " (" + earlier + ").",
          List.of());
    }
  }

  static void requireStatus(Loan loan, LoanStatus... allowed) {
    if (!List.of(allowed).contains(loan.status())) {
      throw new McRefusal(
          409,
          "wrong-state",
          "Loan " + loan.id() + " is " + loan.status() + "; this needs " + List.of(allowed) + ".",
          List.of());
    }
  }

  Loan lock(long id) {
    if (!repository.lock(id)) {
      throw McRefusal.notFound("Loan", id);
    }
    return loan(id, territory.today());
  }
}
