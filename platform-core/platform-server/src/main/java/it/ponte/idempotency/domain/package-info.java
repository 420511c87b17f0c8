/** A stored answer to a request made with an idempotency key. */
package it.ponte.idempotency.domain;
