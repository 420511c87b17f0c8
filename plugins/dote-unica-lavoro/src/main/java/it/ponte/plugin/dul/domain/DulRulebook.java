package it.ponte.plugin.dul.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applies {@link DulRules} to people, plans and placements. */
public final class DulRulebook {

  private final DulRules rules;

  public DulRulebook(DulRules rules) {
    this.rules = rules;
  }

  /** Every reason the person cannot receive a dote on a day; empty when eligible. */
  public List<String> ineligibility(Person p, LocalDate day) {
    DulRules.Eligibility e = rules.eligibility();
    List<String> reasons = new ArrayList<>();
    if (!p.residentInLombardy()) {
      reasons.add("not resident or domiciled in Lombardia");
    }
    if (p.birthDate() == null) {
      reasons.add("birth date unknown");
    } else {
      int age = Period.between(p.birthDate(), day).getYears();
      if (age < e.minAge()) {
        reasons.add(
            "aged "
                + age
                + ", under "
                + e.minAge()
                + (e.minAge() == 30 ? " (Garanzia Giovani)" : ""));
      } else if (age > e.maxAge()) {
        reasons.add("aged " + age + ", over " + e.maxAge());
      }
    }
    if (p.employmentStatus() == null || !e.allowedStatuses().contains(p.employmentStatus())) {
      reasons.add(
          "employment status "
              + (p.employmentStatus() == null ? "unknown" : p.employmentStatus())
              + " is not one of "
              + new java.util.TreeSet<>(e.allowedStatuses()));
    }
    boolean suspended = "SHORT_TIME_WORK".equals(p.employmentStatus());
    if (e.didRequired() && !suspended && p.didDate() == null) {
      reasons.add("no DID (dichiarazione di immediata disponibilità)");
    }
    if (e.serviceAgreementRequired() && !p.serviceAgreementSigned()) {
      reasons.add("Patto di servizio not signed");
    }
    if (p.naspiSince() != null
        && day.isAfter(p.naspiSince().plusMonths(e.naspiMaxMonths()).minusDays(1))) {
      reasons.add("NASpI received for more than " + e.naspiMaxMonths() + " months");
    }
    return reasons;
  }

  /** One variable's contribution to the profiling score. */
  public record Contribution(String variable, String value, int points) {}

  /** The outcome of profiling: the score, its parts, and the fascia it falls in. */
  public record Profile(int score, List<Contribution> contributions, DulRules.Fascia fascia) {}

  /** Profiles a person on a day; workers on short-time work get the suspended workers' band. */
  public Profile profile(Person p, LocalDate day) {
    DulRules.Profiling pr = rules.profiling();
    List<Contribution> parts = new ArrayList<>();
    parts.add(
        new Contribution("gender", p.gender(), "FEMALE".equals(p.gender()) ? pr.female() : 0));
    int age = p.birthDate() == null ? 0 : Period.between(p.birthDate(), day).getYears();
    parts.add(new Contribution("age", String.valueOf(age), DulRules.points(pr.ageBands(), age)));
    parts.add(
        new Contribution(
            "education",
            p.education() == null ? "unknown" : p.education(),
            p.education() == null ? 0 : pr.education().getOrDefault(p.education(), 0)));
    long months = p.didDate() == null ? 0 : ChronoUnit.MONTHS.between(p.didDate(), day);
    parts.add(
        new Contribution(
            "monthsUnemployed",
            String.valueOf(months),
            DulRules.points(pr.unemploymentMonthsBands(), months)));
    int score = parts.stream().mapToInt(Contribution::points).sum();
    if ("SHORT_TIME_WORK".equals(p.employmentStatus())) {
      return new Profile(score, parts, rules.suspendedWorkers());
    }
    DulRules.Fascia fascia = rules.fasce().get(0);
    for (DulRules.Fascia f : rules.fasce()) {
      if (score >= f.minScore()) {
        fascia = f;
      }
    }
    return new Profile(score, parts, fascia);
  }

  /** A line of a PIP: a service of the catalogue and a quantity of its unit. */
  public record PlanLine(String serviceCode, BigDecimal quantity) {}

  /** The total of a PIP, or every reason it is refused. */
  public record PlanCheck(BigDecimal total, List<String> problems) {}

  /**
   * Checks a PIP against the catalogue, the fascia's maximum value and the operator's available
   * budget (which may go below zero by the configured overbooking share of its ceiling).
   */
  public PlanCheck checkPlan(
      List<PlanLine> lines, DulRules.Fascia fascia, BigDecimal available, BigDecimal ceiling) {
    List<String> problems = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (PlanLine line : lines) {
      Optional<DulRules.Service> service = rules.service(line.serviceCode());
      if (service.isEmpty()) {
        problems.add("service " + line.serviceCode() + " is not in the catalogue");
      } else if (line.quantity() == null || line.quantity().signum() <= 0) {
        problems.add("service " + line.serviceCode() + " needs a positive quantity");
      } else {
        total = total.add(service.get().unitCost().multiply(line.quantity()));
      }
    }
    if (total.compareTo(fascia.maxValue()) > 0) {
      problems.add(
          "the plan costs EUR "
              + total
              + ", more than the EUR "
              + fascia.maxValue()
              + " of fascia "
              + fascia.fascia());
    }
    BigDecimal overbooking =
        ceiling.multiply(BigDecimal.valueOf(rules.overbookingPercent())).movePointLeft(2);
    if (total.compareTo(available.add(overbooking)) > 0) {
      problems.add(
          "the plan costs EUR "
              + total
              + ", more than the operator's available budget of EUR "
              + available
              + (overbooking.signum() > 0 ? " (plus EUR " + overbooking + " of overbooking)" : ""));
    }
    return new PlanCheck(total, problems);
  }

