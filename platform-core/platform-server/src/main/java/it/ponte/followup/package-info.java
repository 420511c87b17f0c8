/**
 * The follow-up survey of people out of the protocol: whether they work, with which contract, and
 * how many job offers they received since leaving.
 */
package it.ponte.followup;
