/** Personal-data protection: the audit trail of reads and writes of personal data. */
package it.ponte.privacy.domain;
