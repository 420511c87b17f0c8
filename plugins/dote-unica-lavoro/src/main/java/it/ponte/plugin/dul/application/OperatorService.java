package it.ponte.plugin.dul.application;

import it.ponte.plugin.dul.domain.Operator;
import it.ponte.plugin.dul.infrastructure.OperatorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Accredited operators and their budgets in the request's tenant: the available budget is derived
 * from the ledger; bookings lock the operator's row so that concurrent plans never overdraw it.
 */
@ApplicationScoped
@Transactional
public class OperatorService {

  @Inject OperatorRepository repository;

  @Inject DulTerritory territory;

  public Operator createOperator(String name, BigDecimal ceiling) {
    long id =
        repository
            .insert(name, ceiling)
            .orElseThrow(
                () ->
                    new DulRefusal(
                        409,
                        "operator-exists",
                        "An operator named " + name + " exists.",
                        List.of()));
    return operator(id).orElseThrow();
  }

  public List<Operator> operators() {
    return repository.all();
  }

  public Optional<Operator> operator(long id) {
    return repository.find(id);
  }

  public List<Operator.Entry> ledger(long operatorId) {
    requireOperator(operatorId);
    return repository.ledger(operatorId);
  }

  /**
   * Records a quarterly redistribution of an operator's budget: positive (budget moved to it) or
   * negative (taken away). A negative one may take at most what is available: a redistribution
   * never leaves an operator below zero, overbooking is for plans only.
   */
  public Operator redistribute(long operatorId, BigDecimal amount, String note, String actor) {
    Operator operator = lock(operatorId);
    if (amount.signum() == 0) {
      throw new DulRefusal(
          422, "redistribution-refused", "A redistribution of zero changes nothing.", List.of());
    }
    if (operator.available().add(amount).signum() < 0) {
      throw new DulRefusal(
          422,
          "redistribution-refused",
          "The operator has EUR "
              + operator.available().toPlainString()
              + " available; a redistribution cannot take away more.",
          List.of());
    }
    entry(operatorId, "REDISTRIBUTION", amount, null, note, actor);
    return operator(operatorId).orElseThrow();
  }

  void requireOperator(long id) {
    if (operator(id).isEmpty()) {
      throw new DulRefusal(404, "not-found", "Operator " + id + " was not found.", List.of());
    }
  }

  /** Locks the operator's row for the transaction: bookings of one operator go one at a time. */
  Operator lock(long id) {
    if (!repository.lock(id)) {
      throw new DulRefusal(404, "not-found", "Operator " + id + " was not found.", List.of());
    }
    return operator(id).orElseThrow();
  }

  void entry(
      long operatorId, String kind, BigDecimal amount, Long doteId, String note, String actor) {
    repository.addEntry(operatorId, kind, amount, doteId, note, actor);
  }
}
