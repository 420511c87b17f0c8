/**
 * Idempotent creates: a POST with an {@code Idempotency-Key} runs in one transaction with the
 * record of its answer, so a retry with the same key and body gets the first answer and creates
 * nothing. Depends on tenancy and identity; nothing depends on it.
 */
package it.ponte.idempotency;
