/** Errors and settings that application services of every bounded context share. */
package it.ponte.platform.application;
