package it.ponte.plugin.mc.domain;

import java.time.LocalDate;

/**
 * A job a funded activity created: a placement recorded in the core, counted for one loan.
 *
 * @param candidateId null once the person was erased
 */
public record Job(long loanId, long placementId, Long candidateId, LocalDate startDate) {}
