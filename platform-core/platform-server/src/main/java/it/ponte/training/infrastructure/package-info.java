/** Courses through JPA; the course rates as one SQL query. */
package it.ponte.training.infrastructure;
