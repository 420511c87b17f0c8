/** Use cases on companies and vacancies, each one transaction in the request's tenant. */
package it.ponte.company.application;
