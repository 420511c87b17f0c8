/** Recording reads and writes of personal data in the request tenant's audit trail. */
package it.ponte.audit.application;
