package io.eventschema.registry;

import java.util.List;

/**
 * A client of a Confluent-compatible schema registry: Confluent Schema Registry, Apicurio Registry's
 * ccompat API, Karapace, Redpanda. Schemas travel as text, exactly as in the REST API; Avro parsing
 * and caching of parsed schemas happen in the serdes.
 *
 * <p>Every failure is a {@link SchemaRegistryException} carrying the HTTP status, the registry's
 * {@code error_code} and message, and the URL asked. Implementations are thread-safe.
 */
public interface SchemaRegistryClient extends AutoCloseable {

  /** The schema type of Avro schemas, and the one used when none is given (as Confluent does). */
  String AVRO = "AVRO";
  /** The schema type of JSON Schemas. */
  String JSON = "JSON";
  /** The schema type of Protobuf schemas. */
  String PROTOBUF = "PROTOBUF";

  /**
   * Registers {@code schema}, of {@code schemaType} ({@link #AVRO}, {@link #JSON},
   * {@link #PROTOBUF}), under {@code subject} (or finds it already registered) and returns its id:
   * {@code POST /subjects/{subject}/versions}.
   */
  int register(String subject, String schemaType, String schema,
      List<SchemaReference> references, boolean normalize);

  /** {@link #register(String, String, String, List, boolean)} of an Avro schema. */
  default int register(String subject, String schema, List<SchemaReference> references,
      boolean normalize) {
    return register(subject, AVRO, schema, references, normalize);
  }

  /** Registers an Avro schema without references or normalization. */
  default int register(String subject, String schema) {
    return register(subject, AVRO, schema, List.of(), false);
  }

  /**
   * Looks up the version of {@code subject} whose schema, of {@code schemaType}, equals
   * {@code schema}: {@code POST /subjects/{subject}}. Fails with 40401 (no subject) or 40403 (no
   * such schema).
   */
  RegisteredSchema lookUp(String subject, String schemaType, String schema,
      List<SchemaReference> references, boolean normalize);

  /** {@link #lookUp(String, String, String, List, boolean)} of an Avro schema. */
  default RegisteredSchema lookUp(String subject, String schema,
      List<SchemaReference> references, boolean normalize) {
    return lookUp(subject, AVRO, schema, references, normalize);
  }

  /**
   * The schema with this id, with its schema type: {@code GET /schemas/ids/{id}}. Fails with 40403
   * if unknown.
   */
  RegisteredSchema schemaById(int id);

  /** The latest version of {@code subject}: {@code GET /subjects/{subject}/versions/latest}. */
  RegisteredSchema latestVersion(String subject);

  /** One version of {@code subject}: {@code GET /subjects/{subject}/versions/{version}}. */
  RegisteredSchema version(String subject, int version);

  /** {@code GET /subjects}. */
  List<String> subjects();

  /** {@code GET /subjects/{subject}/versions}. */
  List<Integer> versions(String subject);

  /**
   * Tests {@code schema}, of {@code schemaType}, against a version of {@code subject}
   * ({@code "latest"} or a number) under the subject's compatibility level:
   * {@code POST /compatibility/subjects/{subject}/versions/{v}}.
   */
  CompatibilityResult testCompatibility(String subject, String version, String schemaType,
      String schema, List<SchemaReference> references);

  /** {@link #testCompatibility(String, String, String, String, List)} of an Avro schema. */
  default CompatibilityResult testCompatibility(String subject, String version, String schema,
      List<SchemaReference> references) {
    return testCompatibility(subject, version, AVRO, schema, references);
  }

  /** The compatibility level in force for {@code subject}, or the global one for null. */
  String compatibility(String subject);

  /** Sets the compatibility level of {@code subject}, or the global one for null. */
  void setCompatibility(String subject, String level);

  /** Deletes a subject; returns the versions deleted. */
  List<Integer> deleteSubject(String subject, boolean permanent);

  /** Deletes one version of a subject; returns it. */
  int deleteVersion(String subject, int version, boolean permanent);

  /** Releases connections; idempotent. */
  @Override
  void close();
}
