package it.ponte.placement.domain;

import it.ponte.company.domain.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a placement is: who, where, how, from when to when.
 *
 * @param vacancyId the vacancy it fills, if any
 * @param monthlyAllowance for a stage or tirocinio, in euro
 */
public record PlacementTerms(
    long candidateId,
    long companyId,
    Long vacancyId,
    PlacementType type,
    Contract contract,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal hoursPerWeek,
    BigDecimal monthlyAllowance,
    TraineeCategory traineeCategory) {

  /** Inconsistencies between the fields, as (field, message) pairs; empty when consistent. */
  public List<String[]> problems() {
    List<String[]> problems = new ArrayList<>();
    if (endDate != null && startDate != null && endDate.isBefore(startDate)) {
      problems.add(new String[] {"endDate", "is before the start date"});
    }
    switch (type) {
      case HIRING -> {
        if (contract == null || contract == Contract.SELF_EMPLOYED) {
          problems.add(new String[] {"contract", "a hiring needs an employment contract"});
        }
      }
      case STAGE, TIROCINIO -> {
        if (contract != null) {
          problems.add(new String[] {"contract", "a " + type + " has no employment contract"});
        }
      }
      case MINI_JOB -> {
        if (hoursPerWeek == null || hoursPerWeek.compareTo(BigDecimal.valueOf(20)) >= 0) {
          problems.add(new String[] {"hoursPerWeek", "a mini job is fewer than 20 hours a week"});
        }
      }
      case SELF_EMPLOYMENT -> {
        if (contract != null && contract != Contract.SELF_EMPLOYED) {
          problems.add(new String[] {"contract", "self-employment is SELF_EMPLOYED or none"});
        }
      }
    }
    if (hoursPerWeek != null
        && (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(BigDecimal.valueOf(60)) > 0)) {
      problems.add(new String[] {"hoursPerWeek", "must be more than 0 and at most 60"});
    }
    if (monthlyAllowance != null && monthlyAllowance.signum() < 0) {
      problems.add(new String[] {"monthlyAllowance", "must not be negative"});
    }
    return problems;
  }
}
