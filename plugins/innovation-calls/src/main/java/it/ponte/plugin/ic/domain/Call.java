package it.ponte.plugin.ic.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A call as configured, with its budget position. */
public record Call(
    long id,
    String title,
    BigDecimal budget,
    LocalDateTime opensAt,
    LocalDateTime closesAt,
    String timeZone,
    List<String> applicantTypes,
    boolean seatInTerritoryRequired,
    BigDecimal investmentCap,
    BigDecimal consultancyCap,
    BigDecimal welfareCap,
    BigDecimal passMark,
    int accompanimentMonths,
    List<String> priorities,
    List<Scoring.Criterion> criteria,
    List<String> committee,
    BigDecimal approved,
    BigDecimal budgetLeft,
    BigDecimal disbursed) {}
