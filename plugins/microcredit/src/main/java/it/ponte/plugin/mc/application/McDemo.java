package it.ponte.plugin.mc.application;

import it.ponte.api.core.Money;
import it.ponte.api.plugin.DemoDataContributor;
import it.ponte.plugin.mc.MicrocreditPlugin;
import it.ponte.plugin.mc.domain.Instalment;
import it.ponte.plugin.mc.domain.LoanApplication;
import it.ponte.plugin.mc.infrastructure.LoanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A demo territory's microcredit: a guarantee fund raised from EUR 100,000 to 150,000 as Bologna's
 * was, and loans in every state - applied, evaluated, refused, approved, half disbursed, repaying
 * on time, in arrears past 30 days, repaid, defaulted with the guarantee called. Business loans go
 * to the companies with most placements, disbursed before those placements, so the jobs they
 * created come from the core's placements. Made through the plugin's own service, so every rule
 * holds; only the day a loan defaulted is set back to when its arrears passed the threshold.
 */
@ApplicationScoped
public class McDemo implements DemoDataContributor {

  private static final String ACTOR = "demo-data";

  @Inject FundService funds;

  @Inject LoanService loans;

  @Inject LoanBook book;

  @Inject RepaymentService repayments;

  @Inject McTerritory territory;

  @Inject LoanRepository loanRows;

  @Override
  public String pluginId() {
    return MicrocreditPlugin.ID;
  }

  @Override
  public void fill(DemoTerritory t) {
    Random random = new Random(t.seed() * 31 + 7);
    LocalDate today = t.today();
    long fund =
        funds
            .createFund(
                "Fondo di garanzia Insieme per il lavoro",
                "Banca partner (demo)",
                BigDecimal.valueOf(4),
                BigDecimal.valueOf(50))
            .id();
    funds.deposit(fund, Money.euro(100_000), today.minusMonths(30), "Plafond iniziale", ACTOR);
    funds.deposit(
        fund,
        Money.euro(50_000),
        today.minusMonths(14),
        "Aumento del plafond a EUR 150.000",
        ACTOR);

    List<DemoTerritory.Person> borrowers = new ArrayList<>();
    for (DemoTerritory.Person p : t.people()) {
      if ((p.status().equals("IN_PROTOCOL") || p.status().equals("PLACED"))
          && p.registeredOn().isBefore(today.minusMonths(6))) {
        borrowers.add(p);
      }
    }
    int next = 0;
    // Social microcredit for people: every state a loan can be in.
    String[] states = {
      "APPLIED",
      "APPLIED",
      "EVALUATED",
      "REFUSED",
      "APPROVED",
      "REPAYING",
      "REPAYING",
      "REPAYING",
      "REPAYING",
      "LATE",
      "REPAID",
      "DEFAULTED"
    };
    for (String state : states) {
      if (next >= borrowers.size()) {
        break;
      }
      DemoTerritory.Person p = borrowers.get(next++);
      int amount = 1_500 + 500 * random.nextInt(12);
      social(fund, p.id(), amount, state, today, random);
    }
    // Business microcredit for the companies with most placements: disbursed before them, in one
    // or two tranches.
    int n = 0;
    for (DemoTerritory.Organisation o : t.organisations()) {
      if (n == 3 || o.placements() == 0) {
        break;
      }
      LocalDate applied = today.minusMonths(15).minusDays(10L * n);
      long loan =
          loans
              .apply(
                  new LoanApplication(
                      fund,
                      "BUSINESS",
                      null,
                      o.name(),
                      o.vatNumber(),
                      o.name().endsWith("Srl"),
                      null,
                      Money.euro(15_000 + 5_000 * n),
                      60,
                      6,
                      "Ampliamento dell'attività e nuove assunzioni",
                      applied))
              .id();
      loans.addService(loan, "STRATEGY", "Tutor di Microcredito (demo)", applied.plusDays(5));
      loans.addService(loan, "JOB_ENTRY", "Tutor di Microcredito (demo)", applied.plusDays(12));
      loans.evaluate(loan, true, null, null);
      loans.approve(loan, applied.plusDays(20));
      if (n == 2) {
        loans.disburse(loan, Money.euro(10_000), applied.plusDays(30), ACTOR);
      } else {
        loans.disburse(loan, Money.euro(15_000 + 5_000 * n), applied.plusDays(30), ACTOR);
        repayOnTime(loan, today);
      }
      n++;
    }
  }

  private void social(
      long fund, long person, int amount, String state, LocalDate today, Random random) {
    int months = 24;
    LocalDate applied =
        switch (state) {
          case "APPLIED", "EVALUATED", "REFUSED" -> today.minusDays(5 + random.nextInt(40));
          case "APPROVED" -> today.minusDays(30);
          case "REPAID" -> today.minusMonths(15);
          case "DEFAULTED" -> today.minusMonths(13);
          default -> today.minusMonths(3 + random.nextInt(12));
        };
    if (state.equals("REPAID")) {
      months = 12;
    }
    long loan =
        loans
            .apply(
                new LoanApplication(
                    fund,
                    "SOCIAL",
                    person,
                    null,
                    null,
                    false,
                    null,
                    Money.euro(amount),
                    months,
                    0,
                    "Spese per la casa e per la patente",
                    applied))
            .id();
    if (state.equals("APPLIED")) {
      return;
    }
    loans.evaluate(loan, !state.equals("REFUSED"), null, null);
    if (state.equals("EVALUATED") || state.equals("REFUSED")) {
      return;
    }
    loans.approve(loan, applied.plusDays(10));
    if (state.equals("APPROVED")) {
      return;
    }
    LocalDate disbursed = applied.plusDays(20);
    loans.disburse(loan, Money.euro(amount), disbursed, ACTOR);
    switch (state) {
      case "REPAID" -> repayOnTime(loan, disbursed.plusMonths(months).plusDays(1));
      case "LATE" -> repayOnTime(loan, today.minusDays(45));
      case "DEFAULTED" -> {
        // Two instalments paid, then nothing: past 90 days in arrears it defaults.
        repayOnTime(loan, disbursed.plusMonths(2).plusDays(1));
        repayments.markDefaults();
        LocalDate defaultedOn = disbursed.plusMonths(3).plusDays(90);
        loanRows.defaultedOn(loan, defaultedOn);
        repayments.guaranteeCall(loan, defaultedOn.plusDays(20), ACTOR);
      }
      default -> repayOnTime(loan, today);
    }
  }

  /** Pays every instalment due by {@code until}, each on its due day. */
  private void repayOnTime(long loan, LocalDate until) {
    for (Instalment i : book.schedule(loan)) {
      if (i.dueOn().isAfter(until) || i.dueOn().isAfter(territory.today())) {
        break;
      }
      BigDecimal due = i.principal().add(i.interest());
      if (due.signum() > 0) {
        repayments.repay(loan, due, i.dueOn(), ACTOR);
      }
    }
  }
}
