package it.ponte.bench.ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The application server's ceiling: a JAX-RS application with one trivial endpoint, deployed on the
 * same Payara Micro as Ponte (context root {@code /ceiling}) and serialised by the same JSON
 * provider (the server's JSON-B). What Ponte adds - security, tenancy, the database - is what a
 * Ponte figure loses against it. Beside it, {@link StackCeilingResource}: the same read as Ponte's
 * on the bare stack, which tells what the stack itself costs from what Ponte's own layers do.
 */
@ApplicationPath("api")
public class CeilingApplication extends Application {}
