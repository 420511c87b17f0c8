package it.ponte.plugin.mc.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.core.ItalianIds;
import it.ponte.plugin.mc.domain.Fund;
import it.ponte.plugin.mc.domain.Loan;
import it.ponte.plugin.mc.domain.LoanApplication;
import it.ponte.plugin.mc.domain.LoanStatus;
import it.ponte.plugin.mc.domain.McRules;
import it.ponte.plugin.mc.domain.Schedule;
import it.ponte.plugin.mc.infrastructure.LoanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loans in the request's tenant, from application to disbursement: the checks of each step (the
 * product's dated limits, the ancillary services, the fund's free capacity). A loan's changes lock
 * its row; reading where a loan stands is {@link LoanBook}'s.
 */
@ApplicationScoped
@Transactional
public class LoanService {

  @Inject LoanRepository loans;

  @Inject McTerritory territory;

  @Inject FundService funds;

  @Inject CandidateFacts candidates;

  @Inject LoanBook book;

  /** Records an application (APPLIED). */
  public Loan apply(LoanApplication a) {
    McRules rules = territory.rules();
    List<String> reasons = new ArrayList<>();
    McRules.Product product = rules.product(a.product()).orElse(null);
    if (product == null) {
      reasons.add(
          "unknown product "
              + a.product()
              + "; this territory offers "
              + rules.products().stream().map(McRules.Product::code).toList());
    }
    funds.fund(a.fundId());
    boolean person = a.byPerson();
    if (person == (a.organisation() != null)) {
      reasons.add("a borrower is either a candidate (candidateId) or an organisation, not both");
    }
    if (person && candidates.candidate(a.candidateId()).isEmpty()) {
      throw McRefusal.notFound("Candidate", a.candidateId());
    }
    if (!person && a.organisation() != null && !ItalianIds.isVatNumber(a.taxCode())) {
      reasons.add("taxCode " + a.taxCode() + " is not a valid codice fiscale / partita IVA");
    }
    if (product != null && product.kind() == McRules.Kind.SOCIAL && !person) {
      reasons.add("social microcredit is for persons: give a candidateId");
    }
    if (a.graceMonths() >= a.months()) {
      reasons.add("the grace period must be shorter than the loan");
    }
    LocalDate appliedOn = a.appliedOn() == null ? territory.today() : a.appliedOn();
    if (appliedOn.isAfter(territory.today())) {
      reasons.add("appliedOn " + appliedOn + " is in the future");
    }
    if (!reasons.isEmpty()) {
      throw new McRefusal(422, "application-refused", "The application is not valid.", reasons);
    }
    long id = loans.insert(a, product, appliedOn);
    return book.loan(id, territory.today());
  }

  /** Records an ancillary support service given by a tutor (business microcredit). */
  public Loan addService(long loanId, String service, String tutor, LocalDate givenOn) {
    book.lock(loanId);
    List<String> known = territory.rules().ancillaryServices();
    if (!known.contains(service)) {
      throw new McRefusal(
          422,
          "unknown-service",
          "Unknown ancillary service " + service + "; these exist: " + known,
          List.of());
    }
    if (!loans.addService(loanId, service, tutor, givenOn)) {
      throw new McRefusal(
          409, "service-recorded", service + " is already recorded for this loan.", List.of());
    }
    return book.loan(loanId, territory.today());
  }

  /** Records the evaluation of the business plan: EVALUATED, or REFUSED when negative. */
  public Loan evaluate(long loanId, boolean positive, String businessPlan, String notes) {
    Loan loan = book.lock(loanId);
    LoanBook.requireStatus(loan, LoanStatus.APPLIED);
    loans.evaluated(
        loanId, positive ? LoanStatus.EVALUATED : LoanStatus.REFUSED, businessPlan, notes);
    return book.loan(loanId, territory.today());
  }

  /**
   * Approves an evaluated loan on a day: refused with every reason when the amount, duration or
   * grace exceed the product's limits in force that day, when a business loan lacks the required
   * ancillary services, or when the fund's free capacity does not cover it.
   */
  public Loan approve(long loanId, LocalDate on) {
    Loan loan = book.lock(loanId);
    LoanBook.requireStatus(loan, LoanStatus.EVALUATED);
    book.notBefore(on, loan.appliedOn(), "the approval", "the application");
    // Approvals against one fund go one at a time: the capacity check and the approval commit
    // together.
    Fund fund = funds.lock(loan.fundId());
    McRules rules = territory.rules();
    List<String> reasons = new ArrayList<>();
    McRules.Product product = rules.product(loan.product()).orElse(null);
    if (product == null) {
      reasons.add("the product " + loan.product() + " is no longer offered");
    } else {
      reasons.addAll(
          rules.limitBreaches(
              product, loan.amount(), loan.months(), loan.graceMonths(), loan.srl(), on));
      if (product.kind() == McRules.Kind.BUSINESS
          && loan.services().size() < rules.minAncillaryServices()) {
        reasons.add(
            "business microcredit needs at least "
                + rules.minAncillaryServices()
                + " ancillary support services; "
                + loan.services().size()
                + " recorded");
      }
    }
    if (loan.amount().compareTo(fund.freeCapacity()) > 0) {
      reasons.add(
          "the fund's free capacity is EUR "
              + fund.freeCapacity().toPlainString()
              + ", less than the EUR "
              + loan.amount().toPlainString()
              + " asked");
    }
    if (!reasons.isEmpty()) {
      throw new McRefusal(422, "approval-refused", "The loan cannot be approved.", reasons);
    }
    loans.approved(loanId, on);
    return book.loan(loanId, territory.today());
  }

  /**
   * Records a disbursement (tranches allowed, never more than approved). The last tranche fixes the
   * repayment schedule: first instalment one month after it.
   */
  public Loan disburse(long loanId, BigDecimal amount, LocalDate onDate, String actor) {
    Loan loan = book.lock(loanId);
    LoanBook.requireStatus(loan, LoanStatus.APPROVED, LoanStatus.DISBURSING);
    book.notBefore(onDate, loan.approvedOn(), "a disbursement", "the approval");
    BigDecimal after = loan.disbursed().add(amount);
    if (after.compareTo(loan.amount()) > 0) {
      throw new McRefusal(
          422,
          "disbursement-refused",
          "EUR "
              + loan.disbursed().toPlainString()
              + " of EUR "
              + loan.amount().toPlainString()
              + " is disbursed; EUR "
              + amount.toPlainString()
              + " more would exceed the loan.",
          List.of());
    }
    loans.addDisbursement(loanId, amount, onDate, actor);
    if (after.compareTo(loan.amount()) == 0) {
      book.writeSchedule(
          loanId,
          Schedule.french(
              loan.amount(),
              loan.annualRatePercent(),
              loan.months(),
              loan.graceMonths(),
              onDate.plusMonths(1)));
      book.setStatus(loanId, LoanStatus.DISBURSED);
    } else {
      book.setStatus(loanId, LoanStatus.DISBURSING);
    }
    return book.loan(loanId, territory.today());
  }
}
