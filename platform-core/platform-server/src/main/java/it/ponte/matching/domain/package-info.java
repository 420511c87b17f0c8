/**
 * Matching candidates to vacancies and the selections (candidature) that follow: the machine ranks,
 * operators decide.
 */
package it.ponte.matching.domain;
