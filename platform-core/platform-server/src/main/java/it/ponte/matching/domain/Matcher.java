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

  private final List<Requirement> mandatory;
  private final List<Licence> softLicences;
  private final List<Requirement> softOthers;

  // The same requirements with their values parsed once, for quickScore's many candidates.
  private final List<Wanted> mandatoryWanted;
  private final List<Wanted> softOthersWanted;

  /** Whether the evaluation under way builds its explanation; a Matcher serves one thread. */
  private boolean explain;

  /**
   * @param weights by {@link Criterion#key()}; a missing key counts as 0
   */
  public Matcher(VacancyDetails vacancy, Map<String, Integer> weights) {
    this.vacancy = vacancy;
    this.weights = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      this.weights.put(c, Math.max(0, weights.getOrDefault(c.key(), 0)));
    }
    this.mandatory = vacancy.requirements().stream().filter(Requirement::mandatory).toList();
    this.softLicences =
        vacancy.requirements().stream()
            .filter(r -> !r.mandatory() && r.kind() == Requirement.Kind.LICENCE)
            .map(r -> Licence.valueOf(r.value()))
            .toList();
    this.softOthers =
        vacancy.requirements().stream()
            .filter(r -> !r.mandatory() && r.kind() != Requirement.Kind.LICENCE)
            .toList();
    this.mandatoryWanted = mandatory.stream().map(Wanted::of).toList();
    this.softOthersWanted = softOthers.stream().map(Wanted::of).toList();
  }

  /** A requirement with its value parsed: what a candidate must have. */
  private record Wanted(Requirement.Kind kind, Licence licence, ItalianLevel level, int isced) {

    static Wanted of(Requirement r) {
      return switch (r.kind()) {
        case LICENCE -> new Wanted(r.kind(), Licence.valueOf(r.value()), null, 0);
        case ITALIAN_LEVEL -> new Wanted(r.kind(), null, ItalianLevel.valueOf(r.value()), 0);
        case EDUCATION -> new Wanted(r.kind(), null, null, Education.valueOf(r.value()).isced());
        case CAR -> new Wanted(r.kind(), null, null, 0);
      };
    }

    boolean metBy(CandidateProfile c) {
      return switch (kind) {
        case LICENCE -> c.licences().contains(licence);
        case ITALIAN_LEVEL -> c.italianLevel() != null && c.italianLevel().atLeast(level);
        case EDUCATION -> c.education() != null && c.education().isced() >= isced;
        case CAR -> Boolean.TRUE.equals(c.hasCar());
      };
    }

    /** Met (1), for Italian one level short (0.5), or not met (0). */
    double fraction(CandidateProfile c) {
      if (kind == Requirement.Kind.ITALIAN_LEVEL) {
        ItalianLevel has = c.italianLevel();
        return has == null
            ? 0
            : has.atLeast(level) ? 1 : has.ordinal() == level.ordinal() - 1 ? 0.5 : 0;
      }
      return metBy(c) ? 1 : 0;
    }
  }

  /** The candidate's match with its explanation, or empty if a mandatory requirement is not met. */
  public Optional<Match> score(CandidateProfile c) {
    return evaluate(c, true);
  }

  /**
   * The candidate's score alone, or -1 if a mandatory requirement is not met: the same number as
   * {@link #score}, without building the explanation, for ranking many candidates.
   */
  public int quickScore(CandidateProfile c) {
    if (!meetsMandatory(c)) {
      return -1;
    }
    double total = 0;
    double earned = 0;
    int w;
    if (!softLicences.isEmpty() && (w = weights.get(Criterion.LICENCES)) > 0) {
      total += w;
      earned += w * licences(softLicences, c);
    }
    for (int i = 0; i < softOthersWanted.size(); i++) {
      Criterion criterion = criterionOf(softOthers.get(i));
      if (criterion != null && (w = weights.get(criterion)) > 0) {
        total += w;
        earned += w * softOthersWanted.get(i).fraction(c);
      }
    }
    if (vacancy.zone() != null && (w = weights.get(Criterion.ZONE)) > 0) {
      total += w;
      earned += w * zone(vacancy.zone(), c);
    }
    if (vacancy.sector() != null && (w = weights.get(Criterion.SECTOR)) > 0) {
      total += w;
      earned += w * sector(vacancy.sector(), c);
    }
    if ((w = weights.get(Criterion.READINESS)) > 0) {
      total += w;
      earned += w * readiness(c.readiness());
    }
    if (!vacancy.shifts().isEmpty() && (w = weights.get(Criterion.SCHEDULES)) > 0) {
      total += w;
      earned += w * shifts(vacancy.shifts(), c);
    }
    return total == 0 ? 100 : (int) Math.round(100 * earned / total);
  }

  // One function per criterion: how far (0 to 1) the candidate meets it. Both the ranking's
  // quickScore and the explained score use these, so they always agree.

  /** The share of the licences asked for that the candidate holds. */
  static double licences(List<Licence> asked, CandidateProfile c) {
    int held = 0;
    for (Licence l : asked) {
      if (c.licences().contains(l)) {
        held++;
      }
    }
    return (double) held / asked.size();
  }

  /**
   * A soft requirement other than a licence: met (1), or for Italian one level short (0.5), or not
   * met (0).
   */
  static double fraction(CandidateProfile c, Requirement r) {
    return Wanted.of(r).fraction(c);
  }

  /** Lives in the workplace's zone (1), elsewhere with a car (0.5), elsewhere without (0). */
  static double zone(String workplace, CandidateProfile c) {
    return workplace.equals(c.zone()) ? 1 : Boolean.TRUE.equals(c.hasCar()) ? 0.5 : 0;
  }

  static double sector(Assessment.Sector sector, CandidateProfile c) {
    return c.sectors().contains(sector) ? 1 : 0;
  }

  /** Ready (1), assessment not finished (0.5), not ready or unknown (0). */
  static double readiness(Assessment.Readiness readiness) {
    return readiness == Assessment.Readiness.READY
        ? 1
        : readiness == Assessment.Readiness.ASSESSMENT_ONGOING ? 0.5 : 0;
  }

  /** The share of the vacancy's shifts the candidate is available for. */
  static double shifts(Set<Shift> needed, CandidateProfile c) {
    int covered = 0;
    for (Shift s : needed) {
      if (c.availability().contains(s)) {
        covered++;
      }
    }
    return (double) covered / needed.size();
  }

  /** The soft criterion a non-licence requirement weighs in; null for a licence. */
  private static Criterion criterionOf(Requirement r) {
    return switch (r.kind()) {
      case ITALIAN_LEVEL -> Criterion.ITALIAN_LEVEL;
      case EDUCATION -> Criterion.EDUCATION;
      case CAR -> Criterion.CAR;
      case LICENCE -> null;
    };
  }

  private boolean meetsMandatory(CandidateProfile c) {
    for (Wanted w : mandatoryWanted) {
      if (!w.metBy(c)) {
        return false;
      }
    }
    return true;
  }

  private Optional<Match> evaluate(CandidateProfile c, boolean explain) {
    this.explain = explain;
    for (Requirement r : vacancy.requirements()) {
      if (r.mandatory() && !meets(c, r)) {
        return Optional.empty();
      }
    }
    List<Match.Scored> explanation = new ArrayList<>();
    List<Match.Lack> missing = new ArrayList<>();

    List<Requirement> soft = vacancy.requirements().stream().filter(r -> !r.mandatory()).toList();
    List<Requirement> licences =
        soft.stream().filter(r -> r.kind() == Requirement.Kind.LICENCE).toList();
    if (!licences.isEmpty()) {
      long held = licences.stream().filter(r -> meets(c, r)).count();
      licences.stream()
          .filter(r -> !meets(c, r))
          .forEach(r -> note(missing, explain, Criterion.LICENCES, r.value(), null));
      add(
          explanation,
          Criterion.LICENCES,
          licences(softLicences, c),
          () -> held + " of " + licences.size() + " licences asked for");
    }
    for (Requirement r : soft) {
      switch (r.kind()) {
        case ITALIAN_LEVEL -> {
          ItalianLevel required = ItalianLevel.valueOf(r.value());
          ItalianLevel has = c.italianLevel();
          double f = fraction(c, r);
          if (f < 1) {
            note(
                missing,
                explain,
                Criterion.ITALIAN_LEVEL,
                required.name(),
                has == null ? null : has.name());
          }
          add(explanation, Criterion.ITALIAN_LEVEL, f, () -> "Italian " + required + " or better");
        }
        case EDUCATION -> {
          Education required = Education.valueOf(r.value());
          double f = fraction(c, r);
          if (f < 1) {
            note(
                missing,
                explain,
                Criterion.EDUCATION,
                required.name(),
                c.education() == null ? null : c.education().name());
          }
          add(explanation, Criterion.EDUCATION, f, () -> "education " + required + " or higher");
        }
        case CAR -> {
          double f = fraction(c, r);
          if (f < 1) {
            note(missing, explain, Criterion.CAR, null, null);
          }
          add(explanation, Criterion.CAR, f, () -> "a car for work");
        }
        default -> {}
      }
    }
    if (vacancy.zone() != null) {
      double f = zone(vacancy.zone(), c);
      if (f == 0) {
        note(missing, explain, Criterion.ZONE, vacancy.zone(), c.zone());
      }
      add(
          explanation,
          Criterion.ZONE,
          f,
          () ->
              f == 1
                  ? "lives in the workplace's zone " + vacancy.zone()
                  : f > 0
                      ? "lives in another zone, has a car"
                      : "lives in another zone without a car");
    }
    if (vacancy.sector() != null) {
      double f = sector(vacancy.sector(), c);
      if (f < 1) {
        note(missing, explain, Criterion.SECTOR, vacancy.sector().name(), null);
      }
      add(explanation, Criterion.SECTOR, f, () -> "employable in " + vacancy.sector());
    }
    Assessment.Readiness readiness = c.readiness();
    double ready = readiness(readiness);
    if (ready < 1) {
      note(
          missing, explain, Criterion.READINESS, null, readiness == null ? null : readiness.name());
    }
    add(explanation, Criterion.READINESS, ready, () -> "ready for work");
    if (!vacancy.shifts().isEmpty()) {
      Set<Shift> needed = vacancy.shifts();
      long covered = needed.stream().filter(c.availability()::contains).count();
      needed.stream()
          .filter(s -> !c.availability().contains(s))
          .sorted()
          .forEach(s -> note(missing, explain, Criterion.SCHEDULES, s.name(), null));
      add(
          explanation,
          Criterion.SCHEDULES,
          shifts(needed, c),
          () -> covered + " of " + needed.size() + " shifts");
    }

    explanation.removeIf(s -> s.weight() == 0);
    double total = explanation.stream().mapToInt(Match.Scored::weight).sum();
    double earned = explanation.stream().mapToDouble(Match.Scored::points).sum();
    int score = total == 0 ? 100 : (int) Math.round(100 * earned / total);
    return Optional.of(new Match(c, score, List.copyOf(explanation), List.copyOf(missing)));
  }

  private static void note(
      List<Match.Lack> missing, boolean explain, Criterion criterion, String wanted, String has) {
    if (explain) {
      missing.add(new Match.Lack(criterion, wanted, has));
    }
  }

  private void add(
      List<Match.Scored> to,
      Criterion criterion,
      double fraction,
      java.util.function.Supplier<String> detail) {
    int weight = weights.get(criterion);
    to.add(
        new Match.Scored(
            criterion, weight, fraction, weight * fraction, explain ? detail.get() : null));
  }

  /** Whether the candidate meets one requirement. */
  static boolean meets(CandidateProfile c, Requirement r) {
    return Wanted.of(r).metBy(c);
  }
}
