package io.eventschema.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.EventCodec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.DecoderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The defining property of the generator: for random schemas inside the expressible set,
 * generate records → compile them with the processor → the {@code .avsc} the processor writes is
 * the input ({@code Schema.equals}, docs, aliases, enum defaults, Parsing Canonical Form), and
 * data written by Avro's {@code GenericDatumWriter} with the input schema reads through the
 * generated codec to values equal field by field, which the codec writes back to the same bytes.
 *
 * <p>Seeded ({@code -Dgenerator.seed=...}); each failure names the schema's own seed. Schemas are
 * compiled {@value #BATCH} per javac run.
 */
class GeneratedRecordsRoundTripProperties {
  private static final long SEED = Long.getLong("generator.seed", 20261201L);
  private static final int SCHEMAS = Integer.getInteger("generator.schemas", 1000);
  static final int BATCH = 125;
  private static final int VALUES_PER_SCHEMA = 4;
  /** An @AvroTypeProp or @AvroLogicalType (and maybe more annotations) right before Void. */
  private static final java.util.regex.Pattern VOID_WITH_PROPS = java.util.regex.Pattern.compile(
      "@Avro(?:TypeProp|LogicalType)\\((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^()\"])*\\)\\s+"
          + "(?:@\\w+\\((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^()\"])*\\)\\s+)*Void\\b");

  private record Case(long seed, String json, Schema input, GeneratedEvent event, String text) {}

  static Stream<Integer> batches() {
    return IntStream.range(0, (SCHEMAS + BATCH - 1) / BATCH).boxed();
  }

  @ParameterizedTest(name = "schemas {0}")
  @MethodSource("batches")
  void generatedRecordsGiveBackTheSchemaAndReadAvrosBytes(int batch) throws Exception {
    long start = System.nanoTime();
    List<Case> cases = new ArrayList<>();
    List<GeneratedSource> sources = new ArrayList<>();
    for (int i = batch * BATCH; i < Math.min(SCHEMAS, (batch + 1) * BATCH); i++) {
      long seed = SEED * 1_000_003L + i;
      String json = new ExpressibleSchemas(seed, "gen.s" + i).schema();
      Schema input = new Schema.Parser().parse(json);
      Generator.Builder builder = Generator.builder()
          .nullStyle(i % 3 == 0 ? NullStyle.OPTIONAL : NullStyle.NULLABLE);
      if (input.getType() == Schema.Type.UNION && !input.getTypes().stream()
          .allMatch(b -> b.getType() == Schema.Type.RECORD)) {
        // a top-level general union may have no namespace to take: the mapping gives it a package (in
        // the unnamed package, two schemas of one batch could define one class)
        builder.packageMapping("", "gen.s" + i + ".top");
      }
      Generator generator = builder.build();
      GenerationResult r = generator.generateSources(
          List.of(new Generator.SchemaInput("s" + i + ".avsc", "", json)));
      assertThat(r.errors()).as("seed %d, schema %s", seed, json).isEmpty();
      sources.addAll(r.sources());
      String text = r.sources().stream().map(GeneratedSource::text)
          .reduce("", (a, b) -> a + b);
      cases.add(new Case(seed, json, input, r.events().get(0), text));
    }
    long generated = System.nanoTime();
    Compiled compiled = Compiled.of(sources);
    long compiledAt = System.nanoTime();
    for (Case c : cases) {
      String where = "seed " + c.seed() + ", schema " + c.json() + "\n" + c.text();
      Schema written = compiled.schema(c.event().schemaName());
      assertThat(written).as(where).isEqualTo(c.input());
      assertThat(SchemaNormalization.toParsingForm(written)).as(where)
          .isEqualTo(SchemaNormalization.toParsingForm(c.input()));
      assertThat(extrasDifference(c.input(), written, new HashSet<>(), "")).as(where).isNull();

      EventCodec<Object> codec = codec(compiled.load(c.event().className() + "Codec"));
      for (int k = 0; k < VALUES_PER_SCHEMA; k++) {
        Object datum = new AvroData(c.seed() * 31 + k).datum(c.input());
        byte[] avro = AvroData.write(c.input(), datum);
        Object viaAvroDecoder = codec.decode(DecoderFactory.get().binaryDecoder(avro, null));
        Object value = codec.decode(new AvroInput().reset(avro, 0, avro.length));
        assertThat(AvroData.difference(value, datum, c.input(), "")).as(where).isNull();
        assertThat(AvroData.difference(viaAvroDecoder, datum, c.input(), "")).as(where).isNull();
        AvroOutput out = new AvroOutput();
        codec.encode(value, out);
        assertThat(out.toByteArray()).as(where).isEqualTo(avro);
      }
    }
    long unions = cases.stream().filter(c -> c.text().contains("@AvroUnion")).count();
    long topEnums = cases.stream().filter(c -> c.input().getType() == Schema.Type.ENUM).count();
    long topUnions = cases.stream().filter(c -> c.input().getType() == Schema.Type.UNION
        && c.text().contains("@Event\n@AvroUnion")).count();
    long noDefault = cases.stream().filter(c -> c.text().contains("@NoDefault")).count();
    long typeProps = cases.stream().filter(c -> c.text().contains("@AvroTypeProp(")).count();
    long voids = cases.stream().filter(c -> c.text().contains("Void")).count();
    long orders = cases.stream().filter(c -> c.text().contains("@AvroOrder(")).count();
    long notFinite = cases.stream().filter(c -> c.text().matches(
        "(?s).*@AvroDefault\\(\"\\\\\"(NaN|-?Infinity)\\\\\"\"\\).*")).count();
    long customLogical = cases.stream().filter(c -> c.text().contains("@AvroLogicalType("))
        .count();
    long voidProps = cases.stream().filter(c -> VOID_WITH_PROPS.matcher(c.text()).find())
        .count();
    long emptyDocs = cases.stream().filter(c -> c.text().contains("writeEmpty = true")).count();
    long noScale = cases.stream().filter(c -> c.text().contains("writeScale = false")).count();
    System.out.printf("schemas %d: %d sources (%d schemas with an @AvroUnion, %d with"
        + " @NoDefault, %d with @AvroTypeProp, %d with Void, %d with @AvroOrder, %d with a NaN or"
        + " infinite default, %d with @AvroLogicalType, %d with properties on Void, %d with an"
        + " empty doc, %d with a decimal without scale, %d top-level enums, %d top-level general"
        + " unions); generated in %d ms, compiled in %d ms, checked in %d ms%n", batch,
        sources.size(), unions, noDefault, typeProps, voids, orders, notFinite, customLogical,
        voidProps, emptyDocs, noScale, topEnums, topUnions,
        (generated - start) / 1_000_000,
        (compiledAt - generated) / 1_000_000, (System.nanoTime() - compiledAt) / 1_000_000);
    System.out.printf("  fixed forms: %d schemas with a decimal on fixed, %d with AvroDuration, %d"
        + " with @AvroBigDecimal, %d with @Fixed(namespace), %d with @Fixed(doc or aliases)%n",
        count(cases, "(?s).*@Fixed\\([^)]*\\) @AvroDecimal.*"),
        count(cases, "(?s).*AvroDuration.*"), count(cases, "(?s).*@AvroBigDecimal.*"),
        count(cases, "(?s).*@Fixed\\([^)]*namespace = .*"),
        count(cases, "(?s).*@Fixed\\([^)]*(doc|aliases) = .*"));
  }

  private static long count(List<Case> cases, String regex) {
    return cases.stream().filter(c -> c.text().matches(regex)).count();
  }

  @SuppressWarnings("unchecked")
  private static EventCodec<Object> codec(Class<?> codecClass) throws Exception {
    return (EventCodec<Object>) codecClass.getField("INSTANCE").get(null);
  }

  /** What {@code Schema.equals} ignores: docs, aliases, enum defaults. Null if all the same. */
  static String extrasDifference(Schema a, Schema b, Set<String> seen, String path) {
    if (a.getType() != b.getType()) {
      return path + ": " + a.getType() + " vs " + b.getType();
    }
    switch (a.getType()) {
      case RECORD, ENUM, FIXED -> {
        if (!seen.add(a.getFullName())) {
          return null;
        }
        if (!Objects.equals(a.getDoc(), b.getDoc())) {
          return path + a.getFullName() + " doc: " + a.getDoc() + " vs " + b.getDoc();
        }
        if (!a.getAliases().equals(b.getAliases())) {
          return path + a.getFullName() + " aliases: " + a.getAliases() + " vs " + b.getAliases();
        }
        if (a.getType() == Schema.Type.RECORD && a.isError() != b.isError()) {
          return path + a.getFullName() + " error: " + a.isError() + " vs " + b.isError();
        }
        if (a.getType() == Schema.Type.ENUM
            && !Objects.equals(a.getEnumDefault(), b.getEnumDefault())) {
          return path + a.getFullName() + " enum default";
        }
        if (a.getType() == Schema.Type.RECORD) {
          for (Schema.Field f : a.getFields()) {
            Schema.Field g = b.getField(f.name());
            String p = a.getFullName() + "." + f.name();
            if (!Objects.equals(f.doc(), g.doc())) {
              return p + " doc: " + f.doc() + " vs " + g.doc();
            }
            if (!f.aliases().equals(g.aliases())) {
              return p + " aliases: " + f.aliases() + " vs " + g.aliases();
            }
            String d = extrasDifference(f.schema(), g.schema(), seen, p + " ");
            if (d != null) {
              return d;
            }
          }
        }
        return null;
      }
      case ARRAY -> {
        return extrasDifference(a.getElementType(), b.getElementType(), seen, path);
      }
      case MAP -> {
        return extrasDifference(a.getValueType(), b.getValueType(), seen, path);
      }
      case UNION -> {
        for (int i = 0; i < a.getTypes().size(); i++) {
          String d = extrasDifference(a.getTypes().get(i), b.getTypes().get(i), seen, path);
          if (d != null) {
            return d;
          }
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }
}
