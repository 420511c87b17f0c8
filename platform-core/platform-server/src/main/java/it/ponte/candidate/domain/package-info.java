/**
 * Candidates (beneficiari): the people a territory registers, interviews and accompanies, and their
 * lifecycle from registration to placement or leaving the protocol.
 */
package it.ponte.candidate.domain;
