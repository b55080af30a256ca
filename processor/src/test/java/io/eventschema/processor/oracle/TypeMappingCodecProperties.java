package io.eventschema.processor.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.processor.ShopSources;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.RandomValues;
import io.eventschema.testing.Gen;
import io.eventschema.testing.SeededTest;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

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

  private static Function<Gen, Object> values(AvroOracle<Object> oracle) {
    return RandomValues.of(oracle.codec().type(), oracle.codec().schema());
  }

  private static final Function<Gen, Object> SCALAR_VALUES = values(SCALARS);
  private static final Function<Gen, Object> CONTAINER_VALUES = values(CONTAINERS);
  private static final Function<Gen, Object> TIME_VALUES = values(TIMES);
  private static final Function<Gen, Object> STRUCTURE_VALUES = values(STRUCTURES);
  private static final Function<Gen, Object> SHAPED_VALUES = values(SHAPED);
  private static final Function<Gen, Object> ORDER_VALUES =
      RandomValues.ofUnion(ORDERS.codec().type(), ORDERS.codec().schema());

  @SeededTest(tries = 300)
  void numbersCharsTextBytesFixedUuidDecimals(long seed) throws IOException {
    Object value = SCALAR_VALUES.apply(new Gen(seed));
    OracleCheck.check(SCALARS, value);
  }

  @SeededTest(tries = 300)
  void listsSetsCollectionsArraysMaps(long seed) throws IOException {
    Object value = CONTAINER_VALUES.apply(new Gen(seed));
    OracleCheck.check(CONTAINERS, value);
  }

  @SeededTest(tries = 300)
  void timeAtEveryPrecision(long seed) throws IOException {
    Object value = TIME_VALUES.apply(new Gen(seed));
    OracleCheck.check(TIMES, value);
  }

  @SeededTest(tries = 300)
  void sealedUnionsAndRecursiveRecords(long seed) throws IOException {
    Object value = STRUCTURE_VALUES.apply(new Gen(seed));
    OracleCheck.check(STRUCTURES, value);
  }

  @SeededTest(tries = 300)
  void defaultsFirstAliasesDocsProps(long seed) throws IOException {
    Object value = SHAPED_VALUES.apply(new Gen(seed));
    OracleCheck.check(SHAPED, value);
  }

  @SeededTest(tries = 300)
  void sealedEventIsAUnionAtTheRoot(long seed) throws IOException {
    Object value = ORDER_VALUES.apply(new Gen(seed));
    OracleCheck.check(ORDERS, value);
  }

  /**
   * Writing drops what the precision does not hold exactly as Avro's conversions do (towards the
   * past for instants before 1970): the bytes for instants, local date-times and times of day of
   * any precision equal Avro's. Reading back is not the same value, by design.
   */
  @SeededTest(tries = 500)
  void truncationMatchesAvrosConversions(long seed) throws Exception {
    Gen gen = new Gen(seed);
    Instant a = anyInstant(gen);
    Instant b = anyInstant(gen);
    Instant c = anyInstant(gen);
    LocalTime t1 = anyTime(gen);
    LocalTime t2 = anyTime(gen);
    Object value = timesWith(a, b, c, t1, t2);
    assertThat(TIMES.codecBytes(value)).isEqualTo(TIMES.avroBytes(value));
  }

  private static Instant anyInstant(Gen gen) {
    // the range a long of nanoseconds holds, so timestamp-nanos can write every one
    return RandomValues.anyInstant(gen, -9_223_372_036L, 9_223_372_035L);
  }

  private static LocalTime anyTime(Gen gen) {
    return LocalTime.ofNanoOfDay(gen.longs(0, 86_399_999_999_999L));
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
