package it.ponte.plugin.dul.application;

import it.ponte.plugin.dul.domain.Dote;
import it.ponte.plugin.dul.domain.DoteStatus;
import it.ponte.plugin.dul.infrastructure.DoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A dote's PIP and the services delivered under it, checked against the plan. */
@ApplicationScoped
@Transactional
public class DeliveryService {

  @Inject DoteRepository repository;

  @Inject DulTerritory territory;

  @Inject DoteService doti;

  public List<Dote.PlanLine> pip(long doteId) {
    return repository.plan(doteId);
  }

  /**
   * Records a service delivered under the dote's plan: the service must be in the plan and the
   * quantities delivered may not exceed the planned ones; not in the future, not before the dote.
   */
  public Dote.Delivery deliver(
      long doteId, String serviceCode, BigDecimal quantity, LocalDate on, String staff) {
    Dote dote = doti.dote(doteId);
    if (dote.status() != DoteStatus.ACTIVE) {
      throw new DulRefusal(
          409, "dote-closed", "Dote " + doteId + " is " + dote.status() + ".", List.of());
    }
    List<String> problems = new ArrayList<>();
    if (on.isAfter(territory.today()) || on.isBefore(dote.startsOn())) {
      problems.add("the delivery date must be between the dote's start and today");
    }
    BigDecimal planned = repository.planned(doteId, serviceCode);
    BigDecimal delivered = repository.delivered(doteId, serviceCode);
    if (planned.signum() == 0) {
      problems.add("service " + serviceCode + " is not in the dote's plan");
    } else if (delivered.add(quantity).compareTo(planned) > 0) {
      problems.add(
          "only "
              + planned.subtract(delivered)
              + " of "
              + planned
              + " planned remain for "
              + serviceCode);
    }
    if (!problems.isEmpty()) {
      throw new DulRefusal(422, "delivery-refused", "The delivery cannot be recorded.", problems);
    }
    repository.addDelivery(doteId, new Dote.Delivery(serviceCode, quantity, on, staff));
    List<Dote.Delivery> all = deliveries(doteId);
    return all.get(all.size() - 1);
  }

  public List<Dote.Delivery> deliveries(long doteId) {
    return repository.deliveries(doteId);
  }
}
