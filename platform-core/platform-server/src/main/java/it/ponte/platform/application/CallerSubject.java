package it.ponte.platform.application;

import java.util.function.Supplier;

/**
 * The subject (the identity provider's id) of the request's caller, for the request log: never a
 * name; null when the caller is anonymous. Implemented by the identity layer.
 */
public interface CallerSubject extends Supplier<String> {}
