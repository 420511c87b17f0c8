/**
 * Demo data: fictitious but plausible territories, shaped like the figures the programmes publish,
 * generated from a recipe so that the demo and its reports look like the real thing.
 */
package it.ponte.demo.domain;
