package it.ponte.platform.interfaces;

/** Who a client is behind a trusted ingress. */
public final class ForwardedFor {

  private ForwardedFor() {}

  /**
   * The client's address: the last one of {@code X-Forwarded-For}, which the trusted ingress
   * appended (the ones before it are whatever the client sent), or the connection's peer.
   *
   * @param forwardedFor the header, or null when it is not trusted or absent
   */
  public static String clientAddress(String peer, String forwardedFor) {
    if (forwardedFor != null) {
      String[] hops = forwardedFor.split(",");
      String last = hops[hops.length - 1].strip();
      if (!last.isEmpty()) {
        return last;
      }
    }
    return peer;
  }
}
