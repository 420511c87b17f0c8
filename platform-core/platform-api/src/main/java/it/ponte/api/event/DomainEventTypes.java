package it.ponte.api.event;

/** The core's domain event types. */
public final class DomainEventTypes {

  /** A candidate was registered (by an operator or the public form). */
  public static final String CANDIDATE_REGISTERED = "candidate.registered";

  /** A candidate's interview was assessed; data: profileType, readiness, employability. */
  public static final String CANDIDATE_ASSESSED = "candidate.assessed";

  /** A candidate entered the protocol. */
  public static final String CANDIDATE_IN_PROTOCOL = "candidate.in-protocol";

  /** A candidate left the protocol; data: reason. */
  public static final String CANDIDATE_LEFT_PROTOCOL = "candidate.left-protocol";

  /** A candidate was readmitted. */
  public static final String CANDIDATE_READMITTED = "candidate.readmitted";

  /** A candidate's data was erased on request. */
  public static final String CANDIDATE_ERASED = "candidate.erased";

  /** A placement was recorded; data: candidateId, companyId, type, contract, startDate, endDate. */
  public static final String PLACEMENT_RECORDED = "placement.recorded";

  /** A company was registered as a Board member, or joined it; data: joinedOn. */
  public static final String COMPANY_JOINED_BOARD = "company.joined-board";

  private DomainEventTypes() {}
}
