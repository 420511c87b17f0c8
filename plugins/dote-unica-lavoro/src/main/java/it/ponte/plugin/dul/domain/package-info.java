/**
 * The rules of Dote Unica Lavoro as pure functions of a candidate's facts and the territory's
 * configuration: eligibility, profiling into a fascia (fascia di intensità di aiuto), the limits of
 * a PIP, and the result payment a placement earns. Nothing here is a constant of a regional notice:
 * every figure comes from {@link it.ponte.plugin.dul.domain.DulRules}.
 */
package it.ponte.plugin.dul.domain;
