/** Audit trail, data-subject export and erasure, inside the request's tenant. */
package it.ponte.privacy.application;
