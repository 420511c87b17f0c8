/** REST resources for the audit trail, data-subject export and erasure. */
package it.ponte.privacy.interfaces;
