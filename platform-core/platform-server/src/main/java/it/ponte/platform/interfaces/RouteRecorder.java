package it.ponte.platform.interfaces;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * Notes the template of the route a request matched, for its log line (never the values). Each
 * resource method's route is worked out once, when the application starts, into a filter of its own
 * that only sets it on the request (a property is a servlet request attribute here): nothing is
 * looked up per request (a global filter asking the injected {@code ResourceInfo} was 3% of the
 * server's time reading a company under load, in a flight recording).
 */
@Provider
public class RouteRecorder implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Class<?> type = resource.getResourceClass();
    Method method = resource.getResourceMethod();
    if (type != null && method != null) {
      context.register(new Route(routeOf(type, method)));
    }
  }

  /** {@code /api} and the class's and method's paths, without a trailing slash. */
  static String routeOf(Class<?> type, Method method) {
    StringBuilder route = new StringBuilder("/api");
    Path onClass = type.getAnnotation(Path.class);
    Path onMethod = method.getAnnotation(Path.class);
    for (Path p : new Path[] {onClass, onMethod}) {
      if (p != null) {
        String value = p.value();
        route.append(value.startsWith("/") ? "" : "/").append(value);
      }
    }
    return route.toString().replaceAll("/+$", "");
  }

  /** Sets one resource method's route on each of its requests. */
  static final class Route implements ContainerRequestFilter {

    private final String template;

    Route(String template) {
      this.template = template;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      request.setProperty(RequestLog.ROUTE, template);
    }
  }
}
