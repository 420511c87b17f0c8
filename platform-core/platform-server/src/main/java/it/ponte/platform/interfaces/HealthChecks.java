package it.ponte.platform.interfaces;

import it.ponte.platform.infrastructure.PonteDataSource;
import it.ponte.tenancy.application.PlatformStartup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * MicroProfile Health checks: live while the JVM serves requests; started once deployed; ready only
 * when startup migrations are done and the database answers.
 */
@ApplicationScoped
public class HealthChecks {

  private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());

  @Inject PlatformStartup startup;

  @Inject PonteDataSource database;

  @Produces
  @Liveness
  HealthCheck alive() {
    return () -> HealthCheckResponse.up("ponte");
  }

  @Produces
  @Startup
  HealthCheck started() {
    return () -> HealthCheckResponse.up("ponte-deployed");
  }

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

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      try (Connection connection = database.get().getConnection()) {
        return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
      } catch (SQLException | RuntimeException | javax.naming.NamingException e) {
        // Health is open to anyone: the cause (hosts, ports, users) goes to the log only.
        LOG.log(Level.WARNING, "Readiness: the database is unreachable", e);
        return HealthCheckResponse.named("database")
            .down()
            .withData("error", "the database is unreachable (details in the server log)")
            .build();
      }
    };
  }
}
