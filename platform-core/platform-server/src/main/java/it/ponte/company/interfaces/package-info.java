/** REST resources for companies and vacancies under {@code /api/t/{tenant}/companies}. */
package it.ponte.company.interfaces;
