package io.eventschema.benchmarks;

import io.eventschema.benchmarks.events.OrderPlaced;
import io.eventschema.benchmarks.events.OrderPlacedCodec;
import io.eventschema.benchmarks.events.OrderPlacedDeserializer;
import io.eventschema.benchmarks.events.OrderPlacedSerializer;
import io.eventschema.benchmarks.events.OrderPlacedValidator;
import io.eventschema.benchmarks.reflect.Pojos;
import io.eventschema.validation.BeanValidation;
import io.eventschema.validation.EventValidator;
import io.eventschema.validation.Violation;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.reflect.ReflectData;
import org.apache.avro.reflect.ReflectDatumReader;
import org.apache.avro.reflect.ReflectDatumWriter;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The larger event ({@code OrderPlaced}: nested records, an array of records, a map, unions, an enum,
 * a timestamp) through every path. Serializers return a new framed {@code byte[]}, as a Kafka
 * serializer must; deserializers read one. Validation is measured on its own ({@code validate_*}); the serialize and deserialize
 * benchmarks have it switched off, except {@code serialize_eventschemaValidating} (the default
 * configuration).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class OrderPlacedBenchmark {
  static final String TOPIC = "orders";
  static final String REGISTRY = "mock://benchmarks";

  OrderPlaced event;
  OrderPlacedSerializer serializer;
  OrderPlacedSerializer validatingSerializer;
  OrderPlacedDeserializer deserializer;
  int schemaId;
  int evolvedId;
  /** The event as eventschema writes it (the other paths write the same bytes: see the tests). */
  byte[] bytes;
  /** The event as a newer producer writes it: one extra field, another schema id. */
  byte[] evolvedBytes;

  HandWritten handWritten;
  DatumPath avro;
  SpecificDatumWriter<com.example.orders.OrderPlaced> specificWriter;
  SpecificDatumReader<com.example.orders.OrderPlaced> specificReader;
  SpecificDatumReader<com.example.orders.OrderPlaced> specificEvolvedReader;
  GenericCopy genericCopy;
  GenericDatumWriter<GenericRecord> genericWriter;
  GenericDatumReader<GenericRecord> genericReader;
  GenericDatumReader<GenericRecord> genericEvolvedReader;
  io.eventschema.benchmarks.reflect.OrderPlaced pojo;
  ReflectDatumWriter<io.eventschema.benchmarks.reflect.OrderPlaced> reflectWriter;
  ReflectDatumReader<io.eventschema.benchmarks.reflect.OrderPlaced> reflectReader;
  EventValidator<OrderPlaced> hibernate;
  EventValidator<OrderPlaced> eventschemaValidator;

  @Setup
  public void setUp() throws IOException {
    Serdes.trustAvroClasses();
    event = Fixtures.order();
    Schema schema = OrderPlacedCodec.INSTANCE.schema();
    serializer = new OrderPlacedSerializer();
    serializer.configure(Serdes.config(REGISTRY, false), false);
    validatingSerializer = new OrderPlacedSerializer();
    validatingSerializer.configure(Serdes.config(REGISTRY, true), false);
    deserializer = new OrderPlacedDeserializer();
    deserializer.configure(Serdes.config(REGISTRY, false), false);
    bytes = serializer.serialize(TOPIC, event);
    schemaId = Serdes.schemaId(bytes);

    handWritten = new HandWritten(schemaId);
    avro = new DatumPath();
    Schema specificSchema = com.example.orders.OrderPlaced.getClassSchema();
    Serdes.requireSame(schema, specificSchema);
    specificWriter = new SpecificDatumWriter<>(specificSchema);
    specificReader = new SpecificDatumReader<>(specificSchema);
    genericCopy = new GenericCopy(schema);
    genericWriter = new GenericDatumWriter<>(schema);
    genericReader = new GenericDatumReader<>(schema);
    ReflectData reflectData = Pojos.data();
    Schema reflectSchema = Pojos.renamed(schema);
    pojo = Pojos.of(event);
    reflectWriter = new ReflectDatumWriter<>(reflectSchema, reflectData);
    reflectReader = new ReflectDatumReader<>(reflectSchema, reflectSchema, reflectData);

    Schema evolved = Evolution.withExtraField(schema);
    evolvedId = Serdes.registerEvolved(REGISTRY, TOPIC, evolved);
    evolvedBytes = avro.write(new GenericDatumWriter<>(evolved),
        Evolution.evolve(genericCopy.toGeneric(event), evolved), evolvedId);
    specificEvolvedReader = new SpecificDatumReader<>(evolved, specificSchema);
    genericEvolvedReader = new GenericDatumReader<>(evolved, schema);

    hibernate = BeanValidation.shared();
    eventschemaValidator = OrderPlacedValidator.INSTANCE;
  }

  @TearDown
  public void tearDown() {
    serializer.close();
    validatingSerializer.close();
    deserializer.close();
  }

  // ------------------------------------------------------------------ serialize

  @Benchmark
  public byte[] serialize_eventschema() {
    return serializer.serialize(TOPIC, event);
  }

  @Benchmark
  public byte[] serialize_eventschemaValidating() {
    return validatingSerializer.serialize(TOPIC, event);
  }

  @Benchmark
  public byte[] serialize_handwritten() throws IOException {
    return handWritten.write(event);
  }

  @Benchmark
  public byte[] serialize_specific() throws IOException {
    return avro.write(specificWriter, SpecificCopy.toSpecific(event), schemaId);
  }

  @Benchmark
  public byte[] serialize_generic() throws IOException {
    return avro.write(genericWriter, genericCopy.toGeneric(event), schemaId);
  }

  @Benchmark
  public byte[] serialize_reflect() throws IOException {
    return avro.write(reflectWriter, pojo, schemaId);
  }

  // ------------------------------------------------------------------ deserialize

  @Benchmark
  public OrderPlaced deserialize_eventschema() {
    return deserializer.deserialize(TOPIC, bytes);
  }

  @Benchmark
  public OrderPlaced deserialize_handwritten() throws IOException {
    return handWritten.readOrder(bytes);
  }

  @Benchmark
  public OrderPlaced deserialize_specific() throws IOException {
    return SpecificCopy.fromSpecific(avro.read(specificReader, bytes, schemaId));
  }

  @Benchmark
  public OrderPlaced deserialize_generic() throws IOException {
    return genericCopy.order(avro.read(genericReader, bytes, schemaId));
  }

  @Benchmark
  public io.eventschema.benchmarks.reflect.OrderPlaced deserialize_reflect()
      throws IOException {
    return avro.read(reflectReader, bytes, schemaId);
  }

  // ------------------------------------------------------------------ newer writer

  @Benchmark
  public OrderPlaced evolved_eventschema() {
    return deserializer.deserialize(TOPIC, evolvedBytes);
  }

  @Benchmark
  public OrderPlaced evolved_specific() throws IOException {
    return SpecificCopy.fromSpecific(avro.read(specificEvolvedReader, evolvedBytes, evolvedId));
  }

  @Benchmark
  public OrderPlaced evolved_generic() throws IOException {
    return genericCopy.order(avro.read(genericEvolvedReader, evolvedBytes, evolvedId));
  }

  // ------------------------------------------------------------------ validation

  @Benchmark
  public List<Violation> validate_hibernate() {
    return hibernate.validate(event);
  }

  @Benchmark
  public List<Violation> validate_eventschema() {
    return eventschemaValidator.validate(event);
  }
}
