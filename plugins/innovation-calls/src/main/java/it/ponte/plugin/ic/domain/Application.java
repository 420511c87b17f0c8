package it.ponte.plugin.ic.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An application and where it stands. */
public record Application(
    long id,
    long callId,
    String organisation,
    String taxCode,
    String applicantType,
    boolean seatInTerritory,
    String summary,
    BigDecimal investment,
    BigDecimal consultancy,
    boolean welfare,
    int expectedJobs,
    String partners,
    Status status,
    OffsetDateTime submittedAt,
    LocalDate accompanimentFrom,
    BigDecimal score,
    String minutes,
    BigDecimal approved,
    BigDecimal disbursed,
    int stagesActivated,
    long jobsCreated,
    String referral) {

  /** One recorded change of state. */
  public record Transition(String from, String to, String actor, OffsetDateTime at, String note) {}
}
