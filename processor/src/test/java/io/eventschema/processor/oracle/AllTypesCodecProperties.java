package io.eventschema.processor.oracle;

import io.eventschema.processor.ReferenceEventSources;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.RandomValues;
import io.eventschema.testing.Gen;
import io.eventschema.testing.SeededTest;
import java.io.IOException;
import java.util.function.Function;

/**
 * Avro is the oracle for the basic types: the reference event and a record using every one of
 * them, compiled by the processor in the test and loaded from memory.
 */
class AllTypesCodecProperties {
  private static final CompiledClasses REFERENCE =
      new CompiledClasses(Compile.succeeded(ReferenceEventSources.reference()));
  private static final CompiledClasses ALL_TYPES =
      new CompiledClasses(Compile.succeeded(ReferenceEventSources.allTypes()));

  private static final AvroOracle<Object> REFERENCE_ORACLE = new AvroOracle<>(AvroOracle.codec(
      REFERENCE.load("com.example.events.UserInteractionEventCodec")));
  private static final AvroOracle<Object> ALL_TYPES_ORACLE = new AvroOracle<>(AvroOracle.codec(
      ALL_TYPES.load("com.acme.types.AllTypesCodec")));

  private static final Function<Gen, Object> REFERENCE_EVENTS =
      RandomValues.of(REFERENCE_ORACLE.codec().type(), REFERENCE_ORACLE.codec().schema());
  private static final Function<Gen, Object> ALL_TYPES_VALUES =
      RandomValues.of(ALL_TYPES_ORACLE.codec().type(), ALL_TYPES_ORACLE.codec().schema());

  @SeededTest(tries = 500)
  void referenceEventMatchesAvro(long seed) throws IOException {
    OracleCheck.check(REFERENCE_ORACLE, REFERENCE_EVENTS.apply(new Gen(seed)));
  }

  @SeededTest(tries = 300)
  void everyBasicTypeMatchesAvro(long seed) throws IOException {
    OracleCheck.check(ALL_TYPES_ORACLE, ALL_TYPES_VALUES.apply(new Gen(seed)));
  }
}
