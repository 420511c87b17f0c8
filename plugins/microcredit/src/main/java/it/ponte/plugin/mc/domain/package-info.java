/**
 * Microcredit arithmetic and rules as pure functions: euro amounts ({@link
 * it.ponte.api.core.Money}), the French amortisation schedule with a grace period ({@link
 * Schedule}), applying a repayment to interest then principal ({@link Repayments}), days in arrears
 * and portfolio at risk, and the dated limits of the products ({@link McRules}). Every figure a law
 * or a partner bank sets is configuration.
 */
package it.ponte.plugin.mc.domain;
