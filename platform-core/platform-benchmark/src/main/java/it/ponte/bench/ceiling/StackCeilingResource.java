package it.ponte.bench.ceiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The fixed stack's ceiling for reading one company: what Ponte's read does on the stack the
 * product prescribes, without any of Ponte's own layers. A CDI bean with a JAX-RS method in a JTA
 * transaction ({@code @Transactional}), a pooled connection from a JCA pool configured as Ponte's,
 * the territory's settings statement (role, search path, timeouts: schema per tenant on one pool),
 * EclipseLink's {@code find} of the company with the shared cache off, its personnel requests
 * counted by JPQL, and the same view through the same JSON-B. No token, access rules, plugin gate,
 * request log, idempotency or security headers: those are what Ponte adds on top.
 */
@ApplicationScoped
@Path("stack/t/{territory}/companies")
@Produces(MediaType.APPLICATION_JSON)
public class StackCeilingResource {

  private static final String TENANT_SETTINGS =
      "SELECT set_config('role', ?, true), set_config('search_path', ?, true),"
          + " set_config('statement_timeout', ?, true), set_config('lock_timeout', ?, true)";

  /** The territory's role, schema and timeouts for the open transaction, as Ponte sets them. */
  static void applyTenantSettings(Connection c, String territory) throws SQLException {
    String name = territory.replace('-', '_');
    try (PreparedStatement p = c.prepareStatement(TENANT_SETTINGS)) {
      p.setString(1, "ponte_t_" + name);
      p.setString(2, "\"t_" + name + "\"");
      p.setString(3, "30s");
      p.setString(4, "30s");
      p.executeQuery().close();
    }
  }

  @PersistenceContext(unitName = "ceiling")
  EntityManager em;

  @GET
  @Path("{id}")
  @Transactional
  public CeilingResource.Company get(
      @PathParam("territory") String territory, @PathParam("id") long id) throws SQLException {
    applyTenantSettings(em.unwrap(Connection.class), territory);
    StackCompany c = em.find(StackCompany.class, id);
    if (c == null) {
      throw new NotFoundException();
    }
    long vacancies =
        em.createQuery("SELECT count(v) FROM StackVacancy v WHERE v.companyId = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult();
    return new CeilingResource.Company(
        c.id,
        c.name,
        c.vatNumber,
        c.atecoCode,
        c.boardJoinedOn,
        c.boardLeftOn,
        c.size,
        c.address,
        c.email,
        c.phone,
        c.createdAt,
        (int) vacancies);
  }
}
