package it.ponte.identity.interfaces;

import it.ponte.api.plugin.TenantRole;
import it.ponte.identity.application.MemberActivity;
import it.ponte.identity.application.MemberService;
import it.ponte.identity.domain.Roles;
import it.ponte.identity.domain.TerritoryMembers.Member;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.domain.FieldError;
import it.ponte.tenancy.application.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The territory's people, managed by its admins (the identity provider holds them). */
@ApplicationScoped
@Path("t/{tenant}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");

  @Inject MemberService members;

  @Inject MemberActivity activity;

  @Inject TenantContext tenants;

  /** A person of the territory. */
  @Schema(name = "Member")
  public record MemberView(
      @Schema(description = "The user's id in the identity provider") String id,
      String username,
      String email,
      String firstName,
      String lastName,
      @Schema(
              description =
                  "Role in this territory: tenant-admin, operator or viewer; null for none",
              nullable = true)
          String role,
      @Schema(description = "When last seen working in this territory", nullable = true)
          OffsetDateTime lastSeenAt) {

    static MemberView of(Member m, Map<String, OffsetDateTime> seen) {
      return new MemberView(
          m.id(),
          m.username(),
          m.email(),
          m.firstName(),
          m.lastName(),
          m.role().map(Roles::name).orElse(null),
          seen.get(m.id()));
    }
  }

  /** An invitation. */
  @Schema(name = "NewMember")
  public record NewMember(
      @Schema(
              description = "E-mail: an existing user joins, otherwise one is created",
              required = true)
          String email,
      @Schema(description = "tenant-admin, operator or viewer", required = true) String role,
      String firstName,
      String lastName) {}

  /** A change of role. */
  @Schema(name = "RoleChange")
  public record RoleChange(
      @Schema(description = "tenant-admin, operator or viewer", required = true) String role) {}

  @GET
  @Operation(summary = "The territory's people with their role here and when last seen (admins).")
  public List<MemberView> list() {
    String tenant = tenants.tenant().value();
    Map<String, OffsetDateTime> seen = activity.lastSeen(tenant);
    return members.list(tenants.tenant()).stream().map(m -> MemberView.of(m, seen)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Invites a person by e-mail with a role in this territory (admins).",
      description =
          "A user with that e-mail joins the territory (keeping whatever they have elsewhere);"
              + " otherwise a user is created who sets a password at first login. Only territory"
              + " roles can be given.")
  public Response invite(@NotNull @Valid NewMember body) {
    List<FieldError> errors = new ArrayList<>();
    if (body.email() == null || !EMAIL.matcher(body.email()).matches()) {
      errors.add(new FieldError("/email", "must be an e-mail address"));
    }
    TenantRole role = role(body.role(), errors);
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    Member m =
        members.invite(
            tenants.tenant(), body.email().trim(), body.firstName(), body.lastName(), role);
    return Response.status(201).entity(MemberView.of(m, Map.of())).build();
  }

  @PUT
  @Path("{userId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Changes a member's role in this territory only (admins).")
  public MemberView change(@PathParam("userId") String userId, @NotNull @Valid RoleChange body) {
    List<FieldError> errors = new ArrayList<>();
    TenantRole role = role(body.role(), errors);
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    return MemberView.of(
        members.changeRole(tenants.tenant(), userId, role),
        activity.lastSeen(tenants.tenant().value()));
  }

  @DELETE
  @Path("{userId}")
  @Operation(
      summary = "Removes a person from this territory (admins); the user stays for elsewhere.")
  public Response remove(@PathParam("userId") String userId) {
    members.remove(tenants.tenant(), userId);
    return Response.noContent().build();
  }

  private static TenantRole role(String name, List<FieldError> errors) {
    return Roles.territoryRole(name)
        .orElseGet(
            () -> {
              errors.add(
                  new FieldError(
                      "/role", "is tenant-admin, operator or viewer (a territory role)"));
              return null;
            });
  }
}
