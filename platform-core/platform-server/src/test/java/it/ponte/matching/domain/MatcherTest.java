package it.ponte.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import it.ponte.candidate.domain.Shift;
import it.ponte.company.domain.Contract;
import it.ponte.company.domain.Requirement;
import it.ponte.company.domain.VacancyDetails;
import it.ponte.tenancy.domain.TenantDescriptorParser;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatcherTest {

  private static final Map<String, Integer> WEIGHTS =
      TenantDescriptorParser.DEFAULT_MATCHING_WEIGHTS;

  private static final VacancyDetails WAREHOUSE =
      new VacancyDetails(
          "Magazziniere",
          "8.1.4.3.0",
          1,
          Contract.FIXED_TERM,
          "Seriate",
          "Bassa",
          Assessment.Sector.LOGISTICS,
          Set.of(Shift.MORNING, Shift.AFTERNOON),
          List.of(
              new Requirement(Requirement.Kind.LICENCE, "FORKLIFT", true),
              new Requirement(Requirement.Kind.LICENCE, "SAFETY", false),
              new Requirement(Requirement.Kind.ITALIAN_LEVEL, "B1", false),
              new Requirement(Requirement.Kind.EDUCATION, "LOWER_SECONDARY", false)));

  private static CandidateProfile profile(
      String zone, ItalianLevel italian, Boolean car, Set<Licence> licences, Set<Shift> shifts) {
    return new CandidateProfile(
        1,
        "Amina",
        "Diallo",
        zone,
        Education.LOWER_SECONDARY,
        italian,
        licences,
        car,
        shifts,
        Assessment.Readiness.READY,
        Set.of(Assessment.Sector.LOGISTICS));
  }

  @Test
  void aCandidateMissingAMandatoryRequirementDoesNotMatch() {
    Matcher matcher = new Matcher(WAREHOUSE, WEIGHTS);
    assertThat(matcher.score(profile("Bassa", ItalianLevel.B2, true, Set.of(), Set.of())))
        .isEmpty();
  }

  @Test
  void meetingEverythingScoresOneHundredWithNothingMissing() {
    Match m =
        new Matcher(WAREHOUSE, WEIGHTS)
            .score(
                profile(
                    "Bassa",
                    ItalianLevel.C1,
                    false,
                    Set.of(Licence.FORKLIFT, Licence.SAFETY),
                    Set.of(Shift.MORNING, Shift.AFTERNOON, Shift.NIGHT)))
            .orElseThrow();
    assertThat(m.score()).isEqualTo(100);
    assertThat(m.missing()).isEmpty();
    assertThat(m.explanation())
        .extracting(Match.Scored::criterion)
        .containsExactlyInAnyOrder(
            Criterion.LICENCES,
            Criterion.ITALIAN_LEVEL,
            Criterion.EDUCATION,
            Criterion.ZONE,
            Criterion.SECTOR,
            Criterion.READINESS,
            Criterion.SCHEDULES);
  }

  @Test
  void partialFitsEarnPartOfEachWeightAndSayWhatIsMissing() {
    Match m =
        new Matcher(WAREHOUSE, WEIGHTS)
            .score(
                profile(
                    "Isola",
                    ItalianLevel.A2,
                    true,
                    Set.of(Licence.FORKLIFT),
                    Set.of(Shift.MORNING)))
            .orElseThrow();
    // licences 0/1 of 20, Italian half of 15, education 10, zone half of 15 (car), sector 15,
    // readiness 10, shifts half of 5: 52.5 of 90 points.
    assertThat(m.score()).isEqualTo(58);
    assertThat(m.missing())
        .containsExactly(
            "licence SAFETY", "Italian B1 (has A2)", "availability for AFTERNOON shifts");
  }

  @Test
  void weightsAreTheTerritorysAndZeroSwitchesACriterionOff() {
    Map<String, Integer> onlyZone =
        Map.of(
            "zone",
            100,
            "licences",
            0,
            "italianLevel",
            0,
            "education",
            0,
            "sector",
            0,
            "readiness",
            0,
            "schedules",
            0,
            "car",
            0);
    CandidateProfile far =
        profile("Isola", ItalianLevel.C2, false, Set.of(Licence.FORKLIFT), Set.of());
    Match m = new Matcher(WAREHOUSE, onlyZone).score(far).orElseThrow();
    assertThat(m.score()).isZero();
    assertThat(m.explanation()).extracting(Match.Scored::criterion).containsExactly(Criterion.ZONE);
  }

  @Test
  void theQuickScoreIsTheExplainedScore() {
    Matcher matcher = new Matcher(WAREHOUSE, WEIGHTS);
    for (ItalianLevel level : ItalianLevel.values()) {
      for (String zone : List.of("Bassa", "Isola")) {
        for (Boolean car : new Boolean[] {true, false, null}) {
          CandidateProfile p =
              profile(zone, level, car, Set.of(Licence.FORKLIFT), Set.of(Shift.AFTERNOON));
          assertThat(matcher.quickScore(p)).isEqualTo(matcher.score(p).orElseThrow().score());
        }
      }
    }
    assertThat(matcher.quickScore(profile("Bassa", ItalianLevel.C2, true, Set.of(), Set.of())))
        .isEqualTo(-1);

    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 2_000; i++) {
      Map<String, Integer> weights = new java.util.HashMap<>();
      for (Criterion c : Criterion.values()) {
        weights.put(c.key(), random.nextInt(4) == 0 ? 0 : random.nextInt(30));
      }
      List<Requirement> requirements = new java.util.ArrayList<>();
      for (Licence l : List.of(Licence.FORKLIFT, Licence.HACCP)) {
        if (random.nextBoolean()) {
          requirements.add(
              new Requirement(Requirement.Kind.LICENCE, l.name(), random.nextInt(4) == 0));
        }
      }
      if (random.nextBoolean()) {
        requirements.add(
            new Requirement(Requirement.Kind.ITALIAN_LEVEL, "B1", random.nextInt(4) == 0));
      }
      if (random.nextBoolean()) {
        requirements.add(new Requirement(Requirement.Kind.EDUCATION, "UPPER_SECONDARY", false));
      }
      if (random.nextBoolean()) {
        requirements.add(new Requirement(Requirement.Kind.CAR, null, random.nextInt(4) == 0));
      }
      VacancyDetails vacancy =
          new VacancyDetails(
              null,
              "8.1.4.3.0",
              1,
              null,
              null,
              random.nextBoolean() ? "Bassa" : null,
              random.nextBoolean() ? Assessment.Sector.LOGISTICS : null,
              random.nextBoolean() ? Set.of(Shift.MORNING, Shift.NIGHT) : Set.of(),
              requirements);
      CandidateProfile candidate =
          new CandidateProfile(
              i,
              "A",
              "B",
              random.nextBoolean() ? "Bassa" : "Isola",
              Education.values()[random.nextInt(Education.values().length)],
              random.nextInt(5) == 0 ? null : ItalianLevel.values()[random.nextInt(8)],
              random.nextBoolean()
                  ? Set.of(Licence.FORKLIFT)
                  : Set.of(Licence.HACCP, Licence.FORKLIFT),
              random.nextInt(3) == 0 ? null : random.nextBoolean(),
              random.nextBoolean() ? Set.of(Shift.MORNING) : Set.of(),
              Assessment.Readiness.values()[random.nextInt(3)],
              random.nextBoolean() ? Set.of(Assessment.Sector.LOGISTICS) : Set.of());
      Matcher m = new Matcher(vacancy, weights);
      int quick = m.quickScore(candidate);
      int explained = m.score(candidate).map(Match::score).orElse(-1);
      assertThat(quick).as("case %d", i).isEqualTo(explained);
    }
  }

  @Test
  void everyCriterionHasADefaultWeight() {
    assertThat(Arrays.stream(Criterion.values()).map(Criterion::key))
        .containsExactlyInAnyOrderElementsOf(WEIGHTS.keySet());
  }
}
