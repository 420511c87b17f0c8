/**
 * Companies (aziende) and their personnel requests (richieste di personale): the first tenant
 * entities, kept in each tenant's own schema. The full core model grows here and beside it.
 */
package it.ponte.company.domain;
