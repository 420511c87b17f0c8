/** JPA implementation of the candidate repository, on the tenant's entity manager. */
package it.ponte.candidate.infrastructure;
