package it.ponte.plugin.ic.domain;

import java.math.BigDecimal;

/** What an applicant submits. */
public record Submission(
    String organisation,
    String taxCode,
    String applicantType,
    boolean seatInTerritory,
    String summary,
    BigDecimal investment,
    BigDecimal consultancy,
    boolean welfare,
    int expectedJobs,
    String partners) {}
