/** Use cases on candidates, each one transaction in the request's tenant. */
package it.ponte.candidate.application;
