package io.eventschema.processor.format.jsonschema;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.codegen.Generated;
import io.eventschema.processor.codegen.SerdeIndex;
import io.eventschema.processor.codegen.SerdeWriter;
import io.eventschema.processor.format.BindingOutput;
import io.eventschema.processor.format.FormatBinding;
import io.eventschema.processor.format.Refusals;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeWalk;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema format: {@code META-INF/json-schema/<full name>.schema.json} (draft-07),
 * {@code <Record>JsonCodec} on Jackson's streaming API, and {@code <Record>JsonSchemaSerializer},
 * {@code JsonSchemaDeserializer} and {@code JsonSchemaSerde} over the runtime's
 * {@code eventschema-json-schema} module. Refuses (EVS2xx) what the JSON of a sealed interface
 * cannot tell apart.
 */
public final class JsonSchemaBinding implements FormatBinding {
  /**
   * The draft written in {@code $schema}: draft-07, not 2020-12, because Apicurio's compatibility
   * checker loads JSON schemas with everit (drafts 4, 6 and 7 only), Confluent's serializers derive
   * draft-07 by default ({@code json.schema.spec.version}), and both registries read a schema
   * without {@code $schema} as draft-07.
   */
  static final String DRAFT = "http://json-schema.org/draft-07/schema#";

  /** A type of the JSON runtime (eventschema-json-schema) the generated code needs. */
  public static final String RUNTIME_TYPE = "io.eventschema.json.JsonEventCodec";

  /** The runtime classes the generated JSON serdes extend. */
  public static final SerdeWriter.Kind SERDES = new SerdeWriter.Kind("JsonSchema", "JsonCodec",
      ClassName.get("io.eventschema.json", "JsonSchemaSerializer"),
      ClassName.get("io.eventschema.json", "JsonSchemaDeserializer"),
      "Confluent's JSON Schema wire format (JSON text)", " as JSON");

  private final Generated generated;

  public JsonSchemaBinding(Generated generated) {
    this.generated = generated;
  }

  /** The schema resource path, {@code META-INF/json-schema/<full name>.schema.json}. */
  public static String schemaResource(EventModel event) {
    return "META-INF/json-schema/" + event.name().fullName() + ".schema.json";
  }

  @Override
  public String format() {
    return "JSON_SCHEMA";
  }

  @Override
  public boolean check(EventModel event, Refusals refusals) {
    if (event.root() instanceof TypeModel.BranchUnionType) {
      // a top-level enum is a JSON Schema enum; a general union has no exact form yet
      refusals.onEvent(Message.TOP_LEVEL_FORMAT, event.recordClass(),
          "general union (@AvroUnion)", "JSON Schema");
      return false;
    }
    FieldModel union = TypeWalk.firstBranchUnionField(event.root());
    if (union != null) {
      refusals.onField(union, Message.JSON_AVRO_UNION, union.javaName(), union.type().javaType());
      return false;
    }
    FieldModel nullField = TypeWalk.firstNullTypeField(event.root());
    if (nullField != null) {
      refusals.onField(nullField, Message.NULL_TYPE_FORMAT, nullField.javaName(),
          nullField.type().javaType(), "JSON Schema");
      return false;
    }
    FieldModel logical = TypeWalk.firstAvroOnlyLogicalField(event.root());
    if (logical != null) {
      refusals.onField(logical, Message.LOGICAL_TYPE_FORMAT, logical.javaName(),
          logical.type().javaType(), TypeWalk.avroOnlyLogical(TypeWalk.innermost(logical.type())),
          "JSON Schema");
      return false;
    }
    boolean ok = true;
    JsonNames names = JsonNames.of(event);
    for (UnionType u : names.unions()) {
      String sealed = u.javaType().toString();
      for (Map.Entry<String, List<RecordType>> e : JsonNames.byTag(u).entrySet()) {
        List<RecordType> same = e.getValue();
        if (same.size() > 1) {
          refusals.onEvent(Message.JSON_DUPLICATE_RECORD_NAME, same.get(0).javaType(),
              same.get(1).javaType(), sealed, e.getKey());
          ok = false;
        }
      }
      for (RecordType r : u.branches()) {
        for (FieldModel f : r.fields()) {
          if (f.schemaName().equals(JsonNames.DISCRIMINATOR)) {
            refusals.onField(f, Message.JSON_DISCRIMINATOR_CLASH, f.javaName(), r.javaType(),
                f.schemaName(), sealed, JsonNames.DISCRIMINATOR);
            ok = false;
          }
        }
      }
    }
    return ok;
  }

  @Override
  public BindingOutput files(EventModel event) {
    String text = JsonSchemaWriter.text(JsonSchemaWriter.schema(event));
    List<TypeSpec> types = new ArrayList<>();
    types.add(JsonCodecWriter.write(event, text, generated));
    types.addAll(SerdeWriter.write(event, SERDES, generated));
    List<BindingOutput.Resource> resources = new ArrayList<>();
    resources.add(new BindingOutput.Resource(schemaResource(event), text));
    // how EventsSerializer / EventsDeserializer find these serdes by class and by title
    resources.addAll(SerdeIndex.resources(event, SERDES, "JSON"));
    return new BindingOutput(resources, types);
  }
}
