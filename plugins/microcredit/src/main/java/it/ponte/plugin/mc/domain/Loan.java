package it.ponte.plugin.mc.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan and where it stands on a day.
 *
 * @param outstanding principal not yet repaid (the disbursed amount before the schedule exists)
 * @param daysInArrears since the oldest instalment due and not fully paid
 */
public record Loan(
    long id,
    long fundId,
    String product,
    String kind,
    String borrower,
    Long candidateId,
    String organisation,
    String taxCode,
    boolean srl,
    String referredBy,
    BigDecimal amount,
    int months,
    int graceMonths,
    BigDecimal annualRatePercent,
    LoanStatus status,
    String businessPlan,
    String notes,
    LocalDate appliedOn,
    LocalDate approvedOn,
    LocalDate defaultedOn,
    int jobsCreated,
    BigDecimal disbursed,
    BigDecimal outstanding,
    long daysInArrears,
    List<Service> services) {

  /** An ancillary support service given to a business borrower. */
  public record Service(String service, String tutor, LocalDate givenOn) {}

  /** The loan as stored, with where it stands on a day. */
  public Loan standing(
      BigDecimal disbursed, BigDecimal outstanding, long daysInArrears, List<Service> services) {
    return new Loan(
        id,
        fundId,
        product,
        kind,
        borrower,
        candidateId,
        organisation,
        taxCode,
        srl,
        referredBy,
        amount,
        months,
        graceMonths,
        annualRatePercent,
        status,
        businessPlan,
        notes,
        appliedOn,
        approvedOn,
        defaultedOn,
        jobsCreated,
        disbursed,
        outstanding,
        daysInArrears,
        List.copyOf(services));
  }
}
