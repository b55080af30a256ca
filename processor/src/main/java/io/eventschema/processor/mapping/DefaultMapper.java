package io.eventschema.processor.mapping;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.eventschema.processor.Diagnostics;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.format.avro.AvroDefaults;
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
 * A field's {@code @AvroDefault}: checked against the field's type with Avro's own rule, and the
 * default's branch put first in a union (Avro requires it; other languages' parsers reject anything
 * else).
 */
final class DefaultMapper {
  private final MappingContext ctx;
  private final Diagnostics diagnostics;

  DefaultMapper(MappingContext ctx) {
    this.ctx = ctx;
    this.diagnostics = ctx.diagnostics;
  }

  /**
   * A field's type, with the default's branch first in a union, and its default (or null);
   * {@code noDefault} for a nullable field under {@code @NoDefault}.
   */
  record Defaulted(TypeModel type, Object value, boolean noDefault) {
    Defaulted(TypeModel type, Object value) {
      this(type, value, false);
    }
  }

  /**
   * Reads the {@code @AvroDefault} among {@code declared}, if any, and checks it against
   * {@code type}; null after reporting an error on {@code site}.
   */
  Defaulted apply(TypeModel type, List<? extends AnnotationMirror> declared, Element site,
      String javaName) {
    AnnotationMirror def = Mirrors.find(declared, Mirrors.AVRO_DEFAULT);
    AnnotationMirror none = Mirrors.find(declared, Mirrors.NO_DEFAULT);
    if (none != null) {
      return noDefault(type, none, def, site, javaName);
    }
    if (def == null) {
      return new Defaulted(type, null);
    }
    String text = Mirrors.string(def, "value", "");
    Object value;
    try {
      value = JsonText.parse(text);
    } catch (JsonText.Invalid e) {
      diagnostics.error(site, def, Message.INVALID_JSON,
          "@AvroDefault(" + JsonText.quote(text) + ")", "field '" + javaName + "'",
          e.getMessage());
      return null;
    }
    TypeModel checked = withDefault(type, value, text, site, def, javaName);
    return checked == null ? null : new Defaulted(checked, value);
  }

  /**
   * {@code @NoDefault}: a nullable field without {@code "default": null}, the null branch first or
   * ({@code nullLast}) last; an error with {@code @AvroDefault} (EVS040) or on a field that is not
   * nullable (EVS024).
   */
  private Defaulted noDefault(TypeModel type, AnnotationMirror none, AnnotationMirror def,
      Element site, String javaName) {
    if (def != null) {
      diagnostics.error(site, def, Message.NO_DEFAULT_WITH_DEFAULT, javaName,
          JsonText.quote(Mirrors.string(def, "value", "")));
      return null;
    }
    if (!(type instanceof NullableType n)) {
      diagnostics.error(site, none, Message.MISPLACED_ANNOTATION, "NoDefault", javaName,
          type.javaType(), "a field that is not Optional or @Nullable has no default unless it"
              + " has an @AvroDefault: remove @NoDefault");
      return null;
    }
    boolean nullLast = Mirrors.bool(none, "nullLast", false);
    return new Defaulted(new NullableType(n.javaType(), n.inner(), n.form(), !nullLast), null,
        true);
  }

  /**
   * Checks a field's default against its schema, and puts the default's branch first in a union
   * (Avro requires it; other languages' parsers reject anything else).
   */
  private TypeModel withDefault(TypeModel type, Object value, String text, Element at,
      AnnotationMirror def, String field) {
    TypeModel result = type;
    boolean valid;
    if (type instanceof NullableType n) {
      if (value == Json.NULL) {
        valid = true;
      } else if (n.inner() instanceof UnionType u) {
        RecordType branch = AvroDefaults.branchOf(u, value);
        valid = branch != null;
        result = valid ? new NullableType(n.javaType(), u.withFirst(branch), n.form(), false) : n;
      } else {
        valid = AvroDefaults.isValid(n.inner(), value);
        result = new NullableType(n.javaType(), n.inner(), n.form(), false);
      }
    } else if (type instanceof UnionType u) {
      RecordType branch = AvroDefaults.branchOf(u, value);
      valid = branch != null;
      result = valid ? u.withFirst(branch) : u;
    } else {
      valid = AvroDefaults.isValidFieldDefault(type, value);
    }
    if (valid && type instanceof UuidType && value instanceof String s) {
      try {
        UUID.fromString(s);
      } catch (IllegalArgumentException e) {
        valid = false;
      }
    }
    if (!valid) {
      diagnostics.error(at, def, Message.INVALID_DEFAULT, text, field,
          AvroDefaults.schemaText(type));
      return null;
    }
    return result;
  }
}
