package io.eventschema.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventschema.codec.Limits;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventFormat;
import io.eventschema.serde.SerdeConfig;
import io.eventschema.wire.WireFormat;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/**
 * JSON Schema as an {@link EventFormat}: UTF-8 JSON written and read by the generated
 * {@link JsonEventCodec}, registered with schema type {@code JSON}. JSON is read by property name,
 * so one reader serves every writer schema (an older or newer writer's extra properties are
 * skipped, its missing optional ones defaulted by the codec); with {@code json.fail.invalid.schema}
 * each payload is also checked against the schema with a JSON Schema validator.
 */
final class JsonSchemaFormat<T> implements EventFormat<T> {
  private static final int MAX_RETAINED_BUFFER = 1 << 20;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonEventCodec<T> codec;
  private final ThreadLocal<JsonOutput> output = ThreadLocal.withInitial(JsonOutput::new);
  private volatile Settings settings = new Settings(false, Limits.DEFAULT);
  private volatile PayloadValidation ownValidation;

  /** What configure(...) decided, with the per-thread readers that follow from it. */
  private static final class Settings {
    final boolean validatePayloads;
    final ThreadLocal<JsonReader> readers;

    Settings(boolean validatePayloads, Limits limits) {
      this.validatePayloads = validatePayloads;
      this.readers = ThreadLocal.withInitial(() -> new JsonReader(limits));
    }
  }

  JsonSchemaFormat(JsonEventCodec<T> codec) {
    this.codec = codec;
  }

  JsonEventCodec<T> codec() {
    return codec;
  }

  @Override
  public Class<T> type() {
    return codec.type();
  }

  @Override
  public String fullName() {
    return codec.fullName();
  }

  @Override
  public String schemaType() {
    return SchemaRegistryClient.JSON;
  }

  @Override
  public String schemaText() {
    return codec.schemaText();
  }

  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Settings s = new Settings(new JsonSchemaConfig(configs)
        .getBoolean(JsonSchemaConfig.FAIL_INVALID_SCHEMA), new SerdeConfig(configs).limits());
    if (s.validatePayloads && ownValidation == null) {
      try {
        ownValidation = PayloadValidation.of(codec.schemaText());
      } catch (LinkageError e) {
        throw new ConfigException(JsonSchemaConfig.FAIL_INVALID_SCHEMA + "=true needs"
            + " com.networknt:json-schema-validator on the class path (" + e + ")");
      }
    }
    settings = s;
  }

  @Override
  public String layoutDifference(RegisteredSchema registered) {
    JsonNode theirs;
    try {
      theirs = MAPPER.readTree(registered.schema());
    } catch (IOException e) {
      return "is not valid JSON (" + e.getMessage() + ")";
    }
    try {
      if (theirs == null || !theirs.equals(MAPPER.readTree(codec.schemaText()))) {
        return "is not the same JSON Schema as " + codec.fullName() + "'s";
      }
    } catch (IOException e) {
      throw new IllegalStateException("the generated JSON Schema of " + codec.fullName()
          + " is not JSON", e);
    }
    return null;
  }

  @Override
  public byte[] encode(T value, int schemaId, boolean prefix) throws IOException {
    JsonOutput out = output.get();
    byte[] bytes;
    try {
      out.reset();
      if (prefix) {
        out.header(schemaId);
      }
      codec.write(value, out);
      bytes = out.toByteArray();
    } finally {
      out.trim(MAX_RETAINED_BUFFER);
    }
    if (settings.validatePayloads) {
      int start = prefix ? WireFormat.HEADER_SIZE : 0;
      List<String> errors = ownValidation.errors(bytes, start, bytes.length - start);
      if (!errors.isEmpty()) {
        throw new IllegalArgumentException("the JSON does not validate against "
            + codec.fullName() + "'s JSON Schema (json.fail.invalid.schema=true): "
            + String.join("; ", errors));
      }
    }
    return bytes;
  }

  @Override
  public Reader<T> readerFor(RegisteredSchema writer) {
    Settings s = settings;
    PayloadValidation validation = null;
    if (s.validatePayloads) {
      validation = PayloadValidation.of(writer.schema());
    } else {
      try {
        JsonNode node = MAPPER.readTree(writer.schema());
        if (node == null || !(node.isObject() || node.isBoolean())) {
          throw new IllegalArgumentException("the registry's schema for this id is not a JSON"
              + " Schema (not a JSON object)");
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("the registry's schema for this id is not valid"
            + " JSON: " + e.getMessage(), e);
      }
    }
    return new PropertyNameReader<>(codec, s, validation);
  }

  /** Reads any writer's JSON by property name; optionally validates it first. */
  private static final class PropertyNameReader<T> implements Reader<T> {
    private final JsonEventCodec<T> codec;
    private final Settings settings;
    private final PayloadValidation validation;

    PropertyNameReader(JsonEventCodec<T> codec, Settings settings, PayloadValidation validation) {
      this.codec = codec;
      this.settings = settings;
      this.validation = validation;
    }

    @Override
    public T read(byte[] data, int offset, int length) throws IOException {
      if (validation != null) {
        List<String> errors;
        try {
          errors = validation.errors(data, offset, length);
        } catch (IOException e) {
          throw new JsonDataException("$", "malformed JSON: " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
          throw new MalformedPayloadException("the JSON does not validate against the writer's"
              + " JSON Schema (json.fail.invalid.schema=true): " + String.join("; ", errors));
        }
      }
      return settings.readers.get().readEvent(codec, data, offset, length);
    }

    @Override
    public String kind() {
      return validation == null ? "by property name" : "by property name, validated";
    }
  }
}
