package it.ponte.plugin.dul.application;

import it.ponte.api.plugin.ScheduledTask;
import it.ponte.plugin.dul.DoteUnicaLavoroPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Closes doti whose duration ended, in every territory that uses the plugin. */
@ApplicationScoped
public class DulExpiry implements ScheduledTask {

  @Inject DoteService doti;

  @Override
  public String pluginId() {
    return DoteUnicaLavoroPlugin.ID;
  }

  @Override
  public void run() {
    doti.expireDue("expiry job");
  }
}
