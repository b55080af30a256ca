package io.eventschema.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one Java type becomes in Avro, and how its Java value is shaped. Plain, immutable data: the
 * schema and code writers read this and never look at {@code javax.lang.model} again.
 */
public sealed interface TypeModel {

  /** The Java type of values of this model, as written in generated code. */
  TypeName javaType();

  /** Avro's primitive types that map one-to-one to a Java primitive or its box. */
  enum PrimitiveKind {
    BOOLEAN("boolean"), INT("int"), LONG("long"), FLOAT("float"), DOUBLE("double");

    public final String avroName;

    PrimitiveKind(String avroName) {
      this.avroName = avroName;
    }
  }

  /** boolean, int, long, float, double, or their boxes (never null on the wire). */
  record Primitive(PrimitiveKind kind, TypeName javaType) implements TypeModel {
    public boolean boxed() {
      return javaType.isBoxedPrimitive();
    }
  }

  /** Avro string from {@code java.lang.String}. */
  record StringType(TypeName javaType) implements TypeModel {}

  /** Avro bytes from {@code byte[]}. */
  record BytesType(TypeName javaType) implements TypeModel {}

  /** Avro {@code long} with a timestamp logical type, from {@code java.time.Instant}. */
  record InstantType(TypeName javaType, TimePrecision precision) implements TypeModel {}

  /** The precisions of Avro's timestamp logical types. */
  enum TimePrecision {
    MILLIS("timestamp-millis"), MICROS("timestamp-micros"), NANOS("timestamp-nanos");

    public final String logicalType;

    TimePrecision(String logicalType) {
      this.logicalType = logicalType;
    }
  }

  /** A named Avro type (record or enum): defined at first use, referenced by full name after. */
  sealed interface Named extends TypeModel {
    AvroName avroName();
  }

  /** Avro enum from a Java enum; symbols in declaration order. */
  record EnumType(TypeName javaType, AvroName avroName, List<String> symbols) implements Named {
    public EnumType {
      symbols = List.copyOf(symbols);
    }
  }

  /**
   * Avro record from a Java record. Built in two steps so that a record can refer to itself: the
   * mapper creates it, registers it, then adds its fields and {@link #freeze()}s it.
   */
  final class RecordType implements Named {
    private final TypeName javaType;
    private final AvroName avroName;
    private final List<FieldModel> fields = new ArrayList<>();
    private boolean frozen;

    public RecordType(TypeName javaType, AvroName avroName) {
      this.javaType = javaType;
      this.avroName = avroName;
    }

    @Override
    public TypeName javaType() {
      return javaType;
    }

    @Override
    public AvroName avroName() {
      return avroName;
    }

    public List<FieldModel> fields() {
      return Collections.unmodifiableList(fields);
    }

    public void addField(FieldModel field) {
      if (frozen) {
        throw new IllegalStateException(avroName + " is frozen");
      }
      fields.add(field);
    }

    public void freeze() {
      frozen = true;
    }

    @Override
    public String toString() {
      return "RecordType[" + avroName + "]";
    }
  }

  /** Avro array from {@code List<T>}. */
  record ArrayType(TypeName javaType, TypeModel elements) implements TypeModel {}

  /** Avro map from {@code Map<String, V>}. */
  record MapType(TypeName javaType, TypeModel values) implements TypeModel {}

  /** How a Java value says "absent". */
  enum NullForm {
    /** A reference that may be null ({@code @Nullable}). */
    NULL,
    /** {@code java.util.Optional}: empty is absent (a null Optional is written as absent too). */
    OPTIONAL
  }

  /** {@code ["null", T]} with default null, from {@code Optional<T>} or a {@code @Nullable} T. */
  record NullableType(TypeName javaType, TypeModel inner, NullForm form) implements TypeModel {}
}
