/** REST resources for courses and enrolments. */
package it.ponte.training.interfaces;
