package it.ponte.plugin.dul.application;

import it.ponte.api.core.Money;
import it.ponte.api.plugin.DemoDataContributor;
import it.ponte.plugin.dul.DoteUnicaLavoroPlugin;
import it.ponte.plugin.dul.domain.Dote;
import it.ponte.plugin.dul.domain.DulRulebook;
import it.ponte.plugin.dul.infrastructure.DoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * A demo territory's Dote Unica Lavoro: three accredited operators with their budgets, and doti for
 * about a third of the people eligible - profiled, planned, with services delivered, some
 * renounced. Most of those placed got their dote some weeks before the placement, so the result
 * claims come from the core's placements as they would. Doti are assigned through the service
 * (eligibility and profiling hold); only their start is set back to when the person would have
 * received them.
 */
@ApplicationScoped
public class DulDemo implements DemoDataContributor {

  private static final String ACTOR = "demo-data";

  private static final String STAFF = "Operatore accreditato (demo)";

  @Inject DoteService doti;

  @Inject DeliveryService deliveries;

  @Inject OperatorService operators;

  @Inject DoteRepository dotes;

  @Override
  public String pluginId() {
    return DoteUnicaLavoroPlugin.ID;
  }

  @Override
  public void fill(DemoTerritory t) {
    Random random = new Random(t.seed() * 13 + 5);
    LocalDate today = t.today();
    List<Long> budgets =
        List.of(
            operators
                .createOperator("Consorzio Formazione Lavoro Bergamo (demo)", Money.euro(120_000))
                .id(),
            operators
                .createOperator("Agenzia per il lavoro Orobica (demo)", Money.euro(80_000))
                .id(),
            operators
                .createOperator("Cooperativa Servizi al Lavoro (demo)", Money.euro(50_000))
                .id());
    DoteService.Inputs inputs = new DoteService.Inputs(true, true, null);
    for (DemoTerritory.Person p : t.people()) {
      if (p.status().equals("REGISTERED") || random.nextInt(100) >= 40) {
        continue;
      }
      LocalDate start =
          p.firstPlacedOn() != null
              ? p.firstPlacedOn().minusDays(20 + random.nextInt(60))
              : p.registeredOn().plusDays(10 + random.nextInt(30));
      if (start.isBefore(p.registeredOn())) {
        start = p.registeredOn();
      }
      if (start.isAfter(today.minusDays(7)) || !doti.ineligibility(p.id(), inputs).isEmpty()) {
        continue;
      }
      long operator = budgets.get(random.nextInt(budgets.size()));
      Dote assigned = doti.assign(p.id(), operator, inputs);
      long months = ChronoUnit.DAYS.between(assigned.startsOn(), assigned.endsOn());
      dotes.dated(assigned.id(), start, start.plusDays(months));
      doti.plan(
          assigned.id(),
          List.of(
              new DulRulebook.PlanLine("ACC-01", BigDecimal.valueOf(2)),
              new DulRulebook.PlanLine("ORI-01", BigDecimal.valueOf(6)),
              new DulRulebook.PlanLine("FOR-01", BigDecimal.valueOf(40)),
              new DulRulebook.PlanLine("RIS-01", BigDecimal.ONE)),
          ACTOR);
      deliver(assigned.id(), "ACC-01", 2, start.plusDays(2), today);
      deliver(assigned.id(), "ORI-01", 4, start.plusDays(9), today);
      deliver(assigned.id(), "FOR-01", 24, start.plusDays(25), today);
      if (p.firstPlacedOn() == null && random.nextInt(100) < 12) {
        doti.renounce(assigned.id(), ACTOR);
        LocalDate left = start.plusDays(40);
        if (left.isBefore(today)) {
          dotes.closedOn(assigned.id(), left);
        }
      }
    }
  }

  private void deliver(long dote, String service, int hours, LocalDate on, LocalDate today) {
    if (!on.isAfter(today)) {
      deliveries.deliver(dote, service, BigDecimal.valueOf(hours), on, STAFF);
    }
  }
}
