package it.ponte.plugin.mc.application;

import it.ponte.plugin.mc.domain.Loan;
import it.ponte.plugin.mc.infrastructure.LoanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What microcredit holds about a person: their export, and their erasure. */
@ApplicationScoped
@Transactional
public class McPrivacy {

  @Inject LoanRepository loanRows;

  @Inject McJobs jobs;

  @Inject LoanBook loans;

  @Inject RepaymentService repayments;

  /** What the plugin holds about a candidate who borrowed. */
  public List<Map<String, Object>> export(long candidateId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Loan loan : loans.loans(candidateId, null)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("loan", loan.toString());
      m.put("schedule", loans.instalments(loan.id()).toString());
      m.put("repayments", repayments.repayments(loan.id()).toString());
      out.add(m);
    }
    return out;
  }

  /**
   * Erases a borrower: the loans stay for the fund's and the bank's accounts and the aggregates,
   * without the link to the person or the free text about them; the jobs counted stay counted,
   * without the person.
   */
  public void erase(long candidateId) {
    loanRows.forgetBorrower(candidateId);
    jobs.forget(candidateId);
  }
}
