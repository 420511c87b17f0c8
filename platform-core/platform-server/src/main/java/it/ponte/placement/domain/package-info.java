/**
 * Placements (inserimenti): who started working where, how, and how placements follow each other.
 */
package it.ponte.placement.domain;
