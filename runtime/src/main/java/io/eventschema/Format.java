package io.eventschema;

/**
 * A schema format an event can be written in, chosen per event with {@link Event#formats()}. Each
 * format has its own schema file, its own generated codec and its own Kafka serde classes; a topic
 * uses one of them.
 *
 * <ul>
 *   <li>{@link #AVRO}: {@code META-INF/avro/<namespace>.<Name>.avsc}; {@code <Record>Serializer},
 *       {@code <Record>Deserializer}, {@code <Record>Serde}; registered with schema type
 *       {@code AVRO}. The default.
 *   <li>{@link #JSON_SCHEMA}: {@code META-INF/json-schema/<namespace>.<Name>.schema.json};
 *       {@code <Record>JsonSchemaSerializer}, {@code <Record>JsonSchemaDeserializer},
 *       {@code <Record>JsonSchemaSerde}; registered with schema type {@code JSON}. Needs the
 *       {@code eventschema-json-schema} module on the class path.
 *   <li>{@link #PROTOBUF}: {@code META-INF/protobuf/<namespace as path>/<Name>.proto} (proto3);
 *       {@code <Record>ProtobufSerializer}, {@code <Record>ProtobufDeserializer},
 *       {@code <Record>ProtobufSerde}; registered with schema type {@code PROTOBUF}. Needs the
 *       {@code eventschema-protobuf} module on the class path. Field numbers: {@link ProtoField}.
 * </ul>
 */
public enum Format {
  AVRO("AVRO"),
  JSON_SCHEMA("JSON"),
  PROTOBUF("PROTOBUF");

  private final String schemaType;

  Format(String schemaType) {
    this.schemaType = schemaType;
  }

  /** The schema type the registry knows this format by (Confluent's {@code schemaType}). */
  public String schemaType() {
    return schemaType;
  }
}
