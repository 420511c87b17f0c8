package it.ponte.arquillian;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A minimal OTLP/HTTP trace receiver inside the container: it answers 200 to every export and keeps
 * what it got. Span names and attribute values travel as plain UTF-8 inside the protobuf, so the
 * tests look for them in the bytes.
 */
final class OtlpReceiver {

  private static OtlpReceiver started;

  private final ByteArrayOutputStream received = new ByteArrayOutputStream();

  private OtlpReceiver() {}

  /** The receiver on the port arquillian.xml gave the exporter, started on first use. */
  static synchronized OtlpReceiver started() {
    if (started == null) {
      OtlpReceiver receiver = new OtlpReceiver();
      int port = Integer.parseInt(System.getProperty("ponte.arquillian.otlp.port"));
      try {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext(
            "/v1/traces",
            exchange -> {
              byte[] body = exchange.getRequestBody().readAllBytes();
              synchronized (receiver.received) {
                receiver.received.write(body);
              }
              exchange.sendResponseHeaders(200, -1);
              exchange.close();
            });
        server.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      started = receiver;
    }
    return started;
  }

  /** Everything exported so far, as text (the protobuf framing shows as noise). */
  String text() {
    synchronized (received) {
      return received.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
