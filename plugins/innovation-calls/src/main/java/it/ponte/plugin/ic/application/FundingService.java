package it.ponte.plugin.ic.application;

import it.ponte.api.core.CurrentUser;
import it.ponte.plugin.ic.InnovationCallsPlugin;
import it.ponte.plugin.ic.domain.Application;
import it.ponte.plugin.ic.domain.Call;
import it.ponte.plugin.ic.domain.Status;
import it.ponte.plugin.ic.infrastructure.ApplicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Funding of selected projects within the call's budget, disbursements, microcredit referral. */
@ApplicationScoped
@Transactional
public class FundingService {

  @Inject ApplicationRepository repository;

  @Inject IcTerritory territory;

  @Inject CallService calls;

  @Inject ApplicationBook book;

  @Inject CurrentUser user;

  /**
   * Approves funding for a selected project: within what it asked, the call's cap for the project
   * and what is left of the call's budget. Approvals of one call are serialised.
   */
  public Application approveFunding(long id, BigDecimal amount) {
    Application a = book.lock(id);
    ApplicationBook.requireStatus(a, Status.SELECTED);
    calls.lock(a.callId());
    Call call = calls.call(a.callId());
    List<String> reasons =
        calls
            .rules(call)
            .fundingBreaches(
                amount, a.investment().add(a.consultancy()), a.welfare(), call.budgetLeft());
    if (!reasons.isEmpty()) {
      throw new IcRefusal(422, "funding-refused", "The funding cannot be approved.", reasons);
    }
    repository.approved(id, amount);
    book.move(a, Status.FUNDED, "EUR " + amount.toPlainString() + " approved");
    return book.application(id);
  }

  /** Records a tranche paid to a funded project; never more than approved in all. */
  public Application disburse(long id, BigDecimal amount, LocalDate onDate) {
    Application a = book.lock(id);
    ApplicationBook.requireStatus(a, Status.FUNDED, Status.CONCLUDED);
    if (a.disbursed().add(amount).compareTo(a.approved()) > 0) {
      throw new IcRefusal(
          422,
          "disbursement-refused",
          "EUR "
              + a.disbursed().toPlainString()
              + " of the EUR "
              + a.approved().toPlainString()
              + " approved is paid; EUR "
              + amount.toPlainString()
              + " more would exceed it.",
          List.of());
    }
    repository.addDisbursement(id, amount, onDate, user.actor());
    return book.application(id);
  }

  /**
   * Refers a selected or funded project to microcredit, when that plugin is enabled here: records
   * the referral and returns the loan application to submit there.
   */
  public Map<String, Object> referToMicrocredit(
      long id, long fundId, BigDecimal amount, int months) {
    if (!territory.isEnabled(InnovationCallsPlugin.MICROCREDIT)) {
      throw new IcRefusal(
          409,
          "microcredit-not-enabled",
          "Microcredit is not enabled in this territory: nothing to refer to.",
          List.of());
    }
    Application a = book.lock(id);
    ApplicationBook.requireStatus(a, Status.SELECTED, Status.FUNDED, Status.CONCLUDED);
    String referral = "microcredit: fund " + fundId + ", EUR " + amount.toPlainString();
    repository.referral(id, referral);
    Map<String, Object> loan = new LinkedHashMap<>();
    loan.put("fundId", fundId);
    loan.put("product", "BUSINESS");
    loan.put("organisation", a.organisation());
    loan.put("taxCode", a.taxCode());
    loan.put("referredBy", InnovationCallsPlugin.ID + ":" + id);
    loan.put("amount", amount);
    loan.put("months", months);
    loan.put("businessPlan", a.summary());
    return loan;
  }
}
