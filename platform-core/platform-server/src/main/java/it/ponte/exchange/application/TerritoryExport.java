package it.ponte.exchange.application;

import it.ponte.api.plugin.TerritoryExportContributor;
import it.ponte.audit.application.AuditTrail;
import it.ponte.exchange.domain.ImportKind;
import it.ponte.exchange.infrastructure.JdbcTerritoryExport;
import it.ponte.extension.application.CurrentTenantPlugins;
import it.ponte.extension.application.PluginRegistry;
import it.ponte.identity.application.CallerContext;
import it.ponte.platform.infrastructure.JsonValues;
import it.ponte.tenancy.application.CurrentTerritory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The territory's whole data as a ZIP, streamed as it is read, in one transaction: one file per
 * kind in exactly the import's format (so a new territory imports it as it is), the documents, each
 * enabled plugin's tables, and a manifest (the territory's descriptor, its schema's changesets, the
 * count of each file). Audited as an export of the territory.
 */
@ApplicationScoped
public class TerritoryExport {

  /** The manifest's {@code format}. */
  public static final String FORMAT = "ponte-territory-export/1";

  private static final Pattern SAFE = Pattern.compile("[^A-Za-z0-9._-]");

  @Inject JdbcTerritoryExport tables;

  @Inject CurrentTerritory territory;

  @Inject PluginRegistry registry;

  @Inject CurrentTenantPlugins plugins;

  @Inject AuditTrail audit;

  @Inject CallerContext caller;

  /** Writes the ZIP to the stream, which it closes. */
  @Transactional
  public void write(OutputStream stream) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tables.unlimited();
    try (ZipOutputStream zip = new ZipOutputStream(stream)) {
      OutputStream entry =
          new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() {
              // Each file ends with its entry, not with the archive.
            }
          };
      for (ImportKind kind : ImportKind.values()) {
        String name = kind.slug() + ".csv";
        zip.putNextEntry(new ZipEntry(name));
        counts.put(name, tables.kind(kind, entry));
        zip.closeEntry();
      }
      int[] documents = {0};
      tables.documents(
          d -> {
            zip.putNextEntry(
                new ZipEntry(
                    "documents/"
                        + SAFE.matcher(d.candidate()).replaceAll("_")
                        + "/"
                        + d.id()
                        + "-"
                        + SAFE.matcher(d.filename()).replaceAll("_")));
            zip.write(d.content());
            zip.closeEntry();
            documents[0]++;
          });
      counts.put("documents/", documents[0]);
      for (TerritoryExportContributor contributor :
          registry.extensions(TerritoryExportContributor.class, plugins.enabledIds())) {
        for (TerritoryExportContributor.Table t : contributor.exportTables()) {
          String name =
              "plugins/"
                  + contributor.pluginId()
                  + "/"
                  + SAFE.matcher(t.name()).replaceAll("_")
                  + ".csv";
          zip.putNextEntry(new ZipEntry(name));
          counts.put(name, tables.table(t.query(), null, entry));
          zip.closeEntry();
        }
      }
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(manifest(counts).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    audit.territoryExported(new TreeSet<>(counts.keySet()), counts.get("candidates.csv"));
  }

  private String manifest(Map<String, Integer> counts) {
    JsonObjectBuilder files = Json.createObjectBuilder();
    counts.forEach(files::add);
    return Json.createObjectBuilder()
        .add("format", FORMAT)
        .add("exportedAt", OffsetDateTime.now(ZoneOffset.UTC).toString())
        .add("exportedBy", caller.caller().map(c -> c.username()).orElse("anonymous"))
        .add("territory", JsonValues.toJson(territory.descriptor().toMap()))
        .add("changesets", Json.createArrayBuilder(tables.changesets()))
        .add(
            "imports",
            "Import the files in this order: companies, candidates, interviews, placements,"
                + " courses, enrolments, follow-ups.")
        .add("files", files)
        .build()
        .toString();
  }
}
