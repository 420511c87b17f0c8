package it.ponte.plugin.ic.application;

import it.ponte.api.core.CurrentUser;
import it.ponte.api.plugin.PluginRefusal;
import it.ponte.plugin.ic.domain.Application;
import it.ponte.plugin.ic.domain.Call;
import it.ponte.plugin.ic.domain.Scoring;
import it.ponte.plugin.ic.domain.Status;
import it.ponte.plugin.ic.infrastructure.ApplicationRepository;
import it.ponte.plugin.ic.infrastructure.CommitteeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The evaluation committee: conflicts of interest, scores, the ranking and the decision. */
@ApplicationScoped
@Transactional
public class CommitteeService {

  @Inject CommitteeRepository committee;

  @Inject ApplicationRepository applications;

  @Inject IcTerritory territory;

  @Inject CallService calls;

  @Inject ApplicationBook book;

  @Inject CurrentUser user;

  /** The calling member declares a conflict of interest with an application. */
  public void declareConflict(long id, String reason) {
    Application a = book.application(id);
    String member = user.username();
    committee.declareConflict(id, member, reason);
    // A member who declares a conflict after scoring no longer counts.
    committee.replaceScores(id, member, Map.of());
    updateScore(id, a.callId());
  }

  /**
   * Records the calling member's scores of an application under evaluation: every criterion, in
   * range; refused to a member with a declared conflict. Scoring again replaces their scores.
   */
  public Application score(long id, Map<String, Integer> scores) {
    Application a = book.lock(id);
    String member = user.username();
    ApplicationBook.requireStatus(a, Status.EVALUATION);
    List<Scoring.Criterion> criteria = calls.criteria(a.callId());
    List<String> problems = Scoring.problems(criteria, scores);
    if (!problems.isEmpty()) {
      throw new IcRefusal(422, "scores-refused", "The scores are not valid.", problems);
    }
    committee.replaceScores(id, member, scores);
    updateScore(id, a.callId());
    return book.application(id);
  }

  private void updateScore(long id, long callId) {
    List<Scoring.Criterion> criteria = calls.criteria(callId);
    List<BigDecimal> totals =
        committee.scores(id).values().stream().map(s -> Scoring.memberTotal(criteria, s)).toList();
    applications.score(id, Scoring.applicationScore(totals).orElse(null));
  }

  /** The call's ranking of scored applications, with ties sharing a rank. */
  public List<Scoring.Ranked> ranking(long callId) {
    Call call = calls.call(callId);
    return Scoring.rank(committee.scored(callId), call.passMark());
  }

  /**
   * Records the committee's decision with its minutes: SELECTED (only at or above the pass mark),
   * REJECTED or STAND_BY.
   */
  public Application decide(long id, Status outcome, String minutes) {
    if (!Set.of(Status.SELECTED, Status.REJECTED, Status.STAND_BY).contains(outcome)) {
      throw new IcRefusal(
          422, "wrong-operation", "A decision is SELECTED, REJECTED or STAND_BY.", List.of());
    }
    Application a = book.lock(id);
    Call call = calls.call(a.callId());
    if (outcome == Status.SELECTED
        && (a.score() == null || a.score().compareTo(call.passMark()) < 0)) {
      throw new IcRefusal(
          422,
          "decision-refused",
          "Only an application scoring at least the pass mark ("
              + call.passMark().toPlainString()
              + ") can be selected; this one has "
              + (a.score() == null ? "no score" : a.score().toPlainString())
              + ".",
          List.of());
    }
    long members = committee.membersWithoutConflict(a.callId(), id);
    long scored = committee.membersWhoScored(id);
    int quorum = quorumPercent();
    if (members == 0 || scored * 100 <= members * (long) quorum) {
      throw new IcRefusal(
          409,
          "quorum-not-reached",
          scored
              + " of the "
              + members
              + " committee members without a conflict have scored this application; a decision"
              + " needs more than "
              + quorum
              + "% of them.",
          List.of());
    }
    applications.minutes(id, minutes);
    book.move(a, outcome, minutes);
    return book.application(id);
  }

  /** The share of the committee that must have scored before a decision (configuration). */
  private int quorumPercent() {
    return territory.settings().decisionQuorumPercent();
  }

  /**
   * Whether a user sits on the committee of an application's call, and, when asked, has declared no
   * conflict of interest with it: the relations the core checks before committee operations.
   *
   * @return empty when the user holds the relation, otherwise the refusal
   */
  public Optional<PluginRefusal> committeeRelation(
      long applicationId, String username, boolean withoutConflict) {
    Optional<Long> call = applications.callOf(applicationId);
    if (call.isEmpty()) {
      return Optional.of(IcRefusal.notFound("Application", applicationId));
    }
    if (!calls.isMember(call.get(), username)) {
      return Optional.of(
          new IcRefusal(
              403,
              "not-a-member",
              "Only members of the call's evaluation committee may do this.",
              List.of()));
    }
    if (withoutConflict && committee.hasConflict(applicationId, username)) {
      return Optional.of(
          new IcRefusal(
              403,
              "conflict-of-interest",
              username
                  + " declared a conflict of interest with this application and cannot act on"
                  + " it.",
              List.of()));
    }
    return Optional.empty();
  }
}
