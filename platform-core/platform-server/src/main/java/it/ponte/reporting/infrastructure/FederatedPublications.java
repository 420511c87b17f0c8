package it.ponte.reporting.infrastructure;

import it.ponte.platform.infrastructure.PonteDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.naming.NamingException;

/**
 * Federated reports as published, in the platform schema: the answer for a closed period and a
 * grouping, with a digest of the inputs it was computed from. Every instance serves the same stored
 * answer; one whose inputs no longer match is computed again and replaces it.
 */
@ApplicationScoped
public class FederatedPublications {

  @Inject PonteDataSource database;

  /** The stored answer for the period and grouping, if it was computed from these inputs. */
  public Optional<String> find(String period, String groupBy, String inputs) {
    try (Connection c = database.get().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT body FROM platform.federated_publication"
                    + " WHERE period = ? AND group_by = ? AND inputs = ?")) {
      s.setString(1, period);
      s.setString(2, groupBy);
      s.setString(3, inputs);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException | NamingException e) {
      throw new IllegalStateException("Cannot read published reports: " + e.getMessage(), e);
    }
  }

  /**
   * Keeps the answer (replacing one computed from other inputs). Two instances computing the same
   * period at once store the same answer: the figures depend on the records and the secret only.
   */
  public void store(String period, String groupBy, String inputs, String body) {
    try (Connection c = database.get().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO platform.federated_publication (period, group_by, inputs, body)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (period, group_by) DO UPDATE"
                    + " SET inputs = EXCLUDED.inputs, body = EXCLUDED.body, computed_at = now()")) {
      s.setString(1, period);
      s.setString(2, groupBy);
      s.setString(3, inputs);
      s.setString(4, body);
      s.executeUpdate();
    } catch (SQLException | NamingException e) {
      throw new IllegalStateException("Cannot keep a published report: " + e.getMessage(), e);
    }
  }

  /** Forgets the stored answers of one period (both groupings): computed afresh when next asked. */
  public int forget(String period) {
    try (Connection c = database.get().getConnection();
        PreparedStatement s =
            c.prepareStatement("DELETE FROM platform.federated_publication WHERE period = ?")) {
      s.setString(1, period);
      return s.executeUpdate();
    } catch (SQLException | NamingException e) {
      throw new IllegalStateException("Cannot forget published reports: " + e.getMessage(), e);
    }
  }

  /** Forgets every stored answer: each is computed afresh at its next request. */
  public int forgetAll() {
    try (Connection c = database.get().getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM platform.federated_publication")) {
      return s.executeUpdate();
    } catch (SQLException | NamingException e) {
      throw new IllegalStateException("Cannot forget published reports: " + e.getMessage(), e);
    }
  }
}
