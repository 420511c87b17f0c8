/** Ranking candidates for a vacancy and running its selections, in the request's tenant. */
package it.ponte.matching.application;
