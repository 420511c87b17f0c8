package it.ponte.itplugins.echo;

import it.ponte.api.core.CurrentTenant;
import it.ponte.api.core.TenantSql;
import it.ponte.api.plugin.Permission;
import it.ponte.api.plugin.TenantRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The events the echo plugin saw in the territory, with its greeting; viewers may read it. */
@Permission(role = TenantRole.VIEWER)
@RequestScoped
@Path("t/{tenant}/plugins/it-echo/seen")
@Produces(MediaType.APPLICATION_JSON)
public class EchoResource {

  @Inject TenantSql sql;

  @Inject CurrentTenant tenant;

  @GET
  @Transactional
  public JsonObject seen() throws SQLException {
    JsonArrayBuilder events = Json.createArrayBuilder();
    try (Statement s = sql.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT CAST(event_id AS text), type, aggregate_id FROM echo_seen ORDER BY id")) {
      while (rs.next()) {
        events.add(
            Json.createObjectBuilder()
                .add("eventId", rs.getString(1))
                .add("type", rs.getString(2))
                .add("aggregateId", rs.getLong(3)));
      }
    }
    return Json.createObjectBuilder()
        .add("tenant", tenant.id().value())
        .add("greeting", tenant.configOf(EchoPlugin.ID, EchoConfig.class).greeting())
        .add("events", events)
        .build();
  }
}
