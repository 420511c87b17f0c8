package it.ponte.placement.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A region's rules for a tirocinio extracurricolare. They produce warnings, not errors: the
 * operator records what was signed, and the warning says what the region would object to.
 *
 * @param minAllowance minimum monthly allowance in euro
 * @param reducedAllowance minimum when the trainee works at most 4 hours a day, null if none
 * @param minMonths shortest duration, 0 if none
 * @param maxMonths longest duration for a trainee of the standard category
 */
public record TirocinioRules(
    String region,
    BigDecimal minAllowance,
    BigDecimal reducedAllowance,
    int minMonths,
    int maxMonths,
    int maxMonthsDisadvantaged,
    int maxMonthsDisabled) {

  /** Lombardia (ISTAT 03). */
  public static final TirocinioRules LOMBARDIA =
      new TirocinioRules("03", new BigDecimal("500"), new BigDecimal("350"), 2, 6, 12, 24);

  /** Emilia-Romagna (ISTAT 08). */
  public static final TirocinioRules EMILIA_ROMAGNA =
      new TirocinioRules("08", new BigDecimal("450"), null, 0, 6, 12, 24);

  /** The rules of a region, if the platform knows them. */
  public static Optional<TirocinioRules> of(String region) {
    return switch (region) {
      case "03" -> Optional.of(LOMBARDIA);
      case "08" -> Optional.of(EMILIA_ROMAGNA);
      default -> Optional.empty();
    };
  }

  /**
   * What a region's rules object to, with a stable code and its figures so a client can say it in
   * its own language; {@code message} is the English text.
   */
  public record Finding(String code, Map<String, String> params, String message) {}

  /** The finding for a region whose rules the platform does not know. */
  public static Finding unknownRegion(String region) {
    return new Finding(
        "region-unknown",
        Map.of("region", region),
        "No tirocinio rules are known for region " + region + "; check the regional law.");
  }

  /** What the region would object to in a tirocinio; empty when it complies. */
  public List<Finding> findings(Placement p) {
    List<Finding> warnings = new ArrayList<>();
    BigDecimal hours = p.hoursPerWeek();
    boolean reduced = reducedAllowance != null && hours != null && hours.intValue() <= 20;
    BigDecimal min = reduced ? reducedAllowance : minAllowance;
    if (p.monthlyAllowance() == null) {
      warnings.add(
          new Finding(
              "allowance-missing",
              Map.of("minimum", min.toPlainString()),
              "No monthly allowance recorded; the region requires at least EUR " + min + "."));
    } else if (p.monthlyAllowance().compareTo(min) < 0) {
      warnings.add(
          new Finding(
              reduced ? "allowance-below-reduced" : "allowance-below",
              Map.of(
                  "allowance", p.monthlyAllowance().toPlainString(),
                  "minimum", min.toPlainString()),
              "Monthly allowance EUR "
                  + p.monthlyAllowance()
                  + " is below the regional minimum of EUR "
                  + min
                  + (reduced ? " (at most 4 hours a day)." : ".")));
    }
    LocalDate end = p.endDate();
    if (end == null) {
      warnings.add(
          new Finding(
              "end-missing", Map.of(), "No end date recorded; a tirocinio has a fixed duration."));
      return warnings;
    }
    TraineeCategory category =
        p.traineeCategory() == null ? TraineeCategory.STANDARD : p.traineeCategory();
    int max =
        switch (category) {
          case STANDARD -> maxMonths;
          case DISADVANTAGED -> maxMonthsDisadvantaged;
          case DISABLED -> maxMonthsDisabled;
        };
    if (end.isAfter(p.startDate().plusMonths(max))) {
      warnings.add(
          new Finding(
              "too-long",
              Map.of("months", String.valueOf(max), "category", category.name()),
              "Lasts more than "
                  + max
                  + " months, the regional maximum for a "
                  + category.name().toLowerCase(java.util.Locale.ROOT)
                  + " trainee."));
    }
    if (minMonths > 0 && end.isBefore(p.startDate().plusMonths(minMonths).minusDays(1))) {
      warnings.add(
          new Finding(
              "too-short",
              Map.of("months", String.valueOf(minMonths)),
              "Lasts less than " + minMonths + " months, the regional minimum."));
    }
    return warnings;
  }
}
