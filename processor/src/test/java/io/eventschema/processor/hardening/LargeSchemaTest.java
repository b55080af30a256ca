package io.eventschema.processor.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.apache.avro.Schema;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

/**
 * An event whose schema is several hundred KB (past the 64 KB a class file constant holds, with
 * non-ASCII text and characters outside the BMP in it) compiles, and its codec round-trips.
 */
class LargeSchemaTest {
  private static final int PARTS = 30;
  private static final int FIELDS = 20;

  /** Part {@code p}: {@code FIELDS} fields, each with a long doc, and the next part. */
  private static JavaFileObject part(int p) {
    List<String> lines = new ArrayList<>();
    lines.add("package com.acme.big;");
    lines.add("/**");
    lines.add(" * Part " + p + ".");
    String doc = ("Ein Feld mit einer langen Beschreibung, äöü ß € \uD83D\uDE80 (" + p + "). ")
        .repeat(9);
    for (int f = 0; f < FIELDS; f++) {
      lines.add(" * @param field" + f + " " + doc);
    }
    lines.add(" */");
    StringBuilder components = new StringBuilder();
    for (int f = 0; f < FIELDS; f++) {
      components.append(f % 2 == 0 ? "String" : "int").append(" field").append(f).append(", ");
    }
    components.append(p + 1 < PARTS ? "Part" + (p + 1) + " next" : "long last");
    lines.add("public record Part" + p + "(" + components + ") {}");
    return Compile.source("com.acme.big.Part" + p, lines.toArray(new String[0]));
  }

  private static final Compilation COMPILATION;
  private static final CompiledClasses CLASSES;

  static {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int p = 0; p < PARTS; p++) {
      sources.add(part(p));
    }
    sources.add(Compile.source("com.acme.big.BigEvent",
        "package com.acme.big;",
        "import io.eventschema.Event;",
        "@Event(namespace = \"com.acme.big\")",
        "public record BigEvent(String id, Part0 first) {}"));
    COMPILATION = Compile.succeeded(sources.toArray(new JavaFileObject[0]));
    CLASSES = new CompiledClasses(COMPILATION);
  }

  private static Object build(Class<?> type, int seed) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> t = components[i].getType();
      if (t == String.class) {
        args[i] = "s" + seed + "-" + i + " \u00e9\uD83D\uDE80";
      } else if (t == int.class) {
        args[i] = seed * 31 + i;
      } else if (t == long.class) {
        args[i] = (long) seed << 40;
      } else {
        args[i] = build(t, seed + 1);
      }
    }
    Constructor<?> c = type.getDeclaredConstructors()[0];
    return c.newInstance(args);
  }

  @Test
  void schemaOfSeveralHundredKilobytesCompilesAndRoundTrips() throws Exception {
    Class<?> codec = CLASSES.load("com.acme.big.BigEventCodec");
    String json = (String) codec.getField("SCHEMA_JSON").get(null);
    assertThat(json.length()).isGreaterThan(300_000);
    // the joined constant is the schema the processor wrote, character for character
    Schema written = new Schema.Parser().parse(
        Compile.schemaText(COMPILATION, "com.acme.big.BigEvent"));
    assertThat(new Schema.Parser().parse(json)).isEqualTo(written);
    assertThat(json).contains("\uD83D\uDE80");
    assertThat(Compile.generatedSource(COMPILATION, "com.acme.big.BigEventCodec"))
        .contains("String.join(\"\"");

    @SuppressWarnings("unchecked")
    Serializer<Object> producer = (Serializer<Object>) CLASSES.load(
        "com.acme.big.BigEventSerializer").getConstructor().newInstance();
    @SuppressWarnings("unchecked")
    Deserializer<Object> consumer = (Deserializer<Object>) CLASSES.load(
        "com.acme.big.BigEventDeserializer").getConstructor().newInstance();
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("schema.registry.url", "mock://large-schema");
    producer.configure(config, false);
    consumer.configure(config, false);
    Object event = build(CLASSES.load("com.acme.big.BigEvent"), 7);
    assertThat(consumer.deserialize("big", producer.serialize("big", event))).isEqualTo(event);
  }
}
