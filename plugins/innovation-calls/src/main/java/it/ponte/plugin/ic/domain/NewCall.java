package it.ponte.plugin.ic.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** What a new call sets; null fields take the territory's configured defaults. */
public record NewCall(
    String title,
    BigDecimal budget,
    LocalDateTime opensAt,
    LocalDateTime closesAt,
    List<String> applicantTypes,
    Boolean seatInTerritoryRequired,
    BigDecimal investmentCap,
    BigDecimal consultancyCap,
    BigDecimal welfareCap,
    BigDecimal passMark,
    Integer accompanimentMonths,
    List<String> priorities,
    List<Scoring.Criterion> criteria) {

  /** The call with every field its author left out taken from the territory's settings. */
  public NewCall withDefaults(IcSettings d) {
    return new NewCall(
        title,
        budget,
        opensAt,
        closesAt,
        or(applicantTypes, d.applicantTypes()),
        or(seatInTerritoryRequired, d.seatInTerritoryRequired()),
        or(investmentCap, d.investmentCap()),
        or(consultancyCap, d.consultancyCap()),
        or(welfareCap, d.welfareCap()),
        or(passMark, d.passMark()),
        or(accompanimentMonths, d.accompanimentMonths()),
        or(priorities, d.priorities()),
        or(criteria, d.criteria()));
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
