package it.ponte.plugin.ic.application;

import it.ponte.api.core.Money;
import it.ponte.api.plugin.DemoDataContributor;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import it.ponte.plugin.ic.domain.NewCall;
import it.ponte.plugin.ic.domain.Scoring;
import it.ponte.plugin.ic.domain.Status;
import it.ponte.plugin.ic.domain.Submission;
import it.ponte.plugin.ic.infrastructure.ApplicationRepository;
import it.ponte.plugin.ic.infrastructure.CommitteeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A demo territory's social-innovation call, opened ten months ago: fourteen third-sector
 * applications that went every way Bologna's did - ineligible, withdrawn before and during the
 * accompaniment, rejected and in stand-by after the committee's scores, selected, funded and
 * concluded with money disbursed. Funded organisations are companies of the demo, so the jobs and
 * stages they created come from the core's placements there. The call is made through the service;
 * the past applications, scores and history are written as they would have been (the service
 * refuses a submission after the closing, as it should).
 */
@ApplicationScoped
public class IcDemo implements DemoDataContributor {

  private static final String ACTOR = "demo-data";

  /** The committee, two of the territory's demo users. */
  private static final List<String> COMMITTEE = List.of("bologna.admin", "bologna.operator");

  /** Where each application ended, in submission order. */
  private static final List<Status> OUTCOMES =
      List.of(
          Status.FUNDED,
          Status.CONCLUDED,
          Status.FUNDED,
          Status.INELIGIBLE,
          Status.REJECTED,
          Status.FUNDED,
          Status.WITHDRAWN,
          Status.STAND_BY,
          Status.CONCLUDED,
          Status.INELIGIBLE,
          Status.SELECTED,
          Status.REJECTED,
          Status.WITHDRAWN,
          Status.FUNDED);

  private static final List<String> PROJECTS =
      List.of(
          "Laboratorio di sartoria sociale",
          "Emporio solidale con inserimenti lavorativi",
          "Manutenzione del verde di quartiere",
          "Ciclofficina e consegne in bicicletta",
          "Cucina di comunità",
          "Servizi di pulizia per condomini",
          "Orto sociale e vendita diretta");

  @Inject CallService calls;

  @Inject IcTerritory territory;

  @Inject ApplicationRepository applications;

  @Inject CommitteeRepository committee;

  @Override
  public String pluginId() {
    return InnovationCallsPlugin.ID;
  }

