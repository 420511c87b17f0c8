package it.ponte.platform.interfaces;

import it.ponte.api.plugin.PluginRefusal;
import it.ponte.platform.application.ProblemException;
import it.ponte.platform.infrastructure.DatabaseFailures;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure that leaves a resource into an RFC 9457 problem. Unexpected failures are
 * logged with an incident id that the client also gets - the request's id, so the request's log
 * line and the failure's are found together; their stack trace never leaves the server.
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

  @Context UriInfo uriInfo;

  @Context jakarta.servlet.http.HttpServletRequest servletRequest;

  @Override
  public Response toResponse(Throwable failure) {
    String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    if (failure instanceof ProblemException p) {
      Response.ResponseBuilder response =
          Problems.response(p.type(), p.status(), p.title(), p.getMessage(), instance, p.errors());
      for (Map.Entry<String, String> header : p.headers().entrySet()) {
        response.header(header.getKey(), header.getValue());
      }
      return response.build();
    }
    if (failure instanceof PluginRefusal refusal) {
      return Problems.refusal(refusal, instance);
    }
    if (failure instanceof ConstraintViolationException cve) {
      return BeanValidation.problem(cve, instance);
    }
    if (isMalformedBody(failure)) {
      return Problems.response(
              "malformed-body",
              400,
              "Malformed request body",
              "The request body is not valid JSON of the expected shape.",
              instance,
              List.of())
          .build();
    }
    if (failure instanceof WebApplicationException && isQueryParameterConversion(failure)) {
      // JAX-RS answers 404 when a query parameter cannot be converted; the client sent a bad value.
      return Problems.response(
              "invalid-parameter",
              400,
              "Bad Request",
              "A query parameter has a value of the wrong type.",
              instance,
              List.of())
          .build();
    }
    if (failure instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      return fromWebApplicationException(wae, instance);
    }
    if (isOptimisticLock(failure)) {
      return Problems.response(
              "concurrent-update",
              409,
              "Conflict",
              "Someone else changed this resource at the same time. Read it again and retry.",
              instance,
              List.of())
          .build();
    }
    if (DatabaseFailures.isInvalidText(failure)) {
      return Problems.response(
              "invalid-text",
              400,
              "Invalid text",
              "The request holds a character that cannot be stored (a NUL byte). Nothing was"
                  + " changed.",
              instance,
              List.of())
          .build();
    }
    if (DatabaseFailures.isBusy(failure)) {
      LOG.log(Level.WARNING, "Database busy while serving " + instance + ": " + failure);
      return Problems.response(
              "database-busy",
              503,
              "Service unavailable",
              "The database did not answer in time: what this request needs is held by another"
                  + " change. Nothing was changed; retry in a moment.",
              instance,
              List.of())
          .header("Retry-After", Problems.RETRY_AFTER_SECONDS)
          .build();
    }
    if (DatabaseFailures.isUnavailable(failure)) {
      LOG.log(Level.WARNING, "Database unavailable while serving " + instance + ": " + failure);
      return Problems.databaseUnavailable(instance);
    }
    String incident = RequestLog.idOf(servletRequest);
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident + " on " + instance, failure);
    return Problems.response(
            "internal-error",
            500,
            "Internal error",
            "The request failed unexpectedly. Incident " + incident + " has been logged.",
            instance,
            List.of())
        .build();
  }

  /**
   * A JSON failure while reading the request body is the client's; the same failure while writing
   * the response is ours, and must surface as a 500.
   */
  private static boolean isMalformedBody(Throwable failure) {
    if (isParserLimit(failure)) {
      return true;
    }
    boolean json = false;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof JsonException
          || t instanceof ProcessingException) {
        json = true;
        break;
      }
    }
    return json && whileReadingBody(failure);
  }

  /**
   * The JSON parser refusing input past its limits ("Input is too deeply nested") throws a bare
   * RuntimeException from deep inside its recursion, past where a stack trace is kept: a parser
   * only ever reads, so its refusal is always of the request's body.
   */
  private static boolean isParserLimit(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      StackTraceElement[] frames = t.getStackTrace();
      if (frames.length > 0
          && frames[0].getClassName().startsWith("org.eclipse.parsson.JsonParser")) {
        return true;
      }
    }
    return false;
  }

  private static boolean whileReadingBody(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        if (frame.getMethodName().equals("readFrom")) {
          return true;
        }
        if (frame.getMethodName().equals("writeTo")) {
          return false;
        }
      }
    }
    return false;
  }

  private static boolean isOptimisticLock(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQueryParameterConversion(Throwable failure) {
    // Jersey's ParamException.QueryParamException, named rather than imported to stay portable.
    return failure.getClass().getSimpleName().equals("QueryParamException");
  }

  private static Response fromWebApplicationException(
      WebApplicationException wae, String instance) {
    int status = wae.getResponse().getStatus();
    String title =
        Response.Status.fromStatusCode(status) == null
            ? "Client error"
            : Response.Status.fromStatusCode(status).getReasonPhrase();
    String type;
    String detail;
    if (status == 404) {
      type = "not-found";
      detail = "No resource at this address.";
    } else if (wae instanceof NotAllowedException) {
      type = "method-not-allowed";
      detail = "This resource does not support the request method.";
    } else if (wae instanceof NotSupportedException) {
      type = "unsupported-media-type";
      detail = "The request body's content type is not supported here; send application/json.";
    } else if (status == 406) {
      type = "not-acceptable";
      detail = "None of the accepted media types can be produced.";
    } else if (status == 400) {
      type = "bad-request";
      detail = "The request could not be understood.";
    } else {
      type = wae instanceof ClientErrorException ? "client-error" : "error";
      detail = null;
    }
    Response.ResponseBuilder response =
        Problems.response(type, status, title, detail, instance, List.of());
    String allow = wae.getResponse().getHeaderString(HttpHeaders.ALLOW);
    if (allow != null) {
      response.header(HttpHeaders.ALLOW, allow);
    }
    return response.build();
  }
}
