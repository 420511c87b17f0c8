/** Doti, plans, operators' budgets and result claims, in the request's tenant. */
package it.ponte.plugin.dul.application;
