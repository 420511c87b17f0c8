package it.ponte.plugin.mc.domain;

/**
 * Where a loan is: APPLIED, then EVALUATED (or REFUSED), APPROVED, DISBURSING while tranches are
 * paid, DISBURSED once the schedule is fixed, then REPAID or DEFAULTED.
 */
public enum LoanStatus {
  APPLIED,
  EVALUATED,
  REFUSED,
  APPROVED,
  DISBURSING,
  DISBURSED,
  REPAID,
  DEFAULTED
}
