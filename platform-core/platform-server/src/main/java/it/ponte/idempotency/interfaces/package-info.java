/** The servlet filter that holds a keyed POST in one transaction, and the check after access. */
package it.ponte.idempotency.interfaces;
