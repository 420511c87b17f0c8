/** Running courses and enrolments in the request's tenant. */
package it.ponte.training.application;
