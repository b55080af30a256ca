package io.eventschema.processor.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads annotations by qualified name through their mirrors: the processor never loads the
 * runtime's annotation classes (it does not depend on the runtime module).
 */
final class Mirrors {
  static final String PACKAGE = "io.eventschema.";
  static final String FIXED = PACKAGE + "Fixed";
  static final String AVRO_DECIMAL = PACKAGE + "AvroDecimal";
  static final String AVRO_BIG_DECIMAL = PACKAGE + "AvroBigDecimal";
  static final String AVRO_DEFAULT = PACKAGE + "AvroDefault";
  static final String NO_DEFAULT = PACKAGE + "NoDefault";
  static final String AVRO_UNION = PACKAGE + "AvroUnion";
  static final String AVRO_ALIAS = PACKAGE + "AvroAlias";
  static final String AVRO_NAME = PACKAGE + "AvroName";
  static final String AVRO_NAMESPACE = PACKAGE + "AvroNamespace";
  static final String AVRO_ERROR = PACKAGE + "AvroError";
  static final String AVRO_DOC = PACKAGE + "AvroDoc";
  static final String AVRO_PROP = PACKAGE + "AvroProp";
  static final String AVRO_PROPS = PACKAGE + "AvroProps";
  static final String AVRO_TYPE_PROP = PACKAGE + "AvroTypeProp";
  static final String AVRO_TYPE_PROPS = PACKAGE + "AvroTypeProps";
  static final String AVRO_ORDER = PACKAGE + "AvroOrder";
  static final String AVRO_LOGICAL_TYPE = PACKAGE + "AvroLogicalType";
  static final String TIME_PRECISION = PACKAGE + "TimePrecision";
  static final String ENUM_DEFAULT = PACKAGE + "EnumDefault";
  static final String CHAR_AS = PACKAGE + "CharAs";
  static final String CONSTRAINTS_IN_SCHEMA = PACKAGE + "ConstraintsInSchema";
  static final List<String> DIGITS = List.of("jakarta.validation.constraints.Digits",
      "javax.validation.constraints.Digits");

  private Mirrors() {}

  static String name(AnnotationMirror a) {
    return ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The first annotation named {@code qualifiedName}, or null. */
  static AnnotationMirror find(List<? extends AnnotationMirror> annotations, String qualifiedName) {
    for (AnnotationMirror a : annotations) {
      if (name(a).equals(qualifiedName)) {
        return a;
      }
    }
    return null;
  }

  /** The first annotation with one of {@code qualifiedNames}, or null. */
  static AnnotationMirror findAny(List<? extends AnnotationMirror> annotations,
      List<String> qualifiedNames) {
    for (String n : qualifiedNames) {
      AnnotationMirror a = find(annotations, n);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  /** The explicit value of {@code attribute}, or null when it was left to its default. */
  static Object value(AnnotationMirror a, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : a.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue().getValue();
      }
    }
    return null;
  }

  static String string(AnnotationMirror a, String attribute, String otherwise) {
    Object v = value(a, attribute);
    return v == null ? otherwise : v.toString();
  }

  static int integer(AnnotationMirror a, String attribute, int otherwise) {
    Object v = value(a, attribute);
    return v instanceof Integer i ? i : otherwise;
  }

  static boolean bool(AnnotationMirror a, String attribute, boolean otherwise) {
    Object v = value(a, attribute);
    return v instanceof Boolean b ? b : otherwise;
  }

  /** An enum-valued attribute's constant name, or null. */
  static String enumName(AnnotationMirror a, String attribute) {
    Object v = value(a, attribute);
    return v instanceof VariableElement ve ? ve.getSimpleName().toString()
        : v == null ? null : v.toString();
  }

  /** A String[] attribute (a single String counts as one). */
  static List<String> strings(AnnotationMirror a, String attribute) {
    Object v = value(a, attribute);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      for (Object o : list) {
        out.add(String.valueOf(((AnnotationValue) o).getValue()));
      }
    } else if (v != null) {
      out.add(v.toString());
    }
    return out;
  }

  /** Every {@code @AvroProp}, written singly or through the {@code @AvroProps} container. */
  static List<AnnotationMirror> props(List<? extends AnnotationMirror> annotations) {
    return repeated(annotations, AVRO_PROP, AVRO_PROPS);
  }

  /** Every {@code @AvroTypeProp}, written singly or through the {@code @AvroTypeProps} container. */
  static List<AnnotationMirror> typeProps(List<? extends AnnotationMirror> annotations) {
    return repeated(annotations, AVRO_TYPE_PROP, AVRO_TYPE_PROPS);
  }

  private static List<AnnotationMirror> repeated(List<? extends AnnotationMirror> annotations,
      String single, String container) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationMirror a : annotations) {
      String n = name(a);
      if (n.equals(single)) {
        out.add(a);
      } else if (n.equals(container)) {
        Object v = value(a, "value");
        if (v instanceof List<?> list) {
          for (Object o : list) {
            out.add((AnnotationMirror) ((AnnotationValue) o).getValue());
          }
        }
      }
    }
    return out;
  }
}
