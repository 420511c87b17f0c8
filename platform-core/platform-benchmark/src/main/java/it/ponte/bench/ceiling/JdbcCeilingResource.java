package it.ponte.bench.ceiling;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import javax.sql.DataSource;

/**
 * What reaching issue #23's read target would take: the same read without JTA and JPA. The same
 * pool as {@link StackCeilingResource}, a local transaction on one connection (no transaction
 * manager, no entity manager), the territory's settings, the company and its count by hand-written
 * JDBC, the same JSON-B view.
 */
@ApplicationScoped
@Path("jdbc/t/{territory}/companies")
@Produces(MediaType.APPLICATION_JSON)
public class JdbcCeilingResource {

  private static final String COMPANY =
      "SELECT id, name, vat_number, ateco_code, board_joined_on, board_left_on, size, address,"
          + " email, phone, created_at FROM company WHERE id = ?";

  private static final String VACANCIES = "SELECT count(*) FROM vacancy WHERE company_id = ?";

  @Resource(lookup = "java:app/jdbc/ceiling")
  DataSource pool;

  @GET
  @Path("{id}")
  public CeilingResource.Company get(
      @PathParam("territory") String territory, @PathParam("id") long id) throws SQLException {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        StackCeilingResource.applyTenantSettings(c, territory);
        CeilingResource.Company company;
        try (PreparedStatement p = c.prepareStatement(COMPANY)) {
          p.setLong(1, id);
          try (ResultSet rs = p.executeQuery()) {
            if (!rs.next()) {
              throw new NotFoundException();
            }
            company =
                new CeilingResource.Company(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    day(rs.getDate(5)),
                    day(rs.getDate(6)),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10),
                    rs.getObject(11, OffsetDateTime.class),
                    0);
          }
        }
        long vacancies;
        try (PreparedStatement p = c.prepareStatement(VACANCIES)) {
          p.setLong(1, id);
          try (ResultSet rs = p.executeQuery()) {
            rs.next();
            vacancies = rs.getLong(1);
          }
        }
        c.commit();
        return new CeilingResource.Company(
            company.id(),
            company.name(),
            company.vatNumber(),
            company.atecoCode(),
            company.boardJoinedOn(),
            company.boardLeftOn(),
            company.size(),
            company.address(),
            company.email(),
            company.phone(),
            company.createdAt(),
            (int) vacancies);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static LocalDate day(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
