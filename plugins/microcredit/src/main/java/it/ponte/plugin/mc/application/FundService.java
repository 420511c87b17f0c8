package it.ponte.plugin.mc.application;

import it.ponte.api.core.Money;
import it.ponte.plugin.mc.domain.Fund;
import it.ponte.plugin.mc.infrastructure.FundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Guarantee funds in the request's tenant: a fund's position is derived from its ledger (deposits,
 * releases, guarantee calls) and the loans it guarantees; operations on one fund lock its row, so
 * two approvals racing for the last capacity never both pass.
 */
@ApplicationScoped
@Transactional
public class FundService {

  @Inject FundRepository repository;

  public Fund createFund(
      String name, String bank, BigDecimal leverage, BigDecimal coveragePercent) {
    long id =
        repository
            .insert(name, bank, leverage, coveragePercent)
            .orElseThrow(
                () ->
                    new McRefusal(
                        409, "fund-exists", "A fund named " + name + " exists.", List.of()));
    return fund(id);
  }

  public List<Fund> funds() {
    return repository.all();
  }

  public Fund fund(long id) {
    return repository.find(id).orElseThrow(() -> McRefusal.notFound("Fund", id));
  }

  public List<Fund.Entry> ledger(long fundId) {
    fund(fundId);
    return repository.ledger(fundId);
  }

  /** Records a deposit into the fund (a fund raised from 100,000 to 150,000 is two deposits). */
  public Fund deposit(long fundId, BigDecimal amount, LocalDate onDate, String note, String actor) {
    lock(fundId);
    entry(fundId, "DEPOSIT", amount, onDate, null, note, actor);
    return fund(fundId);
  }

  /**
   * Records money taken out of the fund; refused when the lower capacity would no longer cover what
   * the fund guarantees.
   */
  public Fund release(long fundId, BigDecimal amount, LocalDate onDate, String note, String actor) {
    Fund fund = lock(fundId);
    BigDecimal capacityAfter =
        Money.euro(fund.balance().subtract(amount).multiply(fund.leverage()));
    if (amount.compareTo(fund.balance()) > 0 || capacityAfter.compareTo(fund.exposure()) < 0) {
      throw new McRefusal(
          422,
          "release-refused",
          "Releasing EUR "
              + amount.toPlainString()
              + " would leave a capacity of EUR "
              + capacityAfter.toPlainString()
              + " for an exposure of EUR "
              + fund.exposure().toPlainString()
              + ".",
          List.of());
    }
    entry(fundId, "RELEASE", amount.negate(), onDate, null, note, actor);
    return fund(fundId);
  }

  Fund lock(long id) {
    if (!repository.lock(id)) {
      throw McRefusal.notFound("Fund", id);
    }
    return fund(id);
  }

  void entry(
      long fundId,
      String kind,
      BigDecimal amount,
      LocalDate onDate,
      Long loanId,
      String note,
      String actor) {
    repository.addEntry(fundId, kind, amount, onDate, loanId, note, actor);
  }

  boolean guaranteeCalled(long loanId) {
    return repository.guaranteeCalled(loanId);
  }
}
