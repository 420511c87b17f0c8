package it.ponte.platform.interfaces;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/** Notes the template of the route a request matched, for its log line (never the values). */
@Provider
public class RouteRecorder implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Class<?> type = resource.getResourceClass();
    Method method = resource.getResourceMethod();
    if (type == null || method == null || servletRequest == null) {
      return;
    }
    StringBuilder route = new StringBuilder("/api");
    Path onClass = type.getAnnotation(Path.class);
    Path onMethod = method.getAnnotation(Path.class);
    for (Path p : new Path[] {onClass, onMethod}) {
      if (p != null) {
        String value = p.value();
        route.append(value.startsWith("/") ? "" : "/").append(value);
      }
    }
    servletRequest.setAttribute(RequestLog.ROUTE, route.toString().replaceAll("/+$", ""));
  }
}
