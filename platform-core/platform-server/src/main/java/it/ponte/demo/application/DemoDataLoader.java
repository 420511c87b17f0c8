package it.ponte.demo.application;

import it.ponte.api.tenant.TenantId;
import it.ponte.demo.domain.DemoRecipe;
import it.ponte.demo.infrastructure.YamlDemoRecipes;
import it.ponte.extension.application.TenantScopes;
import it.ponte.tenancy.application.TenantDirectory;
import it.ponte.tenancy.application.TenantsMigrated;
import it.ponte.tenancy.domain.TenantDescriptor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On startup, fills each declared territory that has a demo recipe and no data yet, when {@code
 * ponte.demo.data} is true (the launcher's demo and test runs). A territory with any candidate or
 * company is never touched, so real data is safe even if the setting is left on.
 */
@ApplicationScoped
public class DemoDataLoader {

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Inject
  @ConfigProperty(name = "ponte.demo.data", defaultValue = "false")
  boolean enabled;

  @Inject YamlDemoRecipes recipes;

  @Inject TenantDirectory directory;

  @Inject Filler filler;

  void onMigrated(@Observes @Priority(100) TenantsMigrated event) {
    if (!enabled) {
      return;
    }
    for (TenantId tenant : event.declared()) {
      Optional<DemoRecipe> recipe;
      try {
        recipe = recipes.recipeOf(tenant);
      } catch (IllegalArgumentException e) {
        LOG.log(Level.SEVERE, "Demo recipe of " + tenant + " refused: " + e.getMessage());
        continue;
      }
      if (recipe.isEmpty()) {
        continue;
      }
      Optional<TenantDescriptor> descriptor = directory.findActive(tenant).map(t -> t.descriptor());
      if (descriptor.isPresent()) {
        filler.fill(tenant, descriptor.get(), recipe.get());
      }
    }
  }

  /** Runs the generator in a request context bound to one tenant, as the API would. */
  @ApplicationScoped
  public static class Filler {

    @Inject DemoDataGenerator generator;

    @Inject TenantScopes scopes;

    @ActivateRequestContext
    public void fill(TenantId tenant, TenantDescriptor descriptor, DemoRecipe recipe) {
      // The plugins' demo contributors run as the API would: bound to the territory and its
      // enabled plugins before its transaction starts.
      scopes.bind(scopes.of(tenant, descriptor));
      if (generator.hasData()) {
        LOG.info(() -> "Demo data: " + tenant + " already has data, left as it is");
        return;
      }
      long started = System.currentTimeMillis();
      DemoDataGenerator.Made made = generator.fill(descriptor, recipe);
      LOG.info(
          () ->
              "Demo data: filled "
                  + tenant
                  + " with "
                  + made
                  + " in "
                  + (System.currentTimeMillis() - started)
                  + " ms");
    }
  }
}
