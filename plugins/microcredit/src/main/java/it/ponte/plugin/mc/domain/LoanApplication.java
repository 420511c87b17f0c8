package it.ponte.plugin.mc.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an application for a loan says. Exactly one of candidateId and organisation.
 *
 * @param appliedOn null for today
 */
public record LoanApplication(
    long fundId,
    String product,
    Long candidateId,
    String organisation,
    String taxCode,
    boolean srl,
    String referredBy,
    BigDecimal amount,
    int months,
    int graceMonths,
    String businessPlan,
    LocalDate appliedOn) {

  /** Whether a person (a candidate) borrows, rather than an organisation. */
  public boolean byPerson() {
    return candidateId != null;
  }
}
