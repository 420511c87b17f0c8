/**
 * Reports as data: tables of figures with their definitions, shares with numerator and denominator,
 * and the disclosure control that federated tables pass through before they leave the platform.
 */
package it.ponte.reporting.domain;