  @Override
  public void fill(DemoTerritory t) {
    Random random = new Random(t.seed() * 17 + 3);
    // Within the last year, so a yearly report shows it; every step of it is over by now.
    LocalDate opened = t.today().minusMonths(10);
    long call =
        calls
            .createCall(
                new NewCall(
                    "Bando innovazione sociale (demo)",
                    new BigDecimal("80000.00"),
                    opened.atTime(9, 0),
                    opened.plusDays(45).atTime(12, 0),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
            .id();
    for (String member : COMMITTEE) {
      calls.addMember(call, member);
    }
    List<Scoring.Criterion> criteria = calls.criteria(call);
    ZoneId zone = territory.zone();
    // Funded organisations are companies placing people, after those microcredit finances.
    List<DemoTerritory.Organisation> organisations = t.organisations();
    int o = Math.min(3, organisations.size());
    for (int i = 0; i < OUTCOMES.size() && o < organisations.size(); i++, o++) {
      Status outcome = OUTCOMES.get(i);
      DemoTerritory.Organisation org = organisations.get(o);
      OffsetDateTime submitted =
          opened.plusDays(3 + 3L * i).atTime(LocalTime.of(10, 0)).atZone(zone).toOffsetDateTime();
      boolean welfare = i % 5 == 4;
      BigDecimal investment = BigDecimal.valueOf(welfare ? 0 : 3_000 + 500L * random.nextInt(7));
      BigDecimal consultancy =
          BigDecimal.valueOf(welfare ? 6_000 : 1_000 + 500L * random.nextInt(3));
      Submission submission =
          new Submission(
              org.name(),
              org.vatNumber(),
              i % 3 == 0 ? "SOCIAL_COOPERATIVE" : "ASSOCIATION",
              true,
              PROJECTS.get(i % PROJECTS.size()),
              investment,
              consultancy,
              welfare,
              1 + random.nextInt(3),
              null);
      long app = applications.insert(call, submission, outcome, submitted).orElseThrow();
      List<Status> path = path(outcome, i);
      OffsetDateTime at = submitted;
      Status from = null;
      for (Status to : path) {
        applications.addTransition(
            app,
            from,
            to,
            ACTOR,
            at,
            to == Status.INELIGIBLE ? "sede legale fuori dal territorio" : null);
        if (to == Status.ACCOMPANIMENT) {
          applications.accompanimentFrom(app, at.toLocalDate());
          applications.addWorkshop(
              app,
              at.toLocalDate().plusDays(14),
              "Modello di business e piano economico",
              random.nextInt(10) < 8);
        }
        if (to == Status.EVALUATION) {
          score(app, criteria, outcome, random);
        }
        from = to;
        at = at.plusDays(to == Status.ACCOMPANIMENT ? 60 : 10);
      }
      if (outcome == Status.FUNDED || outcome == Status.CONCLUDED) {
        BigDecimal approved = investment.add(consultancy);
        applications.approved(app, approved);
        LocalDate paid = at.toLocalDate();
        BigDecimal first = Money.euro(approved.multiply(new BigDecimal("0.6")));
        disburse(app, first, paid);
        if (outcome == Status.CONCLUDED) {
          disburse(app, approved.subtract(first), paid.plusMonths(3));
        }
      }
    }
  }

  /** The states an application went through to reach its outcome. */
  private static List<Status> path(Status outcome, int i) {
    List<Status> path = new ArrayList<>(List.of(Status.SUBMITTED));
    switch (outcome) {
      case INELIGIBLE -> path.add(Status.INELIGIBLE);
      case WITHDRAWN -> {
        // One before the eligibility check, one during the accompaniment.
        if (i % 2 == 0) {
          path.add(Status.ACCOMPANIMENT);
        }
        path.add(Status.WITHDRAWN);
      }
      default -> {
        path.addAll(List.of(Status.ACCOMPANIMENT, Status.PITCH, Status.EVALUATION));
        switch (outcome) {
          case REJECTED, STAND_BY, SELECTED -> path.add(outcome);
          case FUNDED -> path.addAll(List.of(Status.SELECTED, Status.FUNDED));
          case CONCLUDED -> path.addAll(List.of(Status.SELECTED, Status.FUNDED, Status.CONCLUDED));
          default -> throw new IllegalArgumentException(outcome.name());
        }
      }
    }
    return path;
  }

  /** Each member's scores: above the pass mark for those selected, below for the rejected. */
  private void score(long app, List<Scoring.Criterion> criteria, Status outcome, Random random) {
    List<BigDecimal> totals = new ArrayList<>();
    for (String member : COMMITTEE) {
      int percent =
          switch (outcome) {
            case REJECTED -> 35 + random.nextInt(20);
            case STAND_BY -> 45 + random.nextInt(8);
            default -> 68 + random.nextInt(25);
          };
      Map<String, Integer> scores = new LinkedHashMap<>();
      for (Scoring.Criterion c : criteria) {
        int score = Math.max(0, Math.min(c.maxScore(), Math.round(c.maxScore() * percent / 100f)));
        scores.put(c.code(), score);
      }
      committee.replaceScores(app, member, scores);
      totals.add(Scoring.memberTotal(criteria, scores));
    }
    Scoring.applicationScore(totals).ifPresent(s -> applications.score(app, s));
  }

  private void disburse(long app, BigDecimal amount, LocalDate on) {
    applications.addDisbursement(app, amount, on, ACTOR);
  }
}
