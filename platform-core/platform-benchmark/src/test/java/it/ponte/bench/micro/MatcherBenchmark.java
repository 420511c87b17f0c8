package it.ponte.bench.micro;

import it.ponte.candidate.domain.Assessment;
import it.ponte.candidate.domain.Education;
import it.ponte.candidate.domain.ItalianLevel;
import it.ponte.candidate.domain.Licence;
import it.ponte.candidate.domain.Shift;
import it.ponte.company.domain.Requirement;
import it.ponte.company.domain.VacancyDetails;
import it.ponte.matching.domain.CandidateProfile;
import it.ponte.matching.domain.Match;
import it.ponte.matching.domain.Matcher;
import it.ponte.tenancy.domain.TenantDescriptorParser;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The matcher's scoring alone, in memory: one vacancy scored against the 70,000 candidates in
 * protocol of the HTTP matching benchmark (the same spread of zones, licences, Italian levels,
 * readiness and sectors), with the default weights. What the server adds on top of this is reading
 * the profiles and explaining the best 50.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatcherBenchmark {

  private static final String[] ZONES = {
    "Bergamo-Almè-Mozzo-Gorle", "Valle Seriana", "Bassa", "Val Cavallina", "Valle Imagna", "Isola"
  };

  private List<CandidateProfile> inProtocol;
  private Matcher soft;
  private Matcher mandatory;

  @Setup
  public void setUp() {
    Education[] education = {
      Education.LOWER_SECONDARY,
      Education.UPPER_SECONDARY,
      Education.VOCATIONAL_QUALIFICATION,
      Education.DEGREE
    };
    ItalianLevel[] italian = {
      ItalianLevel.A1,
      ItalianLevel.A2,
      ItalianLevel.B1,
      ItalianLevel.B2,
      ItalianLevel.C1,
      ItalianLevel.NATIVE
    };
    Assessment.Sector[] sectors = {
      Assessment.Sector.LOGISTICS,
      Assessment.Sector.CLEANING,
      Assessment.Sector.PRODUCTION,
      Assessment.Sector.CARE,
      Assessment.Sector.RESTAURANTS
    };
    inProtocol = new ArrayList<>();
    for (int i = 1; i <= 100_000; i++) {
      if (i % 10 >= 7) {
        continue; // assessed, not in protocol
      }
      Set<Licence> licences =
          i % 10 < 3
              ? EnumSet.of(Licence.DRIVING_B, Licence.FORKLIFT)
              : i % 10 < 6 ? EnumSet.of(Licence.DRIVING_B) : EnumSet.noneOf(Licence.class);
      inProtocol.add(
          new CandidateProfile(
              i,
              null,
              null,
              ZONES[i % 6],
              education[i % 4],
              italian[(i / 7) % 6],
              licences,
              i % 3 != 0,
              i % 2 == 0 ? EnumSet.of(Shift.AFTERNOON, Shift.MORNING) : EnumSet.of(Shift.MORNING),
              Assessment.Readiness.values()[i % 3],
              EnumSet.of(sectors[(i / 3) % 5])));
    }
    soft =
        new Matcher(
            vacancy(
                Set.of(Shift.MORNING, Shift.AFTERNOON),
                List.of(
                    new Requirement(Requirement.Kind.LICENCE, "FORKLIFT", false),
                    new Requirement(Requirement.Kind.ITALIAN_LEVEL, "B1", false),
                    new Requirement(Requirement.Kind.CAR, null, false))),
            TenantDescriptorParser.DEFAULT_MATCHING_WEIGHTS);
    mandatory =
        new Matcher(
            vacancy(
                Set.of(Shift.MORNING),
                List.of(
                    new Requirement(Requirement.Kind.LICENCE, "FORKLIFT", true),
                    new Requirement(Requirement.Kind.ITALIAN_LEVEL, "B1", true))),
            TenantDescriptorParser.DEFAULT_MATCHING_WEIGHTS);
  }

  private static VacancyDetails vacancy(Set<Shift> shifts, List<Requirement> requirements) {
    return new VacancyDetails(
        "Magazziniere",
        "8.1.3.1.0",
        3,
        null,
        null,
        "Bassa",
        Assessment.Sector.LOGISTICS,
        shifts,
        requirements);
  }

  /** Scores of all 70,000 with soft requirements only (no explanation), summed. */
  @Benchmark
  public long scoreAllSoft() {
    return scoreAll(soft);
  }

  /** The same with a mandatory licence and Italian level: most are filtered out first. */
  @Benchmark
  public long scoreAllMandatory() {
    return scoreAll(mandatory);
  }

  private long scoreAll(Matcher matcher) {
    long sum = 0;
    for (CandidateProfile c : inProtocol) {
      sum += matcher.quickScore(c);
    }
    return sum;
  }

  /** One candidate's score with its explanation, as each of the best 50 gets. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public Optional<Match> explainOne() {
    return soft.score(inProtocol.get(12_345));
  }
}
