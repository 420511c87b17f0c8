package it.ponte.matching.domain;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import it.ponte.candidate.domain.Shift;
import it.ponte.company.domain.Requirement;
import it.ponte.company.domain.VacancyDetails;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores candidates against one vacancy. Mandatory requirements filter: a candidate who misses one
 * gets no match. Soft criteria weigh: each that applies to the vacancy adds its weight times how
 * far the candidate meets it, and the total is scaled to 0-100 over the weights that applied. Pure
 * and thread-safe: the same inputs always give the same result.
 */
public final class Matcher {

  private final VacancyDetails vacancy;
  private final Map<Criterion, Integer> weights;

  /**
   * @param weights by {@link Criterion#key()}; a missing key counts as 0
   */
  public Matcher(VacancyDetails vacancy, Map<String, Integer> weights) {
    this.vacancy = vacancy;
    this.weights = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      this.weights.put(c, Math.max(0, weights.getOrDefault(c.key(), 0)));
    }
  }

  /** The candidate's match, or empty if a mandatory requirement is not met. */
  public Optional<Match> score(CandidateProfile c) {
    for (Requirement r : vacancy.requirements()) {
      if (r.mandatory() && !meets(c, r)) {
        return Optional.empty();
      }
    }
    List<Match.Scored> explanation = new ArrayList<>();
    List<String> missing = new ArrayList<>();

    List<Requirement> soft = vacancy.requirements().stream().filter(r -> !r.mandatory()).toList();
    List<Requirement> licences =
        soft.stream().filter(r -> r.kind() == Requirement.Kind.LICENCE).toList();
    if (!licences.isEmpty()) {
      long held = licences.stream().filter(r -> meets(c, r)).count();
      licences.stream().filter(r -> !meets(c, r)).forEach(r -> missing.add("licence " + r.value()));
      add(
          explanation,
          Criterion.LICENCES,
          (double) held / licences.size(),
          held + " of " + licences.size() + " licences asked for");
    }
    for (Requirement r : soft) {
      switch (r.kind()) {
        case ITALIAN_LEVEL -> {
          ItalianLevel required = ItalianLevel.valueOf(r.value());
          ItalianLevel has = c.italianLevel();
          double f =
              has == null
                  ? 0
                  : has.atLeast(required) ? 1 : has.ordinal() == required.ordinal() - 1 ? 0.5 : 0;
          if (f < 1) {
            missing.add(
                "Italian " + required + " (has " + (has == null ? "not assessed" : has) + ")");
          }
          add(explanation, Criterion.ITALIAN_LEVEL, f, "Italian " + required + " or better");
        }
        case EDUCATION -> {
          Education required = Education.valueOf(r.value());
          boolean ok = c.education() != null && c.education().isced() >= required.isced();
          if (!ok) {
            missing.add(
                "education "
                    + required
                    + " (has "
                    + (c.education() == null ? "unknown" : c.education())
                    + ")");
          }
          add(explanation, Criterion.EDUCATION, ok ? 1 : 0, "education " + required + " or higher");
        }
        case CAR -> {
          boolean ok = Boolean.TRUE.equals(c.hasCar());
          if (!ok) {
            missing.add("a car");
          }
          add(explanation, Criterion.CAR, ok ? 1 : 0, "a car for work");
        }
        default -> {}
      }
    }
    if (vacancy.zone() != null) {
      if (vacancy.zone().equals(c.zone())) {
        add(explanation, Criterion.ZONE, 1, "lives in the workplace's zone " + vacancy.zone());
      } else if (Boolean.TRUE.equals(c.hasCar())) {
        add(explanation, Criterion.ZONE, 0.5, "lives in another zone, has a car");
      } else {
        missing.add("mobility to " + vacancy.zone() + " (lives in " + zoneOf(c) + ", no car)");
        add(explanation, Criterion.ZONE, 0, "lives in another zone without a car");
      }
    }
    if (vacancy.sector() != null) {
      boolean ok = c.sectors().contains(vacancy.sector());
      if (!ok) {
        missing.add("employability in " + vacancy.sector());
      }
      add(explanation, Criterion.SECTOR, ok ? 1 : 0, "employable in " + vacancy.sector());
    }
    Assessment.Readiness readiness = c.readiness();
    double ready =
        readiness == Assessment.Readiness.READY
            ? 1
            : readiness == Assessment.Readiness.ASSESSMENT_ONGOING ? 0.5 : 0;
    if (ready < 1) {
      missing.add("readiness (" + (readiness == null ? "not assessed" : readiness) + ")");
    }
    add(explanation, Criterion.READINESS, ready, "ready for work");
    if (!vacancy.shifts().isEmpty()) {
      Set<Shift> needed = vacancy.shifts();
      long covered = needed.stream().filter(c.availability()::contains).count();
      needed.stream()
          .filter(s -> !c.availability().contains(s))
          .sorted()
          .forEach(s -> missing.add("availability for " + s + " shifts"));
      add(
          explanation,
          Criterion.SCHEDULES,
          (double) covered / needed.size(),
          covered + " of " + needed.size() + " shifts");
    }

    explanation.removeIf(s -> s.weight() == 0);
    double total = explanation.stream().mapToInt(Match.Scored::weight).sum();
    double earned = explanation.stream().mapToDouble(Match.Scored::points).sum();
    int score = total == 0 ? 100 : (int) Math.round(100 * earned / total);
    return Optional.of(new Match(c, score, List.copyOf(explanation), List.copyOf(missing)));
  }

  private void add(List<Match.Scored> to, Criterion criterion, double fraction, String detail) {
    int weight = weights.get(criterion);
    to.add(new Match.Scored(criterion, weight, fraction, weight * fraction, detail));
  }

  private static String zoneOf(CandidateProfile c) {
    return c.zone() == null ? "an unknown zone" : c.zone();
  }

  /** Whether the candidate meets one requirement. */
  static boolean meets(CandidateProfile c, Requirement r) {
    return switch (r.kind()) {
      case LICENCE -> c.licences().contains(Licence.valueOf(r.value()));
      case ITALIAN_LEVEL ->
          c.italianLevel() != null && c.italianLevel().atLeast(ItalianLevel.valueOf(r.value()));
      case EDUCATION ->
          c.education() != null && c.education().isced() >= Education.valueOf(r.value()).isced();
      case CAR -> Boolean.TRUE.equals(c.hasCar());
    };
  }
}
