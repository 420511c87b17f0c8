package it.ponte.plugin.ic.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A call's rules: who may apply, the funding caps per project, the pass mark and the length of the
 * accompaniment.
 *
 * @param applicantTypes the kinds of organisation that may apply (e.g. THIRD_SECTOR)
 * @param seatInTerritoryRequired applicants must have their seat in the territory
 * @param investmentCap most a project gets for investment
 * @param consultancyCap most a project gets for consultancy
 * @param welfareCap most a welfare project gets in all (instead of the two caps above)
 * @param passMark the score (0-100) an application needs to be funded
 * @param accompanimentMonths how long the accompaniment may last
 */
public record CallRules(
    Set<String> applicantTypes,
    boolean seatInTerritoryRequired,
    BigDecimal investmentCap,
    BigDecimal consultancyCap,
    BigDecimal welfareCap,
    BigDecimal passMark,
    int accompanimentMonths) {

  /** The most a project may get. */
  public BigDecimal projectCap(boolean welfare) {
    return welfare ? welfareCap : investmentCap.add(consultancyCap);
  }

  /** Every reason an application is not eligible; empty when it is. */
  public List<String> ineligibility(
      String applicantType,
      boolean seatInTerritory,
      BigDecimal investment,
      BigDecimal consultancy,
      boolean welfare) {
    List<String> reasons = new ArrayList<>();
    if (!applicantTypes.contains(applicantType)) {
      reasons.add(
          "applicant type " + applicantType + " may not apply; these may: " + applicantTypes);
    }
    if (seatInTerritoryRequired && !seatInTerritory) {
      reasons.add("the applicant's seat must be in the territory");
    }
    if (welfare) {
      if (investment.add(consultancy).compareTo(welfareCap) > 0) {
        reasons.add(
            "a welfare project may ask for at most EUR " + welfareCap.toPlainString() + " in all");
      }
    } else {
      if (investment.compareTo(investmentCap) > 0) {
        reasons.add("investment above the cap of EUR " + investmentCap.toPlainString());
      }
      if (consultancy.compareTo(consultancyCap) > 0) {
        reasons.add("consultancy above the cap of EUR " + consultancyCap.toPlainString());
      }
    }
    return reasons;
  }

  /**
   * Why an amount cannot be approved for a project: above what it asked, above the project cap, or
   * above what is left of the call's budget.
   */
  public List<String> fundingBreaches(
      BigDecimal amount, BigDecimal requested, boolean welfare, BigDecimal budgetLeft) {
    List<String> reasons = new ArrayList<>();
    if (amount.compareTo(requested) > 0) {
      reasons.add(
          "EUR "
              + amount.toPlainString()
              + " is more than the EUR "
              + requested.toPlainString()
              + " requested");
    }
    if (amount.compareTo(projectCap(welfare)) > 0) {
      reasons.add(
          "EUR "
              + amount.toPlainString()
              + " is above the project cap of EUR "
              + projectCap(welfare).toPlainString());
    }
    if (amount.compareTo(budgetLeft) > 0) {
      reasons.add("the call has EUR " + budgetLeft.toPlainString() + " of budget left");
    }
    return reasons;
  }
}
