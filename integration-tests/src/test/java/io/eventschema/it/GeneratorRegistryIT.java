package io.eventschema.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.generator.GenerationResult;
import io.eventschema.generator.Generator;
import io.eventschema.generator.SubjectRef;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator against a real registry: a schema registered by hand (as another team's service
 * would), generated from its subject, compiled with the processor here, and an event written by
 * Avro's generic writer in Confluent framing read back by the generated deserializer.
 */
@ExtendWith(ApicurioRegistry.class)
class GeneratorRegistryIT {
  private static final String SCHEMA = """
      {"type": "record", "name": "ShipmentScanned", "namespace": "com.acme.logistics",
       "doc": "A parcel passed a scanner.",
       "fields": [
         {"name": "parcel_id", "type": "string"},
         {"name": "scanned_at", "type": {"type": "long", "logicalType": "timestamp-millis"}},
         {"name": "location", "type": ["null", "string"], "default": null},
         {"name": "weight_grams", "type": "int", "default": 0},
         {"name": "status", "type": {"type": "enum", "name": "ScanStatus",
           "symbols": ["IN_TRANSIT", "DELIVERED", "UNKNOWN"], "default": "UNKNOWN"}},
         {"name": "tags", "type": {"type": "map", "values": "string"}, "default": {}}
       ]}""";

  @TempDir
  Path dir;

  @Test
  void aSubjectRegisteredByHandGeneratesAnEventThatReadsAvroWrittenMessages(
      ApicurioRegistry registry) throws Exception {
    String url = registry.ccompatUrl();
    String subject = "shipments-" + System.nanoTime() + "-value";
    int id;
    try (SchemaRegistryClient client = RegistryClientConfig.createClient(
        RegistryClientConfig.parse(Map.of("schema.registry.url", url)))) {
      id = client.register(subject, new Schema.Parser().parse(SCHEMA).toString());
    }

    Path sources = dir.resolve("generated");
    GenerationResult result = Generator.builder()
        .registryConfig(Map.of("schema.registry.url", url)).build()
        .generateFromRegistry(List.of(SubjectRef.latest(subject)), sources);
    assertThat(result.errors()).isEmpty();
    assertThat(result.events()).singleElement().satisfies(e ->
        assertThat(e.className()).isEqualTo("com.acme.logistics.ShipmentScanned"));
    String record = Files.readString(sources.resolve("com/acme/logistics/ShipmentScanned.java"));
    assertThat(record).contains("subject '" + subject + "' version 1")
        .contains("@Event(fieldNaming = FieldNaming.SNAKE_CASE)");

    Path classes = compileWithProcessor(sources);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Schema registered = new Schema.Parser().parse(SCHEMA);
      Schema generated = new Schema.Parser().parse(Files.readString(
          classes.resolve("META-INF/avro/com.acme.logistics.ShipmentScanned.avsc")));
      assertThat(generated).isEqualTo(registered);

      GenericRecord event = new GenericData.Record(registered);
      event.put("parcel_id", "P-1234");
      event.put("scanned_at", 1_764_590_400_123L);
      event.put("location", "Rotterdam");
      event.put("weight_grams", 1250);
      event.put("status", new GenericData.EnumSymbol(registered.getField("status").schema(),
          "DELIVERED"));
      event.put("tags", Map.of("route", "NL-DE"));
      byte[] message = confluentFramed(id, registered, event);

      @SuppressWarnings("unchecked")
      Deserializer<Object> deserializer = (Deserializer<Object>) loader
          .loadClass("com.acme.logistics.ShipmentScannedDeserializer")
          .getConstructor().newInstance();
      deserializer.configure(Map.of("schema.registry.url", url), false);
      Object read = deserializer.deserialize(subject.substring(0, subject.length() - 6),
          message);
      deserializer.close();

      Map<String, Object> values = components(read);
      assertThat(values).containsEntry("parcelId", "P-1234")
          .containsEntry("scannedAt", Instant.ofEpochMilli(1_764_590_400_123L))
          .containsEntry("location", "Rotterdam")
          .containsEntry("weightGrams", 1250)
          .containsEntry("tags", Map.of("route", "NL-DE"));
      assertThat(values.get("status").toString()).isEqualTo("DELIVERED");
    }
  }

  @Test
  void schemaReferencesAreFetchedAndResolved(ApicurioRegistry registry) throws Exception {
    String url = registry.ccompatUrl();
    String money = """
        {"type": "record", "name": "Money", "namespace": "com.acme.common",
         "fields": [{"name": "cents", "type": "long"}, {"name": "currency", "type": "string"}]}""";
    String order = """
        {"type": "record", "name": "OrderPaid", "namespace": "com.acme.orders",
         "fields": [{"name": "order_id", "type": "string"},
                    {"name": "total", "type": "com.acme.common.Money"}]}""";
    String moneySubject = "money-" + System.nanoTime();
    String orderSubject = "orders-" + System.nanoTime() + "-value";
    try (SchemaRegistryClient client = RegistryClientConfig.createClient(
        RegistryClientConfig.parse(Map.of("schema.registry.url", url)))) {
      client.register(moneySubject, money);
      client.register(orderSubject, order, List.of(new io.eventschema.registry.SchemaReference(
          "com.acme.common.Money", moneySubject, 1)), false);
    }
    Path sources = dir.resolve("generated");
    GenerationResult result = Generator.builder()
        .registryConfig(Map.of("schema.registry.url", url)).build()
        .generateFromRegistry(List.of(SubjectRef.latest(orderSubject)), sources);
    assertThat(result.errors()).isEmpty();
    assertThat(result.sources()).extracting(s -> s.className())
        .containsExactly("com.acme.common.Money", "com.acme.orders.OrderPaid");
    Path classes = compileWithProcessor(sources);
    Schema.Parser parser = new Schema.Parser();
    parser.parse(money);
    assertThat(new Schema.Parser().parse(Files.readString(
        classes.resolve("META-INF/avro/com.acme.orders.OrderPaid.avsc"))))
        .isEqualTo(parser.parse(order));
  }

  private static byte[] confluentFramed(int id, Schema schema, GenericRecord event)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0);
    out.write(ByteBuffer.allocate(4).putInt(id).array());
    BinaryEncoder enc = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(event, enc);
    enc.flush();
    return out.toByteArray();
  }

  /** javac with the eventschema processor, on this test's class path, as a user's build. */
  private Path compileWithProcessor(Path sources) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", classes.toString(),
        "-classpath", System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")),
        "-processor", "io.eventschema.processor.EventProcessor"));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int code = javac.run(null, errors, errors, args.toArray(new String[0]));
    assertThat(code).as(errors.toString()).isZero();
    return classes;
  }

  private static Map<String, Object> components(Object record) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      out.put(c.getName(), c.getAccessor().invoke(record));
    }
    return out;
  }
}
