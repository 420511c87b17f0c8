/** A data subject's rights inside the request's tenant: export and erasure. */
package it.ponte.privacy.application;
