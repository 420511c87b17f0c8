/** Courses (formazione), their enrolments, and the two rates the Bologna programme reports. */
package it.ponte.training.domain;
