/**
 * The rules of a social-innovation call as pure functions: when a call is open (in the territory's
 * time zone), whether an application is eligible, the lifecycle's allowed transitions, the
 * committee's weighted scoring and ranking, and the limits on funding.
 */
package it.ponte.plugin.ic.domain;
