package io.eventschema.processor.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.processor.ShopSources;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.RandomValues;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Avro is the oracle for the type mapping: every fixture event (scalars, containers, time,
 * sealed unions and recursion, schema shaping, and a sealed event) round-trips byte for byte
 * against GenericDatumWriter, through our encoder and decoder and Avro's.
 */
class TypeMappingCodecProperties {
  private static final CompiledClasses CLASSES =
      new CompiledClasses(Compile.succeeded(ShopSources.all()));

  private static AvroOracle<Object> oracle(String codec) {
    return new AvroOracle<>(AvroOracle.codec(CLASSES.load(codec)));
  }

  private static final AvroOracle<Object> SCALARS = oracle("com.acme.shop.ScalarsCodec");
  private static final AvroOracle<Object> CONTAINERS = oracle("com.acme.shop.ContainersCodec");
  private static final AvroOracle<Object> TIMES = oracle("com.acme.shop.TimesCodec");
  private static final AvroOracle<Object> STRUCTURES = oracle("com.acme.shop.StructuresCodec");
  private static final AvroOracle<Object> SHAPED = oracle("com.acme.shop.ShapedCodec");
  private static final AvroOracle<Object> ORDERS = oracle("com.acme.shop.OrderEventCodec");

  private static Arbitrary<Object> values(AvroOracle<Object> oracle) {
    return RandomValues.of(oracle.codec().type(), oracle.codec().schema());
  }

  @Provide
  Arbitrary<Object> scalars() {
    return values(SCALARS);
  }

  @Provide
  Arbitrary<Object> containers() {
    return values(CONTAINERS);
  }

  @Provide
  Arbitrary<Object> times() {
    return values(TIMES);
  }

  @Provide
  Arbitrary<Object> structures() {
    return values(STRUCTURES);
  }

  @Provide
  Arbitrary<Object> shaped() {
    return values(SHAPED);
  }

  /** One of the three order events: the event's own schema is the union. */
  @Provide
  Arbitrary<Object> orders() {
    return RandomValues.ofUnion(ORDERS.codec().type(), ORDERS.codec().schema());
  }

  @Property(tries = 300)
  void numbersCharsTextBytesFixedUuidDecimals(@ForAll("scalars") Object value)
      throws IOException {
    OracleCheck.check(SCALARS, value);
  }

  @Property(tries = 300)
  void listsSetsCollectionsArraysMaps(@ForAll("containers") Object value) throws IOException {
    OracleCheck.check(CONTAINERS, value);
  }

  @Property(tries = 300)
  void timeAtEveryPrecision(@ForAll("times") Object value) throws IOException {
    OracleCheck.check(TIMES, value);
  }

  @Property(tries = 300)
  void sealedUnionsAndRecursiveRecords(@ForAll("structures") Object value) throws IOException {
    OracleCheck.check(STRUCTURES, value);
  }

  @Property(tries = 300)
  void defaultsFirstAliasesDocsProps(@ForAll("shaped") Object value) throws IOException {
    OracleCheck.check(SHAPED, value);
  }

  @Property(tries = 300)
  void sealedEventIsAUnionAtTheRoot(@ForAll("orders") Object value) throws IOException {
    OracleCheck.check(ORDERS, value);
  }

  /**
   * Writing drops what the precision does not hold exactly as Avro's conversions do (towards the
   * past for instants before 1970): the bytes for instants, local date-times and times of day of
   * any precision equal Avro's. Reading back is not the same value, by design.
   */
  @Property(tries = 500)
  void truncationMatchesAvrosConversions(
      @ForAll("anyInstants") Instant a, @ForAll("anyInstants") Instant b,
      @ForAll("anyInstants") Instant c, @ForAll("anyTimes") LocalTime t1,
      @ForAll("anyTimes") LocalTime t2) throws Exception {
    Object value = timesWith(a, b, c, t1, t2);
    assertThat(TIMES.codecBytes(value)).isEqualTo(TIMES.avroBytes(value));
  }

  @Provide
  Arbitrary<Instant> anyInstants() {
    // the range a long of nanoseconds holds, so timestamp-nanos can write every one
    return RandomValues.anyInstants(-9_223_372_036L, 9_223_372_035L);
  }

  @Provide
  Arbitrary<LocalTime> anyTimes() {
    return Arbitraries.longs().between(0, 86_399_999_999_999L).map(LocalTime::ofNanoOfDay);
  }

  /** A Times event whose instants, date-times and times carry every digit. */
  private static Object timesWith(Instant a, Instant b, Instant c, LocalTime t1, LocalTime t2)
      throws ReflectiveOperationException {
    Class<?> type = TIMES.codec().type();
    Class<?> slot = CLASSES.load("com.acme.shop.Times$Slot");
    Object slotValue = slot.getDeclaredConstructors()[0].newInstance(a, t1);
    Object[] args = {a, b, c, LocalDateTime.ofInstant(a, ZoneOffset.UTC),
        LocalDateTime.ofInstant(b, ZoneOffset.UTC), LocalDateTime.ofInstant(c, ZoneOffset.UTC),
        java.time.LocalDate.ofEpochDay(a.getEpochSecond() / 86_400), t1, t2,
        new ArrayList<>(List.of(a, b, c)), java.util.Optional.empty(), slotValue};
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    return type.getDeclaredConstructor(types).newInstance(args);
  }
}
