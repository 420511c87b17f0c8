package it.ponte.matching.interfaces;

import it.ponte.matching.domain.Criterion;
import it.ponte.matching.domain.Match;
import it.ponte.matching.domain.Selection;
import it.ponte.matching.domain.SelectionStage;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the matching and selection resources. */
public final class MatchingDtos {

  private MatchingDtos() {}

  @Schema(name = "MatchCriterion", description = "What one criterion added to the score.")
  public record ScoredView(
      Criterion criterion,
      @Schema(description = "The territory's weight for it") int weight,
      @Schema(description = "0-1: how far the candidate meets it") double fraction,
      @Schema(description = "weight x fraction") double points,
      String detail) {}

  @Schema(name = "Match", description = "A candidate's score for a vacancy, explained.")
  public record MatchView(
      long candidateId,
      String firstName,
      String lastName,
      String zone,
      @Schema(description = "0-100: points earned over the weights that applied") int score,
      List<ScoredView> explanation,
      @Schema(description = "What the candidate lacks for this vacancy") List<String> missing,
      @Schema(
              description =
                  "The same, criterion by criterion: what the vacancy wants and what the candidate"
                      + " has, for clients that word it in their own language")
          List<Match.Lack> lacks) {

    public static MatchView of(Match m) {
      return new MatchView(
          m.candidate().id(),
          m.candidate().firstName(),
          m.candidate().lastName(),
          m.candidate().zone(),
          m.score(),
          m.explanation().stream()
              .map(
                  s ->
                      new ScoredView(
                          s.criterion(),
                          s.weight(),
                          Math.round(s.fraction() * 100) / 100.0,
                          Math.round(s.points() * 100) / 100.0,
                          s.detail()))
              .toList(),
          m.missing(),
          m.lacks());
    }
  }

  @Schema(
      name = "MatchList",
      description =
          "The best candidates in protocol for a vacancy, best first; equal scores by candidate id.")
  public record MatchList(
      long vacancyId,
      @Schema(description = "Candidates in protocol that meet every mandatory requirement")
          long considered,
      @Schema(description = "The weights used, from the territory's configuration")
          Map<String, Integer> weights,
      List<MatchView> items) {}

  /** A candidate to put forward, or a number of best matches to propose. */
  @Schema(
      name = "NewSelection",
      description = "Either candidateId (an operator's proposal) or topMatches (the best matches).")
  public static class NewSelection {

    public Long candidateId;

    @Schema(description = "Propose this many of the best matches")
    @Min(1)
    @Max(50)
    public Integer topMatches;
  }

  /** A move of a selection. */
  @Schema(name = "SelectionMove", description = "Moves a selection to another stage.")
  public static class Move {

    @Schema(required = true)
    @NotNull
    public SelectionStage to;

    @Schema(description = "The version last read; a stale one gets 409 and changes nothing")
    public Long version;
  }

  @Schema(name = "Selection", description = "A candidate in a vacancy's selection (candidatura).")
  public record SelectionView(
      long id,
      long version,
      long vacancyId,
      long candidateId,
      @Schema(description = "The person's name; null once their data was erased")
          String candidateName,
      @Schema(description = "The vacancy's title, or its profession when it has none")
          String vacancyTitle,
      String companyName,
      SelectionStage stage,
      @Schema(description = "Stages it may move to now") List<SelectionStage> allowed,
      Selection.ProposedBy proposedBy,
      Integer score,
      OffsetDateTime createdAt,
      OffsetDateTime stageChangedAt,
      @Schema(
              description =
                  "The placement a hiring produced, once recorded (POST placements with this"
                      + " vacancyId); null while a hiring still waits for it")
          Long placementId) {

    public static SelectionView of(
        Selection s, String candidateName, String vacancyTitle, String companyName) {
      return new SelectionView(
          s.id(),
          s.version(),
          s.vacancyId(),
          s.candidateId(),
          candidateName,
          vacancyTitle,
          companyName,
          s.stage(),
          s.stage().next().stream().sorted().toList(),
          s.proposedBy(),
          s.score(),
          s.createdAt(),
          s.stageChangedAt(),
          s.placementId());
    }
  }
}
