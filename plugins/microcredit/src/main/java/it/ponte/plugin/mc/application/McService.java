package it.ponte.plugin.mc.application;

import it.ponte.api.core.CandidateFacts;
import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.ItalianIds;
import it.ponte.api.core.TenantSql;
import it.ponte.api.event.PlacementRecorded;
import it.ponte.api.plugin.PluginRefusal;
import it.ponte.plugin.mc.MicrocreditPlugin;
import it.ponte.plugin.mc.domain.Instalment;
import it.ponte.plugin.mc.domain.McRules;
import it.ponte.plugin.mc.domain.Money;
import it.ponte.plugin.mc.domain.Repayments;
import it.ponte.plugin.mc.domain.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Microcredit in the request's tenant. A fund's position is derived from its ledger; approvals of
 * one fund lock its row, so two approvals racing for the last capacity never both pass; a loan's
 * changes lock the loan's row.
 */
@ApplicationScoped
@Transactional
public class McService {

  @Inject TenantSql sql;

  @Inject CurrentTenant tenant;

  @Inject CandidateFacts candidates;

  /** A refusal with a status, a stable type and every reason, for the REST layer. */
  public static final class Refused extends PluginRefusal {
    public Refused(int status, String type, String message, List<String> reasons) {
      super(status, "mc-" + type, "Microcredit", message, reasons);
    }
  }

  /**
   * A guarantee fund and its position.
   *
   * @param balance deposits less guarantee calls and releases
   * @param capacity what the bank may lend against it: balance x leverage
   * @param exposure principal it guarantees now: approved loans not yet fully disbursed count in
   *     full, disbursed ones by their principal not yet repaid
   * @param freeCapacity capacity less exposure
   */
  public record Fund(
      long id,
      String name,
      String bank,
      BigDecimal leverage,
      BigDecimal coveragePercent,
      BigDecimal balance,
      BigDecimal capacity,
      BigDecimal exposure,
      BigDecimal freeCapacity) {}

  /** An entry of a fund's ledger: deposits positive, guarantee calls and releases negative. */
  public record FundEntry(
      long id, String kind, BigDecimal amount, LocalDate onDate, Long loanId, String note) {}

  /** An ancillary support service given to a business borrower. */
  public record Service(String service, String tutor, LocalDate givenOn) {}

  /** A repayment and how it was applied. */
  public record Repayment(
      long id,
      BigDecimal amount,
      LocalDate paidOn,
      BigDecimal interest,
      BigDecimal principal,
      BigDecimal prepaid) {}

  /**
   * A loan and where it stands on a day.
   *
   * @param outstanding principal not yet repaid (the disbursed amount before the schedule exists)
   * @param daysInArrears since the oldest instalment due and not fully paid
   */
  public record Loan(
      long id,
      long fundId,
      String product,
      String kind,
      String borrower,
      Long candidateId,
      String organisation,
      String taxCode,
      boolean srl,
      String referredBy,
      BigDecimal amount,
      int months,
      int graceMonths,
      BigDecimal annualRatePercent,
      String status,
      String businessPlan,
      String notes,
      LocalDate appliedOn,
      LocalDate approvedOn,
      LocalDate defaultedOn,
      int jobsCreated,
      BigDecimal disbursed,
      BigDecimal outstanding,
      long daysInArrears,
      List<Service> services) {}

  /** What an application says. Exactly one of candidateId and organisation. */
  public record Application(
      long fundId,
      String product,
      Long candidateId,
      String organisation,
      String taxCode,
      boolean srl,
      String referredBy,
      BigDecimal amount,
      int months,
      int graceMonths,
      String businessPlan,
      LocalDate appliedOn) {}

  McRules rules() {
    return McRules.from(tenant.configOf(MicrocreditPlugin.ID));
  }

  LocalDate today() {
    return LocalDate.now(tenant.timeZone());
  }

  // ---------------------------------------------------------------- funds

  public Fund createFund(
      String name, String bank, BigDecimal leverage, BigDecimal coveragePercent) {
    try {
      long id =
          sql.query(
                  "INSERT INTO mc_fund (name, bank, leverage, coverage_percent) VALUES (?, ?, ?, ?)"
                      + " RETURNING id",
                  rs -> rs.getLong(1),
                  name,
                  bank,
                  leverage,
                  coveragePercent)
              .get(0);
      return fund(id);
    } catch (TenantSql.SqlFailure e) {
      if (e.isUniqueViolation()) {
        throw new Refused(409, "fund-exists", "A fund named " + name + " exists.", List.of());
      }
      throw e;
    }
  }

