package it.ponte.tenancy.application;

import it.ponte.api.tenant.TenantId;
import it.ponte.tenancy.domain.Tenant;
import it.ponte.tenancy.domain.TenantRepository;
import it.ponte.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Resolves request tenants against the registry with a short-lived cache: one primary-key lookup
 * per tenant every {@link #TTL} at most, never a scan over all tenants. Tenants onboarded by
 * another instance are found on the first miss.
 */
@ApplicationScoped
public class TenantDirectory {

  /** How long a resolved tenant is trusted before the registry is read again. */
  static final Duration TTL = Duration.ofSeconds(30);

  private record Entry(Tenant tenant, long loadedAt) {}

  private final ConcurrentMap<TenantId, Entry> cache = new ConcurrentHashMap<>();

  @Inject TenantRepository repository;

  /** The tenant if it exists and serves requests. */
  public Optional<Tenant> findActive(TenantId id) {
    long now = System.nanoTime();
    Entry entry = cache.get(id);
    if (entry == null || now - entry.loadedAt > TTL.toNanos()) {
      Optional<Tenant> loaded = repository.find(id);
      if (loaded.isEmpty()) {
        cache.remove(id);
        return Optional.empty();
      }
      entry = new Entry(loaded.get(), now);
      cache.put(id, entry);
    }
    return entry.tenant.status() == TenantStatus.ACTIVE
        ? Optional.of(entry.tenant)
        : Optional.empty();
  }

  /** Drops what is known of a tenant, after it changed on this instance. */
  public void evict(TenantId id) {
    cache.remove(id);
  }
}
