package io.eventschema.json;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The JSON Schema serdes' own settings, next to the ones every format shares
 * ({@link io.eventschema.serde.SerdeConfig}, the {@link io.eventschema.codec.Limits} included). Keys and defaults are Confluent's where Confluent has
 * the setting.
 */
public final class JsonSchemaConfig extends AbstractConfig {
  /** Confluent's key: check each payload against the JSON Schema, when writing and reading. */
  public static final String FAIL_INVALID_SCHEMA = "json.fail.invalid.schema";

  /** Every key this class reads, with its default and documentation. */
  public static final ConfigDef DEFINITION = new ConfigDef()
      .define(FAIL_INVALID_SCHEMA, Type.BOOLEAN, false, Importance.MEDIUM,
          "Also check each payload against its JSON Schema with a JSON Schema validator"
              + " (com.networknt:json-schema-validator): the serializer against the event's"
              + " schema before sending, the deserializer against the writer's schema (by its"
              + " id) before reading. A payload that fails is rejected with the validator's"
              + " errors. Off by default, as in Confluent's serdes: the generated codec and"
              + " validator already check types and constraints.");

  public JsonSchemaConfig(Map<String, ?> props) {
    super(DEFINITION, props, false);
  }
}
