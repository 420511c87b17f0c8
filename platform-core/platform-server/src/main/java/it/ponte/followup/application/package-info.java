/** Recording and listing follow-up surveys in the request's tenant. */
package it.ponte.followup.application;
