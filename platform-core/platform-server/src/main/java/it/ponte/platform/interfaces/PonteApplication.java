package it.ponte.platform.interfaces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform's REST API, under {@code /api}. */
@ApplicationScoped
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Ponte API",
            version = "0.1",
            description =
                "Multi-tenant platform for territorial job-inclusion programmes. Tenant data lives under"
                    + " /api/t/{tenant}; onboarding under /api/platform. Every error is an RFC 9457"
                    + " application/problem+json document."),
    tags = {
      @Tag(name = "Platform", description = "Tenant registry and onboarding."),
      @Tag(name = "Companies", description = "Companies (aziende) and their vacancies."),
      @Tag(name = "Candidates", description = "Candidates (beneficiari) and their lifecycle.")
    })
public class PonteApplication extends Application {}
