/** The platform admin's tenant registry API: list, read and onboard territories. */
package it.ponte.onboarding.interfaces;
