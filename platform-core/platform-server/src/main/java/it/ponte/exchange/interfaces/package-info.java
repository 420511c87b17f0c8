/**
 * The imports' HTTP resource, and the binding of each kind's rows to the API's own request bodies,
 * checked as the API checks them.
 */
package it.ponte.exchange.interfaces;
