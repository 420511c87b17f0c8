/** Funds, loans, schedules and repayments in the request's tenant, on the plugin's own tables. */
package it.ponte.plugin.mc.application;
