package io.eventschema.processor.mapping;

import static io.eventschema.processor.mapping.ComponentSite.hasNullable;
import static io.eventschema.processor.mapping.ComponentSite.declarationAnnotations;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.model.SchemaName;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.FieldSchema;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BytesType;
import io.eventschema.processor.model.TypeModel.CharType;
import io.eventschema.processor.model.TypeModel.CollectionKind;
import io.eventschema.processor.model.TypeModel.DecimalType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.FixedType;
import io.eventschema.processor.model.TypeModel.Info;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.Named;
import io.eventschema.processor.model.TypeModel.NarrowInt;
import io.eventschema.processor.model.TypeModel.NullForm;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.Primitive;
import io.eventschema.processor.model.TypeModel.PrimitiveKind;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import io.eventschema.processor.model.TypeModel.TimePrecision;
import io.eventschema.processor.model.TypeModel.UnionType;
import io.eventschema.processor.model.TypeModel.UuidType;
import io.eventschema.processor.json.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * A record's components, in declaration order, to fields: each field's schema name
 * ({@code @AvroName} or the event's {@code fieldNaming}, checked and unique), its type, its
 * default, its doc, aliases and properties, and its Bean Validation constraints.
 */
final class RecordMapper {
  private final MappingContext ctx;
  private final Diagnostics diagnostics;

  RecordMapper(MappingContext ctx) {
    this.ctx = ctx;
    this.diagnostics = ctx.diagnostics;
  }

  void mapFields(TypeElement record, RecordType model, TimePrecision inherited) {
    TimePrecision recordPrecision = SchemaInfoReader.precisionOf(record, inherited);
    Javadoc javadoc = ctx.info.javadoc(record);
    Map<String, String> javaByAvro = new HashMap<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String javaName = component.getSimpleName().toString();
      Element site = ComponentSite.site(record, component);
      List<AnnotationMirror> declared = declarationAnnotations(component, site);
      AnnotationMirror rename = Mirrors.find(declared, Mirrors.AVRO_NAME);
      String avroName = rename != null ? Mirrors.string(rename, "value", javaName)
          : ctx.settings.fieldName(javaName);
      if (!Names.isValidName(avroName)) {
        diagnostics.error(site, Message.INVALID_NAME, avroName, "field name");
        continue;
      }
      String clash = javaByAvro.putIfAbsent(avroName, javaName);
      if (clash != null) {
        diagnostics.error(site, Message.DUPLICATE_FIELD, clash, javaName, avroName);
        continue;
      }
      TimePrecision precision = SchemaInfoReader.precisionOf(component, recordPrecision);
      ComponentSite where = new ComponentSite(site, javaName, precision, declared);
      boolean nullable = hasNullable(declared) || hasNullable(component.asType()
          .getAnnotationMirrors());
      TypeModel type = ctx.types.map(component.asType(), nullable, where);
      if (type == null) {
        continue;
      }
      ctx.types.checkUsed(where, component.asType());
      DefaultMapper.Defaulted defaulted = ctx.defaults.apply(type, declared, site, javaName);
      if (defaulted == null) {
        continue;
      }
      type = defaulted.type();
      Object defaultValue = defaulted.value();
      Info info = ctx.info.fieldInfo(declared, site, javaName,
          javadoc.params().getOrDefault(javaName, ""));
      FieldModel field = new FieldModel(javaName, avroName, type,
          ConstraintMapper.of(record, component));
      ctx.sites.put(field, site);
      AnnotationMirror order = Mirrors.find(declared, Mirrors.AVRO_ORDER);
      String orderName = order == null ? null : Mirrors.enumName(order, "value");
      model.addField(field, new FieldSchema(info, defaultValue, ctx.constraintsInSchema,
          defaulted.noDefault(),
          orderName == null ? null : orderName.toLowerCase(java.util.Locale.ROOT)));
    }
    model.freeze();
  }
}
