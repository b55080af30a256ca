package io.eventschema.processor.mapping;

import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.FixedType;
import io.eventschema.processor.model.TypeModel.Named;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * What the steps that map one event share: its settings, the reporter, whether this is the last
 * round, the named types and sealed unions mapped so far (each is defined once; a record may refer
 * to itself), the element each field came from, and the steps themselves (they call each other:
 * a record's fields have types, which may be records).
 */
final class MappingContext {
  final Diagnostics diagnostics;
  final EventSettings settings;
  final boolean lastRound;
  /** Where Javadoc is read from; null reads none. */
  final Elements elements;

  final Map<String, Named> namedByJavaName = new HashMap<>();
  final Map<String, String> javaNameByAvroName = new HashMap<>();
  final Map<String, FixedType> fixedByAvroName = new HashMap<>();
  final Map<String, UnionType> unionsByJavaName = new HashMap<>();
  final Map<String, TypeModel.BranchUnionType> branchUnionsByJavaName = new HashMap<>();
  /** The component each field came from, for the format bindings' refusals. */
  final Map<FieldModel, Element> sites = new IdentityHashMap<>();
  /** The event's namespace, which fixed types take. */
  String rootNamespace = "";
  /** Whether the event asked for its constraints in the schema ({@code @ConstraintsInSchema}). */
  boolean constraintsInSchema;

  final SchemaInfoReader info;
  final TypeMapper types;
  final NamedTypes named;
  final RecordMapper records;
  final DefaultMapper defaults;

  MappingContext(Diagnostics diagnostics, EventSettings settings, boolean lastRound,
      Elements elements) {
    this.diagnostics = diagnostics;
    this.settings = settings;
    this.lastRound = lastRound;
    this.elements = elements;
    this.info = new SchemaInfoReader(this);
    this.types = new TypeMapper(this);
    this.named = new NamedTypes(this);
    this.records = new RecordMapper(this);
    this.defaults = new DefaultMapper(this);
  }
}