  public List<Fund> funds() {
    return sql.query("SELECT id FROM mc_fund ORDER BY id", rs -> rs.getLong(1)).stream()
        .map(this::fund)
        .toList();
  }

  public Fund fund(long id) {
    Object[] f =
        sql.queryOne(
                "SELECT name, bank, leverage, coverage_percent FROM mc_fund WHERE id = ?",
                rs ->
                    new Object[] {
                      rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)
                    },
                id)
            .orElseThrow(() -> notFound("Fund", id));
    BigDecimal balance =
        sql.query(
                "SELECT coalesce(sum(amount), 0) FROM mc_fund_entry WHERE fund_id = ?",
                rs -> rs.getBigDecimal(1),
                id)
            .get(0);
    BigDecimal leverage = (BigDecimal) f[2];
    BigDecimal capacity = Money.euro(balance.multiply(leverage));
    BigDecimal exposure = Money.euro(exposure(id));
    return new Fund(
        id,
        (String) f[0],
        (String) f[1],
        leverage,
        (BigDecimal) f[3],
        Money.euro(balance),
        capacity,
        exposure,
        capacity.subtract(exposure));
  }

  /** Principal the fund guarantees now (see {@link Fund#exposure()}). */
  private BigDecimal exposure(long fundId) {
    return sql.query(
            "SELECT coalesce(sum(CASE"
                + " WHEN l.status IN ('APPROVED', 'DISBURSING') THEN l.amount"
                + " WHEN l.status = 'DISBURSED' OR (l.status = 'DEFAULTED' AND NOT EXISTS"
                + "   (SELECT 1 FROM mc_fund_entry e WHERE e.loan_id = l.id))"
                + "   THEN (SELECT coalesce(sum(i.principal - i.principal_paid), 0)"
                + "         FROM mc_instalment i WHERE i.loan_id = l.id)"
                + " ELSE 0 END), 0) FROM mc_loan l WHERE l.fund_id = ?",
            rs -> rs.getBigDecimal(1),
            fundId)
        .get(0);
  }

  public List<FundEntry> ledger(long fundId) {
    fund(fundId);
    return sql.query(
        "SELECT id, kind, amount, on_date, loan_id, note FROM mc_fund_entry WHERE fund_id = ?"
            + " ORDER BY on_date, id",
        rs ->
            new FundEntry(
                rs.getLong(1),
                rs.getString(2),
                rs.getBigDecimal(3),
                rs.getObject(4, LocalDate.class),
                (Long) rs.getObject(5),
                rs.getString(6)),
        fundId);
  }

  /** Records a deposit into the fund (a fund raised from 100,000 to 150,000 is two deposits). */
  public Fund deposit(long fundId, BigDecimal amount, LocalDate onDate, String note, String actor) {
    lockFund(fundId);
    entry(fundId, "DEPOSIT", amount, onDate, null, note, actor);
    return fund(fundId);
  }

  /**
   * Records money taken out of the fund; refused when the lower capacity would no longer cover what
   * the fund guarantees.
   */
  public Fund release(long fundId, BigDecimal amount, LocalDate onDate, String note, String actor) {
    Fund fund = lockFund(fundId);
    BigDecimal capacityAfter =
        Money.euro(fund.balance().subtract(amount).multiply(fund.leverage()));
    if (amount.compareTo(fund.balance()) > 0 || capacityAfter.compareTo(fund.exposure()) < 0) {
      throw new Refused(
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

  // ---------------------------------------------------------------- loans

  /** Records an application (APPLIED). */
  public Loan apply(Application a) {
    McRules rules = rules();
    List<String> reasons = new ArrayList<>();
    McRules.Product product = rules.product(a.product()).orElse(null);
    if (product == null) {
      reasons.add(
          "unknown product "
              + a.product()
              + "; this territory offers "
              + rules.products().stream().map(McRules.Product::code).toList());
    }
    fund(a.fundId());
    boolean person = a.candidateId() != null;
    if (person == (a.organisation() != null)) {
      reasons.add("a borrower is either a candidate (candidateId) or an organisation, not both");
    }
    if (person && candidates.candidate(a.candidateId()).isEmpty()) {
      throw notFound("Candidate", a.candidateId());
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
    LocalDate appliedOn = a.appliedOn() == null ? today() : a.appliedOn();
    if (appliedOn.isAfter(today())) {
      reasons.add("appliedOn " + appliedOn + " is in the future");
    }
    if (!reasons.isEmpty()) {
      throw new Refused(422, "application-refused", "The application is not valid.", reasons);
    }
    long id =
        sql.query(
                "INSERT INTO mc_loan (fund_id, product, kind, borrower, candidate_id, organisation,"
                    + " tax_code, srl, referred_by, amount, months, grace_months, annual_rate,"
                    + " status, business_plan, applied_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPLIED', ?, ?) RETURNING id",
                rs -> rs.getLong(1),
                a.fundId(),
                product.code(),
                product.kind().name(),
                person ? "CANDIDATE" : "ORGANISATION",
                a.candidateId(),
                a.organisation(),
                person ? null : a.taxCode(),
                !person && a.srl(),
                a.referredBy(),
                a.amount(),
                a.months(),
                a.graceMonths(),
                product.annualRatePercent(),
                a.businessPlan(),
                appliedOn)
            .get(0);
    return loan(id, today());
  }

  /** Records an ancillary support service given by a tutor (business microcredit). */
  public Loan addService(long loanId, String service, String tutor, LocalDate givenOn) {
    lockLoan(loanId);
    List<String> known = rules().ancillaryServices();
    if (!known.contains(service)) {
      throw new Refused(
          422,
          "unknown-service",
          "Unknown ancillary service " + service + "; these exist: " + known,
          List.of());
    }
    try {
      sql.update(
          "INSERT INTO mc_service (loan_id, service, tutor, given_on) VALUES (?, ?, ?, ?)",
          loanId,
          service,
          tutor,
          givenOn);
    } catch (TenantSql.SqlFailure e) {
      if (e.isUniqueViolation()) {
        throw new Refused(
            409, "service-recorded", service + " is already recorded for this loan.", List.of());
      }
      throw e;
    }
    return loan(loanId, today());
  }

  /** Records the evaluation of the business plan: EVALUATED, or REFUSED when negative. */
  public Loan evaluate(long loanId, boolean positive, String businessPlan, String notes) {
    Loan loan = lockLoan(loanId);
    requireStatus(loan, "APPLIED");
    sql.update(
        "UPDATE mc_loan SET status = ?, business_plan = coalesce(?, business_plan), notes = ?,"
            + " version = version + 1 WHERE id = ?",
        positive ? "EVALUATED" : "REFUSED",
        businessPlan,
        notes,
        loanId);
    return loan(loanId, today());
  }

  /**
   * Approves an evaluated loan on a day: refused with every reason when the amount, duration or
   * grace exceed the product's limits in force that day, when a business loan lacks the required
   * ancillary services, or when the fund's free capacity does not cover it.
   */
  public Loan approve(long loanId, LocalDate on) {
    Loan loan = lockLoan(loanId);
    requireStatus(loan, "EVALUATED");
    notBefore(on, loan.appliedOn(), "the approval", "the application");
    // Approvals against one fund go one at a time: the capacity check and the approval commit
    // together.
    Fund fund = lockFund(loan.fundId());
    McRules rules = rules();
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
      throw new Refused(422, "approval-refused", "The loan cannot be approved.", reasons);
    }
    sql.update(
        "UPDATE mc_loan SET status = 'APPROVED', approved_on = ?, version = version + 1 WHERE id = ?",
        on,
        loanId);
    return loan(loanId, today());
  }

  /**
   * Records a disbursement (tranches allowed, never more than approved). The last tranche fixes the
   * repayment schedule: first instalment one month after it.
   */
  public Loan disburse(long loanId, BigDecimal amount, LocalDate onDate, String actor) {
    Loan loan = lockLoan(loanId);
    requireStatus(loan, "APPROVED", "DISBURSING");
    notBefore(onDate, loan.approvedOn(), "a disbursement", "the approval");
    BigDecimal after = loan.disbursed().add(amount);
    if (after.compareTo(loan.amount()) > 0) {
      throw new Refused(
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
    sql.update(
        "INSERT INTO mc_disbursement (loan_id, amount, on_date, actor) VALUES (?, ?, ?, ?)",
        loanId,
        amount,
        onDate,
        actor);
    if (after.compareTo(loan.amount()) == 0) {
      writeSchedule(
          loanId,
          Schedule.french(
              loan.amount(),
              loan.annualRatePercent(),
              loan.months(),
              loan.graceMonths(),
              onDate.plusMonths(1)));
      setStatus(loanId, "DISBURSED");
    } else {
      setStatus(loanId, "DISBURSING");
    }
    return loan(loanId, today());
  }

  public List<Instalment> schedule(long loanId) {
    loan(loanId, today());
    return instalments(loanId);
  }

  /** Applies a repayment (see {@link Repayments}); a loan repaid in full becomes REPAID. */
  public Repayment repay(long loanId, BigDecimal amount, LocalDate paidOn, String actor) {
    Loan loan = lockLoan(loanId);
    requireStatus(loan, "DISBURSED", "DEFAULTED");
    notBefore(paidOn, loan.approvedOn(), "a repayment", "the approval");
    Repayments.Applied applied;
    try {
      applied = Repayments.apply(instalments(loanId), amount, paidOn, loan.annualRatePercent());
    } catch (IllegalArgumentException e) {
      throw new Refused(422, "repayment-refused", e.getMessage(), List.of());
    }
    writeSchedule(loanId, applied.schedule());
    long id =
        sql.query(
                "INSERT INTO mc_repayment (loan_id, amount, paid_on, interest, principal, prepaid,"
                    + " actor) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                rs -> rs.getLong(1),
                loanId,
                amount,
                paidOn,
                applied.interest(),
                applied.principal(),
                applied.prepaid(),
                actor)
            .get(0);
    if (Repayments.outstanding(applied.schedule()).signum() == 0
        && loan.status().equals("DISBURSED")) {
      setStatus(loanId, "REPAID");
    }
    return new Repayment(
        id, amount, paidOn, applied.interest(), applied.principal(), applied.prepaid());
  }

  public List<Repayment> repayments(long loanId) {
    return sql.query(
        "SELECT id, amount, paid_on, interest, principal, prepaid FROM mc_repayment"
            + " WHERE loan_id = ? ORDER BY paid_on, id",
        rs ->
            new Repayment(
                rs.getLong(1),
                rs.getBigDecimal(2),
                rs.getObject(3, LocalDate.class),
                rs.getBigDecimal(4),
                rs.getBigDecimal(5),
                rs.getBigDecimal(6)),
        loanId);
  }

  /**
   * Moves disbursed loans whose arrears reached the configured threshold to DEFAULTED (today in the
   * territory's time zone). Safe to run again.
   *
   * @return how many loans defaulted now
   */
  public int markDefaults() {
    LocalDate today = today();
    int threshold = rules().defaultAfterDaysInArrears();
    int n = 0;
    for (long id :
        sql.query(
            "SELECT id FROM mc_loan WHERE status = 'DISBURSED' ORDER BY id", rs -> rs.getLong(1))) {
      if (Repayments.daysInArrears(instalments(id), today) >= threshold) {
        n +=
            sql.update(
                "UPDATE mc_loan SET status = 'DEFAULTED', defaulted_on = ?, version = version + 1"
                    + " WHERE id = ? AND status = 'DISBURSED'",
                today,
                id);
      }
    }
    return n;
  }

  /**
   * Calls the guarantee on a defaulted loan, once: the fund pays its coverage share of the
   * outstanding principal (at most its balance), recorded in its ledger (which lowers its
   * capacity). The loan then no longer counts in the fund's exposure.
   */
  public FundEntry guaranteeCall(long loanId, LocalDate onDate, String actor) {
    Loan loan = lockLoan(loanId);
    requireStatus(loan, "DEFAULTED");
    Fund fund = lockFund(loan.fundId());
    boolean called =
        sql.queryOne("SELECT 1 FROM mc_fund_entry WHERE loan_id = ?", rs -> rs.getInt(1), loanId)
            .isPresent();
    if (called) {
      throw new Refused(
          409, "guarantee-called", "The guarantee on loan " + loanId + " was called.", List.of());
    }
    // The fund pays its share, never more than it holds.
    BigDecimal amount =
        loan.outstanding()
            .multiply(fund.coveragePercent())
            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
            .min(fund.balance().max(Money.ZERO));
    entry(
        fund.id(),
        "GUARANTEE_CALL",
        amount.negate(),
        onDate,
        loanId,
        fund.coveragePercent().stripTrailingZeros().toPlainString()
            + "% of EUR "
            + loan.outstanding().toPlainString(),
        actor);
    return ledger(fund.id()).stream()
        .filter(e -> loanId == (e.loanId() == null ? -1 : e.loanId()))
        .findFirst()
        .orElseThrow();
  }

  /** A job the funded activity created: a placement recorded in the core. */
  public record Job(long placementId, Long candidateId, LocalDate startDate) {}

  /**
   * A placement recorded in the core. It is a job a business loan created when it is a hiring with
   * a contract (assunzione) or a self-employment - not a renewal or an extension - either at the
   * borrowing organisation (the company's partita IVA is the loan's tax code) or, for a person who
   * borrowed, their own self-employment; and when it starts on or after the loan's first
   * disbursement. One per person and loan; each placement counts once, however often the event
   * arrives.
   */
  public void placed(PlacementRecorded placement) {
    if (!placement.isNewJob()) {
      return;
    }
    boolean selfEmployed = "SELF_EMPLOYMENT".equals(placement.placementType());
    long placementId = placement.placementId();
    long candidateId = placement.candidateId();
    long companyId = placement.companyId();
    LocalDate start = placement.startDate();
    String vat = candidates.company(companyId).map(CandidateFacts.Company::vatNumber).orElse(null);
    sql.queryOne(
            "SELECT l.id FROM mc_loan l WHERE l.product = 'BUSINESS'"
                + " AND ((l.borrower = 'ORGANISATION' AND l.tax_code = ?)"
                + "   OR (l.borrower = 'CANDIDATE' AND l.candidate_id = ? AND ?))"
                + " AND (SELECT min(d.on_date) FROM mc_disbursement d WHERE d.loan_id = l.id) <= ?"
                + " ORDER BY l.approved_on DESC, l.id DESC LIMIT 1",
            rs -> rs.getLong(1),
            vat,
            candidateId,
            selfEmployed,
            start)
        .ifPresent(
            loan ->
                sql.update(
                    "INSERT INTO mc_job (loan_id, placement_id, candidate_id, start_date)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    loan,
                    placementId,
                    candidateId,
                    start));
  }

  /** The jobs a loan's funded activity created, oldest first. */
  public List<Job> jobs(long loanId) {
    loan(loanId, today());
    return sql.query(
        "SELECT placement_id, candidate_id, start_date FROM mc_job WHERE loan_id = ?"
            + " ORDER BY start_date, placement_id",
        rs -> new Job(rs.getLong(1), (Long) rs.getObject(2), rs.getObject(3, LocalDate.class)),
        loanId);
  }

  public List<Loan> loans(Long candidateId, String status) {
    LocalDate today = today();
    return sql
        .query(
            "SELECT id FROM mc_loan WHERE (?::bigint IS NULL OR candidate_id = ?)"
                + " AND (?::text IS NULL OR status = ?) ORDER BY id",
            rs -> rs.getLong(1),
            candidateId,
            candidateId,
            status,
            status)
        .stream()
        .map(id -> loan(id, today))
        .toList();
  }

  /** A loan as it stands on {@code asOf}. */
  public Loan loan(long id, LocalDate asOf) {
    Loan base =
        sql.queryOne(LOAN + " WHERE id = ?", McService::readLoan, id)
            .orElseThrow(() -> notFound("Loan", id));
    BigDecimal disbursed =
        sql.query(
                "SELECT coalesce(sum(amount), 0) FROM mc_disbursement WHERE loan_id = ?",
                rs -> rs.getBigDecimal(1),
                id)
            .get(0);
    List<Instalment> schedule = instalments(id);
    BigDecimal outstanding =
        schedule.isEmpty() ? Money.euro(disbursed) : Repayments.outstanding(schedule);
    List<Service> services =
        sql.query(
            "SELECT service, tutor, given_on FROM mc_service WHERE loan_id = ? ORDER BY given_on, id",
            rs -> new Service(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
            id);
    return new Loan(
        base.id(),
        base.fundId(),
        base.product(),
        base.kind(),
        base.borrower(),
        base.candidateId(),
        base.organisation(),
        base.taxCode(),
        base.srl(),
        base.referredBy(),
        base.amount(),
        base.months(),
        base.graceMonths(),
        base.annualRatePercent(),
        base.status(),
        base.businessPlan(),
        base.notes(),
        base.appliedOn(),
        base.approvedOn(),
        base.defaultedOn(),
        base.jobsCreated(),
        Money.euro(disbursed),
        outstanding,
        Repayments.daysInArrears(schedule, asOf),
        services);
  }

  // ---------------------------------------------------------------- reports and GDPR

  /** Counts and sums for reports; euro sums also as whole euros for federated metrics. */
  public Map<String, Number> figures() {
    LocalDate today = today();
    int parDays = rules().parDays();
    Map<String, Number> figures = new LinkedHashMap<>();
    for (Object[] row :
        sql.query(
            "SELECT status, count(*) FROM mc_loan GROUP BY status ORDER BY status",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
      figures.put("loans " + row[0], (Long) row[1]);
    }
    figures.put(
        "disbursed EUR",
        sql.query("SELECT coalesce(sum(amount), 0) FROM mc_disbursement", rs -> rs.getBigDecimal(1))
            .get(0));
    Object[] portfolio =
        sql.query(
                "SELECT coalesce(sum(due), 0), coalesce(sum(due) FILTER (WHERE oldest < ?), 0)"
                    + " FROM (SELECT l.id, sum(i.principal - i.principal_paid) AS due,"
                    + "   min(i.due_on) FILTER (WHERE i.due_on < ? AND"
                    + "     (i.principal_paid < i.principal OR i.interest_paid < i.interest)) AS oldest"
                    + "   FROM mc_loan l JOIN mc_instalment i ON i.loan_id = l.id"
                    + "   WHERE l.status IN ('DISBURSED', 'DEFAULTED') GROUP BY l.id) p",
                rs -> new Object[] {rs.getBigDecimal(1), rs.getBigDecimal(2)},
                today.minusDays(parDays),
                today)
            .get(0);
    BigDecimal outstanding = (BigDecimal) portfolio[0];
    BigDecimal atRisk = (BigDecimal) portfolio[1];
    figures.put("outstanding principal EUR", outstanding);
    figures.put("PAR" + parDays + " EUR", atRisk);
    figures.put("PAR" + parDays + " %", percent(atRisk, outstanding));
    figures.put(
        "defaults",
        sql.query("SELECT count(*) FROM mc_loan WHERE status = 'DEFAULTED'", rs -> rs.getLong(1))
            .get(0));
    figures.put(
        "guarantee calls EUR",
        sql.query(
                "SELECT coalesce(-sum(amount), 0) FROM mc_fund_entry WHERE kind = 'GUARANTEE_CALL'",
                rs -> rs.getBigDecimal(1))
            .get(0));
    figures.put(
        "fund free capacity EUR",
        funds().stream().map(Fund::freeCapacity).reduce(Money.ZERO, BigDecimal::add));
    figures.put(
        "jobs created", sql.query("SELECT count(*) FROM mc_job", rs -> rs.getLong(1)).get(0));
    return figures;
  }

  /**
   * The figures of a period: flows by the date of their event (applications, approvals,
   * disbursements, repayments, defaults, guarantee calls, jobs starting in it) and the portfolio at
   * its last day: loans with principal outstanding then, how much, and how much of it was in
   * arrears beyond the PAR threshold then (loans defaulted by then have left the portfolio).
   */
  public Map<String, Number> figures(LocalDate from, LocalDate to) {
    Map<String, Number> figures = new LinkedHashMap<>();
    figures.put(
        "loans applied",
        count("SELECT count(*) FROM mc_loan WHERE applied_on BETWEEN ? AND ?", from, to));
    figures.put(
        "loans approved",
        count("SELECT count(*) FROM mc_loan WHERE approved_on BETWEEN ? AND ?", from, to));
    figures.put(
        "defaults",
        count("SELECT count(*) FROM mc_loan WHERE defaulted_on BETWEEN ? AND ?", from, to));
    figures.put(
        "disbursed EUR",
        sum(
            "SELECT coalesce(sum(amount), 0) FROM mc_disbursement WHERE on_date BETWEEN ? AND ?",
            from,
            to));
    figures.put(
        "repaid EUR",
        sum(
            "SELECT coalesce(sum(amount), 0) FROM mc_repayment WHERE paid_on BETWEEN ? AND ?",
            from,
            to));
    figures.put(
        "guarantee calls EUR",
        sum(
            "SELECT coalesce(-sum(amount), 0) FROM mc_fund_entry WHERE kind = 'GUARANTEE_CALL'"
                + " AND on_date BETWEEN ? AND ?",
            from,
            to));
    figures.put(
        "jobs created",
        count("SELECT count(*) FROM mc_job WHERE start_date BETWEEN ? AND ?", from, to));
    int parDays = rules().parDays();
    long loans = 0;
    BigDecimal outstanding = Money.ZERO;
    BigDecimal atRisk = Money.ZERO;
    for (Standing standing : standingAt(to)) {
      if (standing.outstanding().signum() > 0) {
        loans++;
        outstanding = outstanding.add(standing.outstanding());
        if (standing.daysInArrears() > parDays) {
          atRisk = atRisk.add(standing.outstanding());
        }
      }
    }
    figures.put("loans outstanding at period end", loans);
    figures.put("outstanding principal EUR at period end", outstanding);
    figures.put("PAR" + parDays + " EUR at period end", atRisk);
    figures.put("PAR" + parDays + " % at period end", percent(atRisk, outstanding));
    return figures;
  }

  /** Where a loan stood at the end of a day. */
  private record Standing(long loanId, BigDecimal outstanding, long daysInArrears) {}

  /**
   * The loans of the portfolio at the end of {@code day} (disbursed by then, not defaulted by then)
   * as they stood: the schedule fixed by the last tranche paid by then, replayed with the
   * repayments paid by then in the order they were recorded - the stored schedule is today's.
   */
  private List<Standing> standingAt(LocalDate day) {
    List<Standing> out = new ArrayList<>();
    for (Loan loan :
        sql.query(
            LOAN
                + " WHERE (defaulted_on IS NULL OR defaulted_on > ?) AND EXISTS (SELECT 1 FROM"
                + " mc_disbursement d WHERE d.loan_id = mc_loan.id AND d.on_date <= ?)",
            McService::readLoan,
            day,
            day)) {
      Object[] tranches =
          sql.query(
                  "SELECT sum(amount), max(on_date) FROM mc_disbursement"
                      + " WHERE loan_id = ? AND on_date <= ?",
                  rs -> new Object[] {rs.getBigDecimal(1), rs.getObject(2, LocalDate.class)},
                  loan.id(),
                  day)
              .get(0);
      BigDecimal disbursed = Money.euro((BigDecimal) tranches[0]);
      if (disbursed.compareTo(loan.amount()) < 0) {
        out.add(new Standing(loan.id(), disbursed, 0));
        continue;
      }
      List<Instalment> schedule =
          Schedule.french(
              loan.amount(),
              loan.annualRatePercent(),
              loan.months(),
              loan.graceMonths(),
              ((LocalDate) tranches[1]).plusMonths(1));
      for (Object[] repayment :
          sql.query(
              "SELECT amount, paid_on FROM mc_repayment WHERE loan_id = ? AND paid_on <= ?"
                  + " ORDER BY id",
              rs -> new Object[] {rs.getBigDecimal(1), rs.getObject(2, LocalDate.class)},
              loan.id(),
              day)) {
        schedule =
            Repayments.apply(
                    schedule,
                    (BigDecimal) repayment[0],
                    (LocalDate) repayment[1],
                    loan.annualRatePercent())
                .schedule();
      }
      out.add(
          new Standing(
              loan.id(),
              Repayments.outstanding(schedule),
              Repayments.daysInArrears(schedule, day)));
    }
    return out;
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0
        ? BigDecimal.ZERO
        : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }

  private long count(String query, LocalDate from, LocalDate to) {
    return sql.query(query, rs -> rs.getLong(1), from, to).get(0);
  }

  private BigDecimal sum(String query, LocalDate from, LocalDate to) {
    return sql.query(query, rs -> rs.getBigDecimal(1), from, to).get(0);
  }

  /** What the plugin holds about a candidate who borrowed. */
  public List<Map<String, Object>> export(long candidateId) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Loan loan : loans(candidateId, null)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("loan", loan.toString());
      m.put("schedule", instalments(loan.id()).toString());
      m.put("repayments", repayments(loan.id()).toString());
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
    sql.update(
        "UPDATE mc_loan SET candidate_id = NULL, business_plan = NULL, notes = NULL,"
            + " referred_by = NULL,"
            + " tax_code = CASE WHEN borrower = 'CANDIDATE' THEN NULL ELSE tax_code END,"
            + " version = version + 1 WHERE candidate_id = ?",
        candidateId);
    sql.update("UPDATE mc_job SET candidate_id = NULL WHERE candidate_id = ?", candidateId);
  }

  /** The jobs counted for a person (hired by a borrower, or self-employed with a loan). */
  public List<Map<String, Object>> jobsOf(long candidateId) {
    return sql.query(
        "SELECT loan_id, placement_id, start_date FROM mc_job WHERE candidate_id = ?"
            + " ORDER BY start_date",
        rs -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("loanId", rs.getLong(1));
          m.put("placementId", rs.getLong(2));
          m.put("startDate", rs.getObject(3, LocalDate.class).toString());
          return m;
        },
        candidateId);
  }

  // ---------------------------------------------------------------- helpers

  private static final String LOAN =
      "SELECT id, fund_id, product, kind, borrower, candidate_id, organisation, tax_code, srl,"
          + " referred_by, amount, months, grace_months, annual_rate, status, business_plan, notes,"
          + " applied_on, approved_on, defaulted_on,"
          + " (SELECT count(*) FROM mc_job j WHERE j.loan_id = mc_loan.id) FROM mc_loan";

  private static Loan readLoan(ResultSet rs) throws SQLException {
    return new Loan(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        (Long) rs.getObject(6),
        rs.getString(7),
        rs.getString(8),
        rs.getBoolean(9),
        rs.getString(10),
        rs.getBigDecimal(11),
        rs.getInt(12),
        rs.getInt(13),
        rs.getBigDecimal(14),
        rs.getString(15),
        rs.getString(16),
        rs.getString(17),
        rs.getObject(18, LocalDate.class),
        rs.getObject(19, LocalDate.class),
        rs.getObject(20, LocalDate.class),
        rs.getInt(21),
        null,
        null,
        0,
        List.of());
  }

  private List<Instalment> instalments(long loanId) {
    return sql.query(
        "SELECT number, due_on, principal, interest, principal_paid, interest_paid"
            + " FROM mc_instalment WHERE loan_id = ? ORDER BY number",
        rs ->
            new Instalment(
                rs.getInt(1),
                rs.getObject(2, LocalDate.class),
                rs.getBigDecimal(3),
                rs.getBigDecimal(4),
                rs.getBigDecimal(5),
                rs.getBigDecimal(6)),
        loanId);
  }

  private void writeSchedule(long loanId, List<Instalment> schedule) {
    sql.update("DELETE FROM mc_instalment WHERE loan_id = ?", loanId);
    for (Instalment i : schedule) {
      sql.update(
          "INSERT INTO mc_instalment (loan_id, number, due_on, principal, interest,"
              + " principal_paid, interest_paid) VALUES (?, ?, ?, ?, ?, ?, ?)",
          loanId,
          i.number(),
          i.dueOn(),
          i.principal(),
          i.interest(),
          i.principalPaid(),
          i.interestPaid());
    }
  }

  private void setStatus(long loanId, String status) {
    sql.update("UPDATE mc_loan SET status = ?, version = version + 1 WHERE id = ?", status, loanId);
  }

  /** Refuses a day in the future, or before an earlier step of the loan. */
  private void notBefore(LocalDate day, LocalDate earlier, String what, String earlierWhat) {
    if (day.isAfter(today())) {
      throw new Refused(
          422, "date-refused", "The date of " + what + " is in the future: " + day, List.of());
    }
    if (earlier != null && day.isBefore(earlier)) {
      throw new Refused(
          422,
          "date-refused",
          "The date of " + what + " (" + day + ") precedes " + earlierWhat + " (" + earlier + ").",
          List.of());
    }
  }

  private static void requireStatus(Loan loan, String... allowed) {
    if (!List.of(allowed).contains(loan.status())) {
      throw new Refused(
          409,
          "wrong-state",
          "Loan " + loan.id() + " is " + loan.status() + "; this needs " + List.of(allowed) + ".",
          List.of());
    }
  }

  private Loan lockLoan(long id) {
    sql.queryOne("SELECT id FROM mc_loan WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .orElseThrow(() -> notFound("Loan", id));
    return loan(id, today());
  }

  private Fund lockFund(long id) {
    sql.queryOne("SELECT id FROM mc_fund WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id)
        .orElseThrow(() -> notFound("Fund", id));
    return fund(id);
  }

  private void entry(
      long fundId,
      String kind,
      BigDecimal amount,
      LocalDate onDate,
      Long loanId,
      String note,
      String actor) {
    sql.update(
        "INSERT INTO mc_fund_entry (fund_id, kind, amount, on_date, loan_id, note, actor)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        fundId,
        kind,
        amount,
        onDate,
        loanId,
        note,
        actor);
  }

  private static Refused notFound(String what, long id) {
    return new Refused(404, "not-found", what + " " + id + " was not found.", List.of());
  }
}