  /** The result payment a placement earns, or why it earns none. */
  public record Claim(Optional<BigDecimal> amount, String reason) {}

  /**
   * The result payment for a placement of a person in a fascia.
   *
   * @param contract a core Contract name, null for none
   * @param end the contract's end, null if open-ended
   */
  public Claim resultPayment(int fascia, String contract, LocalDate start, LocalDate end) {
    DulRules.Results r = rules.results();
    if (contract == null || !r.contracts().contains(contract)) {
      return new Claim(
          Optional.empty(),
          "contract "
              + contract
              + " does not earn a result payment; these do: "
              + new java.util.TreeSet<>(r.contracts()));
    }
    if ("FIXED_TERM".equals(contract) && end == null && r.minContractDays() > 0) {
      // As for the employer incentive: a fixed-term contract must show that it lasts long enough.
      return new Claim(
          Optional.empty(),
          "a fixed-term contract without an end date cannot show the "
              + r.minContractDays()
              + " days required");
    }
    if (end != null && ChronoUnit.DAYS.between(start, end) + 1 < r.minContractDays()) {
      return new Claim(
          Optional.empty(),
          "the contract lasts "
              + (ChronoUnit.DAYS.between(start, end) + 1)
              + " days, fewer than the "
              + r.minContractDays()
              + " required");
    }
    BigDecimal amount = r.amount(fascia, contract).orElse(null);
    if (amount == null) {
      return new Claim(Optional.empty(), "no amount for fascia " + fascia + " and " + contract);
    }
    return new Claim(Optional.of(amount), "fascia " + fascia + ", " + contract);
  }

  /**
   * The employer incentive for hiring a person, or why the hiring does not qualify.
   *
   * @param contract a core Contract name, null for none
   * @param end the contract's end, null if open-ended
   * @param hoursPerWeek contractual hours, null if not recorded
   * @param companySize the employer's core size band (MICRO, SMALL, MEDIUM, LARGE), null if unknown
   */
  public Claim employerIncentive(
      Person p,
      LocalDate hiredOn,
      String contract,
      LocalDate end,
      Double hoursPerWeek,
      String companySize) {
    DulRules.Incentive i = rules.employerIncentive();
    if (contract == null || !i.contracts().contains(contract)) {
      return new Claim(
          Optional.empty(),
          "contract "
              + contract
              + " does not earn the employer incentive; these do: "
              + new java.util.TreeSet<>(i.contracts()));
    }
    if (hoursPerWeek == null || hoursPerWeek < i.minHoursPerWeek()) {
      return new Claim(
          Optional.empty(),
          hoursPerWeek == null
              ? "hours per week not recorded; at least " + i.minHoursPerWeek() + " are required"
              : hoursPerWeek
                  + " hours per week, fewer than the "
                  + i.minHoursPerWeek()
                  + " required");
    }
    if ("FIXED_TERM".equals(contract)
        && (end == null || end.isBefore(hiredOn.plusMonths(i.minFixedTermMonths()).minusDays(1)))) {
      return new Claim(
          Optional.empty(),
          "a fixed-term contract must last at least " + i.minFixedTermMonths() + " months");
    }
    int age = Period.between(p.birthDate(), hiredOn).getYears();
    boolean woman = "FEMALE".equals(p.gender());
    BigDecimal amount =
        age <= 54
            ? (woman ? i.womenUpTo54() : i.menUpTo54())
            : (woman ? i.women55Plus() : i.men55Plus());
    String reason = (woman ? "woman" : "man") + " aged " + age + ", " + contract;
    Integer maxStaff = maxStaff(companySize);
    if (maxStaff == null) {
      return new Claim(
          Optional.of(amount), reason + "; company size unknown, so no small-employer bonus");
    }
    if (maxStaff < i.smallEmployerBelow()) {
      return new Claim(
          Optional.of(amount.add(i.smallEmployerBonus())),
          reason + "; employer under " + i.smallEmployerBelow() + " staff (" + companySize + ")");
    }
    return new Claim(Optional.of(amount), reason);
  }

  /** The largest headcount of a core size band; null when unknown. */
  private static Integer maxStaff(String size) {
    if (size == null) {
      return null;
    }
    return switch (size) {
      case "MICRO" -> 9;
      case "SMALL" -> 49;
      case "MEDIUM" -> 249;
      case "LARGE" -> Integer.MAX_VALUE;
      default -> null;
    };
  }
}
