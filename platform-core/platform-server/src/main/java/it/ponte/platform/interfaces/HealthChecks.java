package it.ponte.platform.interfaces;

import it.ponte.platform.infrastructure.PonteDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * MicroProfile Health checks of the process: live while the JVM serves requests; started once
 * deployed; ready only when the database answers (and, checked by the tenancy context's {@code
 * MigrationsHealth}, when startup migrations are done).
 */
@ApplicationScoped
public class HealthChecks {

  private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());

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
