package io.eventschema.registry;

import io.eventschema.evolution.SchemaVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/**
 * An in-memory registry with Confluent's semantics: ids are global and shared by equal schemas
 * across subjects, versions count from 1 per subject, registration is checked against the
 * subject's compatibility level (default BACKWARD), and errors carry Confluent's error codes.
 *
 * <p>{@code schema.registry.url=mock://<scope>} selects the instance of that scope, shared by every
 * serde in the JVM that names it, as Confluent's {@code mock://} does. For tests and demos; it keeps
 * everything in memory until {@link #dropScope(String)}.
 */
public final class MockSchemaRegistryClient implements SchemaRegistryClient {
  private static final Map<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

  private final Map<String, Integer> idByCanonical = new HashMap<>();
  private final Map<Integer, String> textById = new HashMap<>();
  private final Map<String, TreeMap<Integer, Integer>> idByVersionBySubject = new TreeMap<>();
  private final Map<String, String> compatibilityBySubject = new HashMap<>();
  private String globalCompatibility = "BACKWARD";
  private int nextId = 1;

  /** The shared instance of {@code scope}, made on first use. */
  public static MockSchemaRegistryClient forScope(String scope) {
    return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistryClient());
  }

  /** Forgets the instance of {@code scope} and everything registered in it. */
  public static void dropScope(String scope) {
    SCOPES.remove(scope);
  }

  private static String canonical(String schema) {
    try {
      return new Schema.Parser().parse(schema).toString();
    } catch (SchemaParseException | NullPointerException e) {
      throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_SCHEMA,
          "Invalid schema: " + e.getMessage(), null, e);
    }
  }

  private static SchemaRegistryException subjectNotFound(String subject) {
    return new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_NOT_FOUND,
        "Subject '" + subject + "' not found.", null);
  }

  @Override
  public synchronized int register(String subject, String schema, List<SchemaReference> references,
      boolean normalize) {
    String canonical = canonical(schema);
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    Integer existing = idByCanonical.get(canonical);
    if (versions != null && existing != null && versions.containsValue(existing)) {
      return existing;
    }
    if (versions != null && !versions.isEmpty()) {
      List<String> problems = check(subject, schema, versions);
      if (!problems.isEmpty()) {
        throw new SchemaRegistryException(409, SchemaRegistryException.INCOMPATIBLE_SCHEMA,
            "Schema being registered is incompatible with an earlier schema for subject '"
                + subject + "': " + String.join("; ", problems), null);
      }
    }
    int id = existing != null ? existing : nextId++;
    idByCanonical.putIfAbsent(canonical, id);
    textById.putIfAbsent(id, schema);
    TreeMap<Integer, Integer> v = idByVersionBySubject.computeIfAbsent(subject, s -> new TreeMap<>());
    v.put(v.isEmpty() ? 1 : v.lastKey() + 1, id);
    return id;
  }

  private List<String> check(String subject, String schema, TreeMap<Integer, Integer> versions) {
    String level = compatibility(subject);
    List<SchemaVersion> existing = new ArrayList<>();
    for (Map.Entry<Integer, Integer> v : versions.entrySet()) {
      Schema old = new Schema.Parser().parse(textById.get(v.getValue()));
      existing.add(new SchemaVersion(v.getKey(), old, "version " + v.getKey()));
    }
    return AvroCompatibility.check(new Schema.Parser().parse(schema), existing, level);
  }

  @Override
  public synchronized RegisteredSchema lookUp(String subject, String schema,
      List<SchemaReference> references, boolean normalize) {
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    if (versions == null) {
      throw subjectNotFound(subject);
    }
    Integer id = idByCanonical.get(canonical(schema));
    if (id != null) {
      for (Map.Entry<Integer, Integer> e : versions.entrySet()) {
        if (e.getValue().equals(id)) {
          return new RegisteredSchema(subject, e.getKey(), id, AVRO, textById.get(id), List.of());
        }
      }
    }
    throw new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_NOT_FOUND,
        "Schema not found under subject '" + subject + "'", null);
  }

  @Override
  public synchronized RegisteredSchema schemaById(int id) {
    String text = textById.get(id);
    if (text == null) {
      throw new SchemaRegistryException(404, SchemaRegistryException.SCHEMA_NOT_FOUND,
          "Schema " + id + " not found", null);
    }
    return new RegisteredSchema(null, 0, id, AVRO, text, List.of());
  }

  @Override
  public synchronized RegisteredSchema latestVersion(String subject) {
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    if (versions == null || versions.isEmpty()) {
      throw subjectNotFound(subject);
    }
    Map.Entry<Integer, Integer> last = versions.lastEntry();
    return new RegisteredSchema(subject, last.getKey(), last.getValue(), AVRO,
        textById.get(last.getValue()), List.of());
  }

  @Override
  public synchronized RegisteredSchema version(String subject, int version) {
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    if (versions == null) {
      throw subjectNotFound(subject);
    }
    Integer id = version == -1 && !versions.isEmpty() ? versions.lastEntry().getValue()
        : versions.get(version);
    if (id == null) {
      throw new SchemaRegistryException(404, SchemaRegistryException.VERSION_NOT_FOUND,
          "Version " + version + " not found.", null);
    }
    int v = version == -1 ? versions.lastKey() : version;
    return new RegisteredSchema(subject, v, id, AVRO, textById.get(id), List.of());
  }

  @Override
  public synchronized List<String> subjects() {
    return List.copyOf(idByVersionBySubject.keySet());
  }

  @Override
  public synchronized List<Integer> versions(String subject) {
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    if (versions == null) {
      throw subjectNotFound(subject);
    }
    return List.copyOf(versions.keySet());
  }

  @Override
  public synchronized CompatibilityResult testCompatibility(String subject, String version,
      String schema, List<SchemaReference> references) {
    canonical(schema);
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    if (versions == null || versions.isEmpty()) {
      return new CompatibilityResult(true, List.of());
    }
    TreeMap<Integer, Integer> against = versions;
    String level = compatibility(subject);
    if (!"latest".equals(version) && !level.endsWith("_TRANSITIVE")) {
      int v = parseVersion(version);
      Integer id = versions.get(v);
      if (id == null) {
        throw new SchemaRegistryException(404, SchemaRegistryException.VERSION_NOT_FOUND,
            "Version " + version + " not found.", null);
      }
      against = new TreeMap<>(Map.of(v, id));
    }
    List<String> problems = check(subject, schema, against);
    return new CompatibilityResult(problems.isEmpty(), problems);
  }

  private static int parseVersion(String version) {
    try {
      return Integer.parseInt(version);
    } catch (NumberFormatException e) {
      throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_VERSION,
          "The specified version '" + version + "' is not a valid version id.", null);
    }
  }

  @Override
  public synchronized String compatibility(String subject) {
    if (subject == null) {
      return globalCompatibility;
    }
    return compatibilityBySubject.getOrDefault(subject, globalCompatibility);
  }

  @Override
  public synchronized void setCompatibility(String subject, String level) {
    if (!AvroCompatibility.LEVELS.contains(level)) {
      throw new SchemaRegistryException(422, SchemaRegistryException.INVALID_COMPATIBILITY_LEVEL,
          "Invalid compatibility level: " + level, null);
    }
    if (subject == null) {
      globalCompatibility = level;
    } else {
      compatibilityBySubject.put(subject, level);
    }
  }

  @Override
  public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
    TreeMap<Integer, Integer> versions = idByVersionBySubject.remove(subject);
    if (versions == null) {
      throw subjectNotFound(subject);
    }
    return Collections.unmodifiableList(new ArrayList<>(versions.keySet()));
  }

  @Override
  public synchronized int deleteVersion(String subject, int version, boolean permanent) {
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    if (versions == null) {
      throw subjectNotFound(subject);
    }
    if (versions.remove(version) == null) {
      throw new SchemaRegistryException(404, SchemaRegistryException.VERSION_NOT_FOUND,
          "Version " + version + " not found.", null);
    }
    return version;
  }

  /** Every subject and its versions' ids, for debugging and tests. */
  public synchronized Map<String, Map<Integer, Integer>> snapshot() {
    Map<String, Map<Integer, Integer>> out = new LinkedHashMap<>();
    idByVersionBySubject.forEach((s, v) -> out.put(s, Map.copyOf(v)));
    return out;
  }

  @Override
  public void close() {
    // shared by scope: nothing to release
  }
}
