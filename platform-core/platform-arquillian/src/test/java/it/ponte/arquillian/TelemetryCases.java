package it.ponte.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.ponte.api.event.CompanyJoinedBoard;
import it.ponte.api.tenant.TenantId;
import it.ponte.arquillian.probe.ProbePlugin;
import it.ponte.events.application.DomainEvents;
import it.ponte.extension.application.TenantScope;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With traces on (arquillian.xml sets {@code otel.sdk.disabled=false} and an OTLP endpoint), an API
 * request, the queries EclipseLink runs and an event delivery each leave a span at the configured
 * exporter, carrying the territory and plugin and no personal data.
 */
interface TelemetryCases {

  @Test
  default void requestsQueriesAndEventDeliveriesLeaveSpans() throws Exception {
    OtlpReceiver receiver = OtlpReceiver.started();
    Territories territories = Beans.get(Territories.class);
    TenantWork work = Beans.get(TenantWork.class);
    TenantId tenant = territories.ensure("arq-tracce");
    territories.enable(tenant, ProbePlugin.ID);
    TenantScope scope = territories.scope(tenant);

    HttpResponse<String> notice =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + System.getProperty("ponte.arquillian.http.port")
                                + "/ponte-arquillian/api/t/arq-tracce/public/privacy-notice?q=zzsegretozz"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, notice.statusCode(), notice.body());
    work.inTransaction(
        scope,
        em -> {
          Beans.get(DomainEvents.class).publish(new CompanyJoinedBoard(7, LocalDate.now()));
          return null;
        });

    long until = System.currentTimeMillis() + 30_000;
    List<String> wanted =
        List.of(
            "ponte event delivery", "arq-tracce", "it-probe", "db DataReadQuery", "privacy-notice");
    while (!wanted.stream().allMatch(receiver.text()::contains)) {
      if (System.currentTimeMillis() > until) {
        String seen = receiver.text().replaceAll("[^\\x20-\\x7e]+", " | ");
        throw new AssertionError(
            "spans missing "
                + wanted.stream().filter(w -> !receiver.text().contains(w)).toList()
                + "; received: "
                + seen.substring(Math.max(0, seen.length() - 4_000)));
      }
      Thread.sleep(250);
    }
    assertFalse(
        receiver.text().contains("zzsegretozz"),
        "a query's values never reach a span (they can be a person's name)");
    assertTrue(receiver.text().contains("privacy-notice?q"), "the parameter's name stays");
  }
}
