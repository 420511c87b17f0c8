package it.ponte.plugin.dul.domain;

import java.math.BigDecimal;

/**
 * What a placement of a dote holder earns: the operator's result payment and the employer's
 * incentive, each with its amount (null when it does not qualify) and why.
 */
public record ResultClaim(
    long doteId,
    long placementId,
    String contract,
    BigDecimal amount,
    boolean qualifies,
    String reason,
    BigDecimal employerIncentive,
    String incentiveReason) {}
