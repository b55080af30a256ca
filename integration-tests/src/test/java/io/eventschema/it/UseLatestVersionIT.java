package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.serde.EventSerializationException;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Users register schemas in CI, not at run time: with auto.register.schemas=false and
 * use.latest.version=true the serializer must accept the registered text even when it differs
 * from the generated one only in formatting, and refuse one with another binary layout.
 */
@ExtendWith(ApicurioRegistry.class)
class UseLatestVersionIT {
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** The generated schema's JSON, pretty-printed with every object's keys in reverse order. */
  static String reformatted(String schema) throws Exception {
    return JSON.writeValueAsString(reverseKeys(JSON.readTree(schema)));
  }

  static JsonNode reverseKeys(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JSON.createObjectNode();
      List<String> names = new java.util.ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      java.util.Collections.reverse(names);
      for (String n : names) {
        out.set(n, reverseKeys(node.get(n)));
      }
      return out;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode out = JSON.createArrayNode();
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        out.add(reverseKeys(it.next()));
      }
      return out;
    }
    return node;
  }

  @Test
  void serializesAgainstARegisteredSchemaThatDiffersOnlyInFormatting(ApicurioRegistry registry)
      throws Exception {
    String topic = "ci-registered-" + System.nanoTime();
    String subject = topic + "-value";
    String generated = ParcelShippedCodec.INSTANCE.schema().toString();
    String registeredText = reformatted(generated);
    assertThat(registeredText).isNotEqualTo(generated);
    Map<String, Object> props = Map.of("schema.registry.url", registry.ccompatUrl(),
        "auto.register.schemas", false, "use.latest.version", true);
    try (SchemaRegistryClient admin = RegistryClientConfig.createClient(
        RegistryClientConfig.parse(props));
        ParcelShippedSerializer serializer = new ParcelShippedSerializer();
        ParcelShippedDeserializer deserializer = new ParcelShippedDeserializer()) {
      int id = admin.register(subject, registeredText);
      serializer.configure(props, false);
      deserializer.configure(props, false);
      ParcelShipped event = new ParcelShipped("p-1", 1234L, 3);
      byte[] bytes = serializer.serialize(topic, event);
      assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
      assertThat(deserializer.deserialize(topic, bytes)).isEqualTo(event);
      assertThat(admin.versions(subject)).containsExactly(1);
    }
  }

  @Test
  void refusesALatestVersionWithAnotherLayout(ApicurioRegistry registry) {
    String topic = "ci-other-" + System.nanoTime();
    String other = "{\"type\":\"record\",\"name\":\"ParcelShipped\",\"namespace\":"
        + "\"io.eventschema.it\",\"fields\":[{\"name\":\"parcelId\",\"type\":\"string\"},"
        + "{\"name\":\"items\",\"type\":\"int\"},{\"name\":\"weightGrams\",\"type\":\"long\"}]}";
    Map<String, Object> props = Map.of("schema.registry.url", registry.ccompatUrl(),
        "auto.register.schemas", false, "use.latest.version", true);
    try (SchemaRegistryClient admin = RegistryClientConfig.createClient(
        RegistryClientConfig.parse(props));
        ParcelShippedSerializer serializer = new ParcelShippedSerializer()) {
      admin.register(topic + "-value", other);
      serializer.configure(props, false);
      EventSerializationException e = catchThrowableOfType(EventSerializationException.class,
          () -> serializer.serialize(topic, new ParcelShipped("p", 1L, 1)));
      assertThat(e).hasMessageContaining("same binary layout");
      assertThat(admin.versions(topic + "-value")).containsExactly(1);
    }
  }
}
