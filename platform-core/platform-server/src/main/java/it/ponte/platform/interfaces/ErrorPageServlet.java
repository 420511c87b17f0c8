package it.ponte.platform.interfaces;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers errors raised outside the REST API (an unknown path, a failure in a filter) with the same
 * problem documents the API uses, instead of the container's HTML pages.
 */
@WebServlet(name = "problem-error-page", urlPatterns = "/problem-error-page")
public class ErrorPageServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure != null) {
      LOG.log(Level.SEVERE, "Failure outside the REST API on " + uri, failure);
    }
    String type =
        switch (status) {
          case 400 -> "bad-request";
          case 401 -> "unauthorized";
          case 403 -> "forbidden";
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 409 -> "conflict";
          case 413 -> "payload-too-large";
          case 415 -> "unsupported-media-type";
          case 503 -> "unavailable";
          default -> status >= 500 ? "internal-error" : "client-error";
        };
    Response.Status known = Response.Status.fromStatusCode(status);
    String title =
        status == 500 ? "Internal error" : known == null ? "Error" : known.getReasonPhrase();
    String detail = status == 404 ? "No resource at this address." : null;
    response.setStatus(status);
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Problems.json(
                type, status, title, detail, uri == null ? null : uri.toString(), List.of()));
  }
}
