package it.ponte.bench.ceiling;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Answers a company of the same shape and size as Ponte's, made up in memory. */
@Path("t/{territory}/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CeilingResource {

  private static final OffsetDateTime CREATED =
      OffsetDateTime.of(2026, 1, 15, 9, 30, 0, 0, ZoneOffset.ofHours(1));

  /** The same fields as Ponte's {@code Company} view. */
  public record Company(
      long id,
      String name,
      String vatNumber,
      String atecoCode,
      LocalDate boardJoinedOn,
      LocalDate boardLeftOn,
      String size,
      String address,
      String email,
      String phone,
      OffsetDateTime createdAt,
      int vacancyCount) {}

  @GET
  @Path("{id}")
  public Company get(@PathParam("territory") String territory, @PathParam("id") long id) {
    return new Company(
        id, "Bench " + id, "04000000019", null, null, null, null, null, null, null, CREATED, 0);
  }
}
