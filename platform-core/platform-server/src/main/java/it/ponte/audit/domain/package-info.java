/** The audit trail: who read or changed which personal data, when and why. */
package it.ponte.audit.domain;
