/** {@code /api/t/{tenant}/reports/activity} and {@code /api/federation/reports/activity}. */
package it.ponte.reporting.interfaces;
