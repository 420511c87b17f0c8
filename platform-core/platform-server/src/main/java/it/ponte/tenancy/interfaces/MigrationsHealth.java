package it.ponte.tenancy.interfaces;

import it.ponte.tenancy.application.PlatformStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the tenants: ready once startup migrated every tenant schema (or gave up on the ones
 * that failed, named in the answer), with the descriptors it refused and why.
 */
@ApplicationScoped
public class MigrationsHealth {

  @Inject PlatformStartup startup;

  @Produces
  @Readiness
  HealthCheck migrations() {
    return () -> {
      HealthCheckResponseBuilder response =
          HealthCheckResponse.named("migrations")
              .status(startup.isDone())
              .withData("state", startup.state());
      if (startup.isDone()) {
        response.withData("durationMillis", startup.durationMillis());
        response.withData("failedTenants", String.join(",", startup.failedTenants()));
        startup
            .refusedDescriptors()
            .forEach((file, reason) -> response.withData("refused " + file, reason));
      }
      return response.build();
    };
  }
}
