package it.ponte.reporting.infrastructure;

import it.ponte.platform.infrastructure.PonteDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.NamingException;

/**
 * The installation's cell-key secret, kept in the platform schema: made by the first instance that
 * needs it (the insert that loses a race changes nothing) and read by every other one, so all
 * instances and restarts perturb the same records the same way.
 */
@ApplicationScoped
public class FederationSecret {

  private static final int BYTES = 32;

  @Inject PonteDataSource database;

  private volatile byte[] secret;

  /** The secret, made on first use. */
  public byte[] get() {
    byte[] s = secret;
    if (s == null) {
      s = load();
      secret = s;
    }
    return s.clone();
  }

  private byte[] load() {
    byte[] fresh = new byte[BYTES];
    new SecureRandom().nextBytes(fresh);
    try (Connection c = database.get().getConnection()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO platform.federation_secret (id, secret) VALUES (1, ?)"
                  + " ON CONFLICT (id) DO NOTHING")) {
        insert.setBytes(1, fresh);
        insert.executeUpdate();
      }
      try (PreparedStatement select =
              c.prepareStatement("SELECT secret FROM platform.federation_secret WHERE id = 1");
          ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getBytes(1);
      }
    } catch (SQLException | NamingException e) {
      throw new IllegalStateException("Cannot read the federation secret: " + e.getMessage(), e);
    }
  }
}
