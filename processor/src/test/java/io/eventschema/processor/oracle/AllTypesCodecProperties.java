package io.eventschema.processor.oracle;

import io.eventschema.processor.ReferenceEventSources;
import io.eventschema.processor.testing.AvroOracle;
import io.eventschema.processor.testing.Compile;
import io.eventschema.processor.testing.CompiledClasses;
import io.eventschema.processor.testing.RandomValues;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

  @Provide
  Arbitrary<Object> referenceEvents() {
    return RandomValues.of(REFERENCE_ORACLE.codec().type(), REFERENCE_ORACLE.codec().schema());
  }

  @Provide
  Arbitrary<Object> allTypes() {
    return RandomValues.of(ALL_TYPES_ORACLE.codec().type(), ALL_TYPES_ORACLE.codec().schema());
  }

  @Property(tries = 500)
  void referenceEventMatchesAvro(@ForAll("referenceEvents") Object event) throws IOException {
    OracleCheck.check(REFERENCE_ORACLE, event);
  }

  @Property(tries = 300)
  void everyBasicTypeMatchesAvro(@ForAll("allTypes") Object value) throws IOException {
    OracleCheck.check(ALL_TYPES_ORACLE, value);
  }
}
