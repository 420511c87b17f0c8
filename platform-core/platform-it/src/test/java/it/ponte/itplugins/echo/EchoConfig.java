package it.ponte.itplugins.echo;

/** The echo plugin's configuration, as the platform binds it (see its config.schema.json). */
public record EchoConfig(String greeting, boolean failEvents, int limit) {}
