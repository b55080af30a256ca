package io.eventschema.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * <p>Each schema keeps its schema type ({@code AVRO}, {@code JSON}, {@code PROTOBUF}), returned with
 * it; equal texts of different types are different schemas. Avro schemas are parsed and checked
 * with Avro's resolution rules; JSON Schemas must be JSON objects (or booleans) and are compared
 * by their JSON value; a schema whose type differs from the subject's earlier versions is
 * incompatible under any level but NONE, as in Confluent's registry. The mock does not judge JSON
 * Schema or Protobuf compatibility beyond that (the integration tests ask a real registry).
 *
 * <p>{@code schema.registry.url=mock://<scope>} selects the instance of that scope, shared by every
 * serde in the JVM that names it, as Confluent's {@code mock://} does. For tests and demos; it keeps
 * everything in memory until {@link #dropScope(String)}.
 */
public final class MockSchemaRegistryClient implements SchemaRegistryClient {
  private static final Map<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

  private final Map<String, Integer> idByCanonical = new HashMap<>();
  private final Map<Integer, String> textById = new HashMap<>();
  private final Map<Integer, String> typeById = new HashMap<>();
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

  private static final ObjectMapper JSON_MAPPER = new ObjectMapper();

  /** The key equal schemas share: the type and the schema's canonical text. */
  private static String canonical(String schemaType, String schema) {
    String type = schemaType == null || schemaType.isEmpty() ? AVRO : schemaType;
    switch (type) {
      case AVRO:
        try {
          return AVRO + ":" + new Schema.Parser().parse(schema).toString();
        } catch (SchemaParseException | NullPointerException e) {
          throw invalid(e.getMessage(), e);
        }
      case JSON:
        try {
          JsonNode node = JSON_MAPPER.readTree(schema);
          if (node == null || !(node.isObject() || node.isBoolean())) {
            throw invalid("a JSON Schema is a JSON object or a boolean", null);
          }
          return JSON + ":" + JSON_MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException | IllegalArgumentException e) {
          throw invalid(e.getMessage(), e);
        }
      case PROTOBUF:
        if (schema == null || schema.isBlank()) {
          throw invalid("empty Protobuf schema", null);
        }
        return PROTOBUF + ":" + schema.strip();
      default:
        throw invalid("unknown schema type '" + type + "'; use AVRO, JSON or PROTOBUF", null);
    }
  }

  private static SchemaRegistryException invalid(String why, Throwable cause) {
    return new SchemaRegistryException(422, SchemaRegistryException.INVALID_SCHEMA,
        "Invalid schema: " + why, null, cause);
  }

  private static String typeOf(String schemaType) {
    return schemaType == null || schemaType.isEmpty() ? AVRO : schemaType;
  }

  private static SchemaRegistryException subjectNotFound(String subject) {
    return new SchemaRegistryException(404, SchemaRegistryException.SUBJECT_NOT_FOUND,
        "Subject '" + subject + "' not found.", null);
  }

  @Override
  public synchronized int register(String subject, String schemaType, String schema,
      List<SchemaReference> references, boolean normalize) {
    String type = typeOf(schemaType);
    String canonical = canonical(type, schema);
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    Integer existing = idByCanonical.get(canonical);
    if (versions != null && existing != null && versions.containsValue(existing)) {
      return existing;
    }
    if (versions != null && !versions.isEmpty()) {
      List<String> problems = check(subject, type, schema, versions);
      if (!problems.isEmpty()) {
        throw new SchemaRegistryException(409, SchemaRegistryException.INCOMPATIBLE_SCHEMA,
            "Schema being registered is incompatible with an earlier schema for subject '"
                + subject + "': " + String.join("; ", problems), null);
      }
    }
    int id = existing != null ? existing : nextId++;
    idByCanonical.putIfAbsent(canonical, id);
    textById.putIfAbsent(id, schema);
    typeById.putIfAbsent(id, type);
    TreeMap<Integer, Integer> v = idByVersionBySubject.computeIfAbsent(subject, s -> new TreeMap<>());
    v.put(v.isEmpty() ? 1 : v.lastKey() + 1, id);
    return id;
  }

  private List<String> check(String subject, String type, String schema,
      TreeMap<Integer, Integer> versions) {
    String level = compatibility(subject);
    if ("NONE".equals(level)) {
      return List.of();
    }
    List<String> otherTypes = new ArrayList<>();
    for (Map.Entry<Integer, Integer> v : versions.entrySet()) {
      String old = typeById.get(v.getValue());
      if (!type.equals(old)) {
        otherTypes.add("version " + v.getKey() + " is of schema type " + old + ", not " + type);
      }
    }
    if (!otherTypes.isEmpty() || !AVRO.equals(type)) {
      return otherTypes;
    }
    List<SchemaVersion> existing = new ArrayList<>();
    for (Map.Entry<Integer, Integer> v : versions.entrySet()) {
      Schema old = new Schema.Parser().parse(textById.get(v.getValue()));
      existing.add(new SchemaVersion(v.getKey(), old, "version " + v.getKey()));
    }
    return AvroCompatibility.check(new Schema.Parser().parse(schema), existing, level);
  }

  @Override
  public synchronized RegisteredSchema lookUp(String subject, String schemaType, String schema,
      List<SchemaReference> references, boolean normalize) {
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    if (versions == null) {
      throw subjectNotFound(subject);
    }
    Integer id = idByCanonical.get(canonical(typeOf(schemaType), schema));
    if (id != null) {
      for (Map.Entry<Integer, Integer> e : versions.entrySet()) {
        if (e.getValue().equals(id)) {
          return registered(subject, e.getKey(), id);
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
    return registered(null, 0, id);
  }

  @Override
  public synchronized RegisteredSchema latestVersion(String subject) {
    TreeMap<Integer, Integer> versions = idByVersionBySubject.get(subject);
    if (versions == null || versions.isEmpty()) {
      throw subjectNotFound(subject);
    }
    Map.Entry<Integer, Integer> last = versions.lastEntry();
    return registered(subject, last.getKey(), last.getValue());
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
    return registered(subject, v, id);
  }

  private RegisteredSchema registered(String subject, int version, int id) {
    return new RegisteredSchema(subject, version, id, typeById.get(id), textById.get(id),
        List.of());
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
      String schemaType, String schema, List<SchemaReference> references) {
    String type = typeOf(schemaType);
    canonical(type, schema);
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
    List<String> problems = check(subject, type, schema, against);
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
