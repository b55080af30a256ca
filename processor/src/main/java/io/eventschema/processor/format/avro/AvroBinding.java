package io.eventschema.processor.format.avro;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.processor.codegen.Generated;
import io.eventschema.processor.codegen.SerdeIndex;
import io.eventschema.processor.codegen.SerdeWriter;
import io.eventschema.processor.format.BindingOutput;
import io.eventschema.processor.format.FormatBinding;
import io.eventschema.processor.format.Refusals;
import io.eventschema.processor.json.Json;
import io.eventschema.processor.model.EventModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.avro.Schema;

/**
 * The Avro format: {@code META-INF/avro/<full name>.avsc}, {@code <Record>Codec} over Avro's
 * binary encoding, and {@code <Record>Serializer}, {@code Deserializer} and {@code Serde}. The
 * compact form the codec carries is Avro's ({@link CompactForm} writes it as Avro does and checks
 * what Avro's parser checks, or leaves the schema to Apache Avro's parser), and the event's schema
 * history is checked against it before anything is written. Avro itself is loaded only for a
 * schema {@link CompactForm} leaves to it or an event with released versions: the processor's
 * tests run with assertions on, and then every schema is parsed by Avro and its compact form
 * compared.
 */
public final class AvroBinding implements FormatBinding {
  /** The runtime classes the generated Avro serdes extend. */
  public static final SerdeWriter.Kind SERDES = new SerdeWriter.Kind("", "Codec",
      ClassName.get("io.eventschema.serde", "EventSerializer"),
      ClassName.get("io.eventschema.serde", "EventDeserializer"), "Confluent's wire format", "");

  /** The compile-time check of the event's schema against its released versions (compat/). */
  public interface History {
    /**
     * Reports every break of {@code schema}; true if it keeps the event's level. {@code schema}
     * parses on first use: an event without released versions does not need it.
     */
    boolean accepts(EventModel event, Supplier<Schema> schema);
  }

  private final Generated generated;
  private final History history;
  private final SharedCodecs shared;
  private EventModel checked;
  private String pretty;
  private String compact;

  public AvroBinding(Generated generated, History history) {
    this(generated, SharedCodecs.NONE, history);
  }

  /** With {@code shared}, the codec calls the shared code of the records it names. */
  public AvroBinding(Generated generated, SharedCodecs shared, History history) {
    this.generated = generated;
    this.history = history;
    this.shared = shared;
  }

  /** The schema resource path, {@code META-INF/avro/<full name>.avsc}. */
  public static String schemaResource(EventModel event) {
    return "META-INF/avro/" + event.name().fullName() + ".avsc";
  }

  @Override
  public String format() {
    return "AVRO";
  }

  @Override
  public boolean check(EventModel event, Refusals refusals) {
    Object tree = SchemaWriter.schema(event.root());
    String text = Json.pretty(tree);
    Parsed parsed = new Parsed(text);
    // the compact form the registry receives, as Avro writes it; null leaves it to Avro, whose
    // parser then checks what we wrote
    String own = CompactForm.of(tree);
    assert own == null || own.equals(parsed.get().toString())
        : "compact form " + own + " differs from Avro's " + parsed.get();
    // a break of the event's compatibility level with its schema history fails the build here
    // (its errors are reported); the classes are still written, since the error is about the
    // schema, not the code: code that uses them gets no follow-on "cannot find symbol" errors
    history.accepts(event, parsed);
    checked = event;
    pretty = text;
    compact = own != null ? own : parsed.get().toString();
    return true;
  }

  /** The schema as Avro parses {@code text}, once, on first use. */
  private static final class Parsed implements Supplier<Schema> {
    private final String text;
    private Schema schema;

    Parsed(String text) {
      this.text = text;
    }

    @Override
    public Schema get() {
      if (schema == null) {
        schema = new Schema.Parser().parse(text);
      }
      return schema;
    }
  }

  @Override
  public BindingOutput files(EventModel event) {
    if (event != checked) {
      throw new IllegalStateException("files(" + event.name() + ") before check");
    }
    List<TypeSpec> types = new ArrayList<>();
    types.add(CodecWriter.write(event, compact, shared, generated));
    types.addAll(SerdeWriter.write(event, SERDES, generated));
    List<BindingOutput.Resource> resources = new ArrayList<>();
    resources.add(new BindingOutput.Resource(schemaResource(event), pretty));
    // how EventsSerializer / EventsDeserializer find these serdes by class and by full name
    resources.addAll(SerdeIndex.resources(event, SERDES, "AVRO"));
    return new BindingOutput(resources, types);
  }
}
