package it.ponte.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform database's connection settings, for the few tasks that need a connection of their
 * own outside the pool: schema migrations change the session's role and search path, which must
 * never leak into pooled connections.
 */
@ApplicationScoped
public class DatabaseSettings {

  @Inject
  @ConfigProperty(name = "ponte.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "ponte.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "ponte.db.password")
  String password;

  /** Opens a new, unpooled connection; the caller closes it. */
  public Connection openDedicatedConnection() throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    props.setProperty("connectTimeout", "3");
    props.setProperty("ApplicationName", "ponte-migrations");
    Connection connection = new org.postgresql.Driver().connect(url, props);
    if (connection == null) {
      throw new SQLException("Not a PostgreSQL JDBC URL: " + url, "08001");
    }
    return connection;
  }
}
