/** Fills the demo territories on their first start, when the platform is asked to. */
package it.ponte.demo.application;
