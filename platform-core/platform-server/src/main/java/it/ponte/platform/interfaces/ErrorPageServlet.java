package it.ponte.platform.interfaces;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Answers errors raised outside the REST API (an unknown path, a failure in a filter) with the
 * same problem documents the API uses, instead of the container's HTML pages.
 */
@WebServlet(name = "problem-error-page", urlPatterns = "/problem-error-page")
public class ErrorPageServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure != null) {
      LOG.log(Level.SEVERE, "Failure outside the REST API on " + uri, failure);
    }
    String type;
    String title;
    String detail;
    switch (status) {
      case 404 -> {
        type = "not-found";
        title = "Not Found";
        detail = "No resource at this address.";
      }
      case 405 -> {
        type = "method-not-allowed";
        title = "Method Not Allowed";
        detail = "This resource does not support the request method.";
      }
      default -> {
        type = status >= 500 ? "internal-error" : "client-error";
        title = status >= 500 ? "Internal error" : "Client error";
        detail = null;
      }
    }
    response.setStatus(status);
    response.setContentType(Problems.MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(Problems.json(type, status, title, detail, uri == null ? null : uri.toString(), List.of()));
  }
}
