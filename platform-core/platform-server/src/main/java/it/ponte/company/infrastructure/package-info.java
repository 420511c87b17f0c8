/** JPA implementation of the company repository, on the tenant's entity manager. */
package it.ponte.company.infrastructure;
