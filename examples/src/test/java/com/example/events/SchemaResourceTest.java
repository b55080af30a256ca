package com.example.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Field;
import org.junit.jupiter.api.Test;

/** The schema as a user's jar carries it. */
class SchemaResourceTest {
  static final String REFERENCE = """
      {"type": "record", "name": "UserInteractionEvent", "namespace": "com.example.events",
       "fields": [
         {"name": "user_id", "type": "long"},
         {"name": "interaction_type", "type": "string"},
         {"name": "target_item_id", "type": ["null", "string"], "default": null},
         {"name": "timestamp", "type": {"type": "long", "logicalType": "timestamp-micros"}},
         {"name": "session_id", "type": ["null", "string"], "default": null},
         {"name": "details", "type": ["null", {"type": "map", "values": "string"}], "default": null}
       ]}""";

  @Test
  void theJarCarriesTheReferenceSchema() throws Exception {
    String text;
    try (InputStream in = getClass().getClassLoader()
        .getResourceAsStream("META-INF/avro/com.example.events.UserInteractionEvent.avsc")) {
      assertThat(in).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Schema fromJar = new Schema.Parser().parse(text);
    Schema reference = new Schema.Parser().parse(REFERENCE);
    assertThat(fromJar).isEqualTo(reference);
    assertThat(fromJar.getFields()).extracting(Field::name).containsExactly("user_id",
        "interaction_type", "target_item_id", "timestamp", "session_id", "details");
    assertThat(UserInteractionEventCodec.SCHEMA).isEqualTo(reference);
    assertThat(UserInteractionEventCodec.INSTANCE.schemaText())
        .isEqualTo(reference.toString());
  }
}
