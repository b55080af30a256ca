package io.eventschema.benchmarks;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * What Confluent's KafkaJsonSchemaSerializer / Deserializer do per message, with Jackson databind
 * configured to write the same JSON as the generated codecs (snake_case names, java.time as
 * ISO-8601 strings, Optional, decimals as strings): {@code writeValueAsBytes} into a stream after
 * the magic byte and the id, and {@code readValue} of the bytes after the 5-byte header; with
 * {@code json.fail.invalid.schema}, {@code convertValue} to a JsonNode that is validated first
 * (write) or the payload read as a JsonNode, validated, then converted (read). The validator is
 * the one eventschema uses (networknt), so the comparison is of the rest.
 */
final class DatabindJson {
  static final ObjectMapper MAPPER = mapper();

  private final int schemaId;
  private final Schema schema;

  DatabindJson(int schemaId, String schemaText) throws IOException {
    this.schemaId = schemaId;
    this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(SchemaLocation.of("urn:benchmark"), MAPPER.readTree(schemaText));
  }

  static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new JavaTimeModule())
        .registerModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    m.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    return m;
  }

  byte[] write(Object value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(ByteBuffer.allocate(4).putInt(schemaId).array());
    out.write(MAPPER.writeValueAsBytes(value));
    return out.toByteArray();
  }

  byte[] writeValidated(Object value) throws IOException {
    JsonNode node = MAPPER.convertValue(value, JsonNode.class);
    check(node);
    return write(value);
  }

  <T> T read(byte[] framed, Class<T> type) throws IOException {
    ByteBuffer buffer = header(framed);
    return MAPPER.readValue(buffer.array(), 5, framed.length - 5, type);
  }

  <T> T readValidated(byte[] framed, Class<T> type) throws IOException {
    header(framed);
    JsonNode node = MAPPER.readValue(framed, 5, framed.length - 5, JsonNode.class);
    check(node);
    return MAPPER.convertValue(node, type);
  }

  private ByteBuffer header(byte[] framed) {
    ByteBuffer buffer = ByteBuffer.wrap(framed);
    if (buffer.get() != 0 || buffer.getInt() != schemaId) {
      throw new IllegalArgumentException("unexpected header");
    }
    return buffer;
  }

  private void check(JsonNode node) {
    List<Error> errors = schema.validate(node);
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(errors.toString());
    }
  }
}
