package it.ponte.plugin.mc.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A repayment and how it was applied: to interest, to principal due, and prepaid principal. */
public record Repayment(
    long id,
    BigDecimal amount,
    LocalDate paidOn,
    BigDecimal interest,
    BigDecimal principal,
    BigDecimal prepaid) {}
