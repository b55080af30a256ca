package io.eventschema.registry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Caches what a registry answers, in front of any {@link SchemaRegistryClient}: schema to id per
 * subject (for {@code register} and {@code lookUp}, at most {@code max.schemas.per.subject} each,
 * least recently used dropped first), id to schema (at most {@code max.schemas.per.subject}),
 * versions by number, and each subject's latest version for {@code latest.cache.ttl.sec}
 * (-1: until something changes it through this client; 0: not cached).
 *
 * <p>Ids and numbered versions never change in a registry, so once cached they keep serving while
 * the registry is down. Concurrent requests for one id are merged into one request. Deleting a
 * subject or version, or registering, through this client drops what it made stale.
 */
public final class CachedSchemaRegistryClient implements SchemaRegistryClient {
  private final SchemaRegistryClient delegate;
  private final int maxPerSubject;
  private final long latestTtlNanos;
  private final Map<String, LruCache<SchemaKey, Integer>> registered = new ConcurrentHashMap<>();
  private final Map<String, LruCache<SchemaKey, RegisteredSchema>> lookedUp =
      new ConcurrentHashMap<>();
  private final LruCache<Integer, RegisteredSchema> byId;
  private final LruCache<VersionKey, RegisteredSchema> byVersion;
  private final LruCache<String, Timed> latest;

  private record SchemaKey(String schemaType, String schema, List<SchemaReference> references,
      boolean normalize) {}

  private record VersionKey(String subject, int version) {}

  private record Timed(RegisteredSchema schema, long at) {}

  /**
   * @param maxSchemasPerSubject bound of each per-subject cache and of the id cache
   * @param latestTtlSec seconds a latest version is kept; -1 for no expiry, 0 for no caching
   * @param latestCacheSize bound of the number of subjects whose latest version is kept
   */
  public CachedSchemaRegistryClient(SchemaRegistryClient delegate, int maxSchemasPerSubject,
      long latestTtlSec, int latestCacheSize) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (maxSchemasPerSubject < 1 || latestCacheSize < 1) {
      throw new IllegalArgumentException("cache sizes must be at least 1");
    }
    this.maxPerSubject = maxSchemasPerSubject;
    this.latestTtlNanos = latestTtlSec < 0 ? -1 : latestTtlSec * 1_000_000_000L;
    this.byId = new LruCache<>(maxSchemasPerSubject);
    this.byVersion = new LruCache<>(maxSchemasPerSubject);
    this.latest = new LruCache<>(latestCacheSize);
  }

  /** The client behind this cache. */
  public SchemaRegistryClient delegate() {
    return delegate;
  }

  @Override
  public int register(String subject, String schemaType, String schema,
      List<SchemaReference> references, boolean normalize) {
    SchemaKey key = new SchemaKey(schemaType, schema, List.copyOf(references), normalize);
    return registered.computeIfAbsent(subject, s -> new LruCache<>(maxPerSubject)).get(key, () -> {
      int id = delegate.register(subject, schemaType, schema, references, normalize);
      latest.remove(subject);
      if (byId.peek(id) == null) {
        byId.put(id, new RegisteredSchema(null, 0, id, schemaType, schema, references));
      }
      return id;
    });
  }

  @Override
  public RegisteredSchema lookUp(String subject, String schemaType, String schema,
      List<SchemaReference> references, boolean normalize) {
    SchemaKey key = new SchemaKey(schemaType, schema, List.copyOf(references), normalize);
    return lookedUp.computeIfAbsent(subject, s -> new LruCache<>(maxPerSubject))
        .get(key, () -> delegate.lookUp(subject, schemaType, schema, references, normalize));
  }

  @Override
  public RegisteredSchema schemaById(int id) {
    return byId.get(id, () -> delegate.schemaById(id));
  }

  @Override
  public RegisteredSchema latestVersion(String subject) {
    if (latestTtlNanos == 0) {
      return delegate.latestVersion(subject);
    }
    Timed cached = latest.peek(subject);
    if (cached != null && (latestTtlNanos < 0 || System.nanoTime() - cached.at < latestTtlNanos)) {
      return cached.schema;
    }
    RegisteredSchema fresh = delegate.latestVersion(subject);
    latest.put(subject, new Timed(fresh, System.nanoTime()));
    return fresh;
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    if (version <= 0) {
      return delegate.version(subject, version);
    }
    return byVersion.get(new VersionKey(subject, version), () -> delegate.version(subject, version));
  }

  @Override
  public List<String> subjects() {
    return delegate.subjects();
  }

  @Override
  public List<Integer> versions(String subject) {
    return delegate.versions(subject);
  }

  @Override
  public CompatibilityResult testCompatibility(String subject, String version, String schemaType,
      String schema, List<SchemaReference> references) {
    return delegate.testCompatibility(subject, version, schemaType, schema, references);
  }

  @Override
  public String compatibility(String subject) {
    return delegate.compatibility(subject);
  }

  @Override
  public void setCompatibility(String subject, String level) {
    delegate.setCompatibility(subject, level);
  }

  @Override
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    try {
      return delegate.deleteSubject(subject, permanent);
    } finally {
      forget(subject);
    }
  }

  @Override
  public int deleteVersion(String subject, int version, boolean permanent) {
    try {
      return delegate.deleteVersion(subject, version, permanent);
    } finally {
      forget(subject);
    }
  }

  private void forget(String subject) {
    registered.remove(subject);
    lookedUp.remove(subject);
    latest.remove(subject);
    byVersion.removeIf(k -> k.subject().equals(subject));
  }

  @Override
  public void close() {
    delegate.close();
  }
}
