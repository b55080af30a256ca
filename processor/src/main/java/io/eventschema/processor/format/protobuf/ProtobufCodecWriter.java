package io.eventschema.processor.format.protobuf;

import static io.eventschema.processor.codegen.GeneratedNames.stringConstant;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.processor.codegen.Generated;
import io.eventschema.processor.format.protobuf.ProtoLayout.Field;
import io.eventschema.processor.format.protobuf.ProtoLayout.Msg;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BytesType;
import io.eventschema.processor.model.TypeModel.CharType;
import io.eventschema.processor.model.TypeModel.CollectionKind;
import io.eventschema.processor.model.TypeModel.DateType;
import io.eventschema.processor.model.TypeModel.DecimalType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.FixedType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NarrowInt;
import io.eventschema.processor.model.TypeModel.NullForm;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.Primitive;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import io.eventschema.processor.model.TypeModel.TimeOfDayType;
import io.eventschema.processor.model.TypeModel.TimestampType;
import io.eventschema.processor.model.TypeModel.UnionType;
import io.eventschema.processor.model.TypeModel.UuidType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>ProtobufCodec}: per message a {@code size}, a {@code write} and a
 * {@code read} method, straight-line code over protobuf-java's {@code CodedOutputStream} and the
 * runtime's {@code ProtobufReader} (no descriptors, no reflection). Writes fields in field-number
 * order and leaves out proto3 defaults of fields without presence, as protobuf-java does, so the
 * bytes equal a {@code DynamicMessage}'s; reads fields in any order, skips unknown ones, reads
 * missing ones as their defaults and names a missing record.
 */
final class ProtobufCodecWriter {
  static final ClassName OUT = ClassName.get("com.google.protobuf", "CodedOutputStream");
  static final ClassName READER = ClassName.get("io.eventschema.protobuf", "ProtobufReader");
  static final ClassName PB = ClassName.get("io.eventschema.protobuf", "ProtobufCodecs");
  static final ClassName CODEC = ClassName.get("io.eventschema.protobuf", "ProtobufEventCodec");
  static final ClassName SIZES = ClassName.get("io.eventschema.protobuf", "ProtobufSizes");
  static final ClassName CODECS = ClassName.get("io.eventschema.codec", "Codecs");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");
  static final ClassName BUFFER = ClassName.get("java.nio", "ByteBuffer");

  private final ProtoLayout layout;
  private final Map<EnumType, String> enumValues = new LinkedHashMap<>();

  private ProtobufCodecWriter(ProtoLayout layout) {
    this.layout = layout;
  }

  static TypeSpec write(ProtoLayout layout, String schemaText, Generated generated) {
    return new ProtobufCodecWriter(layout).build(schemaText, generated);
  }

  private TypeSpec build(String schemaText, Generated generated) {
    ClassName self = layout.event.generated("ProtobufCodec");
    TypeName record = layout.event.recordClass();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(CODEC, record))
        .addJavadoc("Reads and writes {@link $T} as the Protobuf message {@code $L}.\n", record,
            layout.event.name().fullName());
    generated.annotate(type);
    type.addField(FieldSpec.builder(String.class, "SCHEMA_PROTO",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The .proto, as registered (the text of the schema resource).\n")
        .initializer(stringConstant(schemaText)).build());
    type.addField(FieldSpec.builder(self, "INSTANCE",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", self).build());
    List<MethodSpec> methods = new ArrayList<>();
    for (Msg m : layout.messages) {
      methods.add(sizeMethod(m));
      methods.add(writeMethod(m));
      methods.add(readMethod(m));
      methods.add(readFieldMethod(m));
    }
    for (Map.Entry<EnumType, String> e : enumValues.entrySet()) {
      type.addField(FieldSpec.builder(ArrayTypeName.of(e.getKey().javaType()), e.getValue(),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.values()", e.getKey().javaType()).build());
    }
    Msg root = layout.messageOf(layout.event.root());
    String rootName = layout.event.name().name();
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), record))
        .addStatement("return $T.class", record).build());
    type.addMethod(MethodSpec.methodBuilder("fullName").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(String.class)
        .addStatement("return $S", layout.event.name().fullName()).build());
    type.addMethod(MethodSpec.methodBuilder("schemaText").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(String.class)
        .addStatement("return SCHEMA_PROTO").build());
    type.addMethod(MethodSpec.methodBuilder("size").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(int.class).addParameter(record, "value")
        .addStatement("return size(value, new $T())", SIZES)
        .build());
    type.addMethod(MethodSpec.methodBuilder("write").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addException(IO_EXCEPTION)
        .addParameter(record, "value").addParameter(OUT, "out")
        .addStatement("$T sizes = new $T()", SIZES, SIZES)
        .addStatement("size(value, sizes)")
        .addStatement("write(value, out, sizes)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("size").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(int.class).addParameter(record, "value")
        .addParameter(SIZES, "sizes")
        .addStatement("return size$L($T.nonNull(value, $S), sizes.reset())", root.name(), CODECS,
            rootName)
        .build());
    type.addMethod(MethodSpec.methodBuilder("write").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addException(IO_EXCEPTION)
        .addParameter(record, "value").addParameter(OUT, "out").addParameter(SIZES, "sizes")
        .addStatement("write$L($T.nonNull(value, $S), out, sizes)", root.name(), CODECS, rootName)
        .build());
    type.addMethod(MethodSpec.methodBuilder("read").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addException(IO_EXCEPTION).returns(record)
        .addParameter(READER, "in")
        .addStatement("return read$L(in)", root.name()).build());
    type.addMethods(methods);
    return type.build();
  }

  private static TypeName javaType(Msg m) {
    return m.record() != null ? m.record().javaType() : m.union().javaType();
  }

  private static List<Field> byNumber(Msg m) {
    List<Field> fields = new ArrayList<>(m.fields());
    fields.sort(Comparator.comparingInt(Field::number));
    return fields;
  }

  // ------------------------------------------------------------------ size and write

  private MethodSpec sizeMethod(Msg m) {
    MethodSpec.Builder b = MethodSpec.methodBuilder("size" + m.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(int.class)
        .addParameter(javaType(m), "v").addParameter(SIZES, "sizes");
    b.addStatement("int n = 0");
    NameAllocator names = names();
    CodeBlock.Builder code = CodeBlock.builder();
    if (m.union() != null) {
      union(code, m, "v", names, true);
    } else {
      for (Field f : byNumber(m)) {
        field(code, f, "v." + f.model().javaName() + "()", names, true);
      }
    }
    return b.addCode(code.build()).addStatement("return n").build();
  }

  private MethodSpec writeMethod(Msg m) {
    MethodSpec.Builder b = MethodSpec.methodBuilder("write" + m.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).addException(IO_EXCEPTION)
        .addParameter(javaType(m), "v").addParameter(OUT, "out").addParameter(SIZES, "sizes");
    NameAllocator names = names();
    CodeBlock.Builder code = CodeBlock.builder();
    if (m.union() != null) {
      union(code, m, "v", names, false);
    } else {
      for (Field f : byNumber(m)) {
        field(code, f, "v." + f.model().javaName() + "()", names, false);
      }
    }
    return b.addCode(code.build()).build();
  }

  private static NameAllocator names() {
    NameAllocator names = new NameAllocator();
    for (String r : List.of("v", "n", "out", "in", "tag", "value", "sizes")) {
      names.newName(r, r);
    }
    return names;
  }

  private void union(CodeBlock.Builder code, Msg m, String v, NameAllocator names,
      boolean size) {
    boolean first = true;
    for (Field f : m.fields()) {
      String b = names.newName("branch");
      code.add(first ? "if" : " else if").add(" ($L instanceof $T $N) {\n", v,
          f.branch().javaType(), b).indent();
      present(code, f.branch(), b, f.number(), f.name(), names, size);
      code.unindent().add("}");
      first = false;
    }
    code.add(" else {\n").indent()
        .addStatement("throw $T.unknownSubtype($L, $S)", CODECS, v, m.name())
        .unindent().add("}\n");
  }

  private void field(CodeBlock.Builder code, Field f, String access, NameAllocator names,
      boolean size) {
    TypeModel t = f.type();
    String path = f.name();
    if (t instanceof NullableType n) {
      String x = names.newName(f.model().javaName());
      if (n.form() == NullForm.OPTIONAL) {
        String o = names.newName(f.model().javaName() + "Optional");
        code.addStatement("$T $N = $L", n.javaType(), o, access);
        code.beginControlFlow("if ($N != null && $N.isPresent())", o, o);
        code.addStatement("$T $N = $N.get()", n.inner().javaType(), x, o);
      } else {
        code.addStatement("$T $N = $L", n.javaType(), x, access);
        code.beginControlFlow("if ($N != null)", x);
      }
      present(code, n.inner(), x, f.number(), path, names, size);
      code.endControlFlow();
      return;
    }
    String x = names.newName(f.model().javaName());
    if (t.javaType().isPrimitive()) {
      code.addStatement("$T $N = $L", t.javaType(), x, access);
    } else {
      code.addStatement("$T $N = $T.nonNull($L, $S)", t.javaType(), x, CODECS, access, path);
    }
    implicit(code, t, x, f.number(), path, names, size, "n");
  }

  /** A value without presence: proto3 defaults are left out; messages are always written. */
  private void implicit(CodeBlock.Builder code, TypeModel t, String x, int number, String path,
      NameAllocator names, boolean size, String acc) {
    t = TypeModel.valueModel(t); // a decimal on fixed is a decimal here
    if (t instanceof ArrayType a) {
      repeated(code, a, x, number, path, names, size);
    } else if (t instanceof MapType m) {
      map(code, m, x, number, path, names, size);
    } else if (ProtoSchemaWriter.isMessage(t)) {
      message(code, t, x, number, names, size, acc);
    } else if (t instanceof DecimalType) {
      // a decimal's text is never empty: always written, as protobuf-java writes it
      scalarField(code, scalar(t, x, path), x, number, size, acc);
    } else {
      Scalar s = scalar(t, x, path);
      String w = names.newName("wire");
      code.addStatement("$T $N = $L", s.wireType, w, s.wire);
      code.beginControlFlow("if ($L)", s.notDefault(w));
      scalarField(code, s, w, number, size, acc);
      code.endControlFlow();
    }
  }

  /** A value with presence (proto3 optional, a message, a oneof member): always written. */
  private void present(CodeBlock.Builder code, TypeModel t, String x, int number, String path,
      NameAllocator names, boolean size) {
    present(code, t, x, number, path, names, size, "n");
  }

  private void present(CodeBlock.Builder code, TypeModel t, String x, int number, String path,
      NameAllocator names, boolean size, String acc) {
    if (ProtoSchemaWriter.isMessage(t)) {
      message(code, t, x, number, names, size, acc);
    } else {
      Scalar s = scalar(t, x, path);
      scalarField(code, s, s.wire.toString(), number, size, acc);
    }
  }

  private void scalarField(CodeBlock.Builder code, Scalar s, String w, int number,
      boolean size, String acc) {
    if (s.decimal != null) {
      // the size pass keeps the unscaled value, the write pass writes its digits
      DecimalType d = s.decimal;
      if (size) {
        code.addStatement("$N += $T.decimalSize(sizes, $L, $L, $L, $L, $S)", acc, PB, number, w,
            d.precision(), d.scale(), s.path);
      } else {
        code.addStatement("$T.writeDecimal(out, sizes, $L, $L)", PB, number, d.scale());
      }
    } else if (s.kind.equals("String")) {
      // the size pass notes whether the string is ASCII, which the write pass copies as it is
      if (size) {
        code.addStatement("$N += $T.stringSize(sizes, $L, $L)", acc, PB, number, w);
      } else {
        code.addStatement("$T.writeString(out, sizes, $L, $L)", PB, number, w);
      }
    } else if (size) {
      code.addStatement("$N += $T.compute$LSize($L, $L)", acc, OUT, s.kind, number, w);
    } else {
      code.addStatement("out.write$L($L, $L)", s.kind, number, w);
    }
  }

  private void message(CodeBlock.Builder code, TypeModel t, String x, int number,
      NameAllocator names, boolean size, String acc) {
    CodeBlock body;
    if (t instanceof TimestampType) {
      body = CodeBlock.of("$T.timestampSize($N)", PB, x);
      if (!size) {
        code.addStatement("$T.writeTimestamp(out, $L, $N)", PB, number, x);
        return;
      }
    } else if (t instanceof DateType) {
      body = CodeBlock.of("$T.dateSize($N)", PB, x);
      if (!size) {
        code.addStatement("$T.writeDate(out, $L, $N)", PB, number, x);
        return;
      }
    } else if (t instanceof TimeOfDayType) {
      body = CodeBlock.of("$T.timeOfDaySize($N)", PB, x);
      if (!size) {
        code.addStatement("$T.writeTimeOfDay(out, $L, $N)", PB, number, x);
        return;
      }
    } else {
      // sized once: the size pass keeps it in a slot, the write pass takes it back
      String name = layout.messageOf(t).name();
      if (!size) {
        code.addStatement("$T.messageStart(out, $L, sizes.next())", PB, number);
        code.addStatement("write$L($N, out, sizes)", name, x);
        return;
      }
      String slot = names.newName("slot");
      code.addStatement("int $N = sizes.reserve()", slot);
      body = CodeBlock.of("sizes.set($N, size$L($N, sizes))", slot, name, x);
    }
    code.addStatement("$N += $T.messageSize($L, $L)", acc, PB, number, body);
  }

  private void repeated(CodeBlock.Builder code, ArrayType a, String x, int number, String path,
      NameAllocator names, boolean size) {
    TypeModel el = a.elements();
    String e = names.newName("element");
    String itemPath = path + "[]";
    if (!ProtoSchemaWriter.isMessage(el) && scalar(el, e, itemPath).packed()) {
      String body = names.newName("packed");
      Scalar s = scalar(el, elementValue(el, e, itemPath), itemPath);
      if (size) {
        String slot = names.newName("slot");
        code.addStatement("int $N = sizes.reserve()", slot);
        code.addStatement("int $N = 0", body);
        code.beginControlFlow("for ($T $N : $N)", el.javaType(), e, x);
        code.addStatement("$N += $T.compute$LSizeNoTag($L)", body, OUT, s.kind, s.wire);
        code.endControlFlow();
        code.addStatement("sizes.set($N, $N)", slot, body);
      } else {
        code.addStatement("int $N = sizes.next()", body);
      }
      code.beginControlFlow("if ($N != 0)", body);
      if (size) {
        code.addStatement("n += $T.messageSize($L, $N)", PB, number, body);
      } else {
        code.addStatement("$T.messageStart(out, $L, $N)", PB, number, body);
        code.beginControlFlow("for ($T $N : $N)", el.javaType(), e, x);
        code.addStatement("out.write$LNoTag($L)", s.kind, s.wire);
        code.endControlFlow();
      }
      code.endControlFlow();
      return;
    }
    code.beginControlFlow("for ($T $N : $N)", el.javaType(), e, x);
    String v = e;
    if (!el.javaType().isPrimitive()) {
      v = names.newName("item");
      code.addStatement("$T $N = $T.nonNull($N, $S)", el.javaType(), v, CODECS, e, itemPath);
    }
    present(code, el, v, number, itemPath, names, size);
    code.endControlFlow();
  }

  /** An element of a packed list, null-checked when it is a box. */
  private static String elementValue(TypeModel el, String e, String path) {
    return el.javaType().isPrimitive() ? e
        : CodeBlock.of("$T.nonNull($N, $S)", CODECS, e, path).toString();
  }

  private void map(CodeBlock.Builder code, MapType m, String x, int number, String path,
      NameAllocator names, boolean size) {
    String entry = names.newName("entry");
    TypeName entryType = ParameterizedTypeName.get(ClassName.get(Map.Entry.class),
        ClassName.get(String.class), m.values().javaType().box());
    code.beginControlFlow("for ($T $N : $N.entrySet())", entryType, entry, x);
    String k = names.newName("key");
    String val = names.newName("mapValue");
    String body = names.newName("entrySize");
    code.addStatement("$T $N = $T.nonNull($N.getKey(), $S)", String.class, k, CODECS, entry,
        path + "{}");
    code.addStatement("$T $N = $T.nonNull($N.getValue(), $S)", m.values().javaType().box(), val,
        CODECS, entry, path + "{}");
    // protobuf-java writes a map entry's key and value even when they are proto3 defaults
    TypeModel key = new StringType(ClassName.get(String.class));
    if (size) {
      String slot = names.newName("slot");
      code.addStatement("int $N = sizes.reserve()", slot);
      code.addStatement("int $N = 0", body);
      present(code, key, k, 1, path + "{}", names, true, body);
      present(code, m.values(), val, 2, path + "{}", names, true, body);
      code.addStatement("n += $T.messageSize($L, sizes.set($N, $N))", PB, number, slot, body);
    } else {
      code.addStatement("$T.messageStart(out, $L, sizes.next())", PB, number);
      present(code, key, k, 1, path + "{}", names, false, "n");
      present(code, m.values(), val, 2, path + "{}", names, false, "n");
    }
    code.endControlFlow();
  }

  /**
   * How a scalar goes on the wire: its CodedOutputStream kind and its wire value; a decimal (a
   * string on the wire) with its type and path, which ProtobufCodecs' decimal methods take.
   */
  private record Scalar(String kind, TypeName wireType, CodeBlock wire, DecimalType decimal,
      String path) {
    Scalar(String kind, TypeName wireType, CodeBlock wire) {
      this(kind, wireType, wire, null, null);
    }

    boolean packed() {
      return !kind.equals("String") && !kind.equals("ByteArray");
    }

    String notDefault(String w) {
      return switch (kind) {
        case "Bool" -> w;
        case "Float" -> "Float.floatToRawIntBits(" + w + ") != 0";
        case "Double" -> "Double.doubleToRawLongBits(" + w + ") != 0";
        case "String" -> "!" + w + ".isEmpty()";
        case "ByteArray" -> w + ".length != 0";
        default -> w + " != 0";
      };
    }
  }

  private Scalar scalar(TypeModel t, String x, String path) {
    t = TypeModel.valueModel(t); // a decimal on fixed is a decimal here
    if (t instanceof Primitive p) {
      return switch (p.kind()) {
        case BOOLEAN -> new Scalar("Bool", TypeName.BOOLEAN, CodeBlock.of("$L", x));
        case INT -> new Scalar("Int32", TypeName.INT, CodeBlock.of("$L", x));
        case LONG -> new Scalar("Int64", TypeName.LONG, CodeBlock.of("$L", x));
        case FLOAT -> new Scalar("Float", TypeName.FLOAT, CodeBlock.of("$L", x));
        case DOUBLE -> new Scalar("Double", TypeName.DOUBLE, CodeBlock.of("$L", x));
      };
    }
    if (t instanceof NarrowInt) {
      return new Scalar("Int32", TypeName.INT, CodeBlock.of("$L", x));
    }
    if (t instanceof CharType c) {
      return c.asString()
          ? new Scalar("String", ClassName.get(String.class), CodeBlock.of("String.valueOf($L)",
              x))
          : new Scalar("Int32", TypeName.INT, CodeBlock.of("(int) $L", x));
    }
    ClassName string = ClassName.get(String.class);
    if (t instanceof StringType s) {
      return new Scalar("String", string, s.charSequence() ? CodeBlock.of("$L.toString()", x)
          : CodeBlock.of("$L", x));
    }
    if (t instanceof UuidType) {
      return new Scalar("String", string, CodeBlock.of("$L.toString()", x));
    }
    if (t instanceof DecimalType d) {
      return new Scalar("String", ClassName.get(java.math.BigDecimal.class), CodeBlock.of("$L", x),
          d, path);
    }
    TypeName bytes = ArrayTypeName.of(TypeName.BYTE);
    if (t instanceof BytesType b) {
      return new Scalar("ByteArray", bytes, b.buffer() ? CodeBlock.of("$T.bytes($L)", PB, x)
          : CodeBlock.of("$L", x));
    }
    if (t instanceof FixedType f) {
      return new Scalar("ByteArray", bytes, f.buffer()
          ? CodeBlock.of("$T.bytes($T.fixed($L, $L, $S))", PB, CODECS, x, f.size(), path)
          : CodeBlock.of("$T.fixed($L, $L, $S)", CODECS, x, f.size(), path));
    }
    if (t instanceof EnumType) {
      return new Scalar("Enum", TypeName.INT, CodeBlock.of("$L.ordinal() + 1", x));
    }
    throw new IllegalArgumentException("not a Protobuf scalar: " + t);
  }

  // ------------------------------------------------------------------ read

  /** {@code readX(in)}: the message's fields until its end. */
  private MethodSpec readMethod(Msg m) {
    MethodSpec.Builder b = MethodSpec.methodBuilder("read" + m.name())
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).addException(IO_EXCEPTION)
        .returns(javaType(m)).addParameter(READER, "in");
    CodeBlock.Builder code = CodeBlock.builder();
    NameAllocator names = names();
    if (m.union() != null) {
      code.addStatement("$T value = null", m.union().javaType());
      code.beginControlFlow("for (int tag = in.next(); tag != 0; tag = in.next())");
      code.beginControlFlow("switch (tag >>> 3)");
      for (Field f : m.fields()) {
        code.addStatement("case $L -> value = $L", f.number(),
            readOne(f.branch(), "tag", f.name()));
      }
      code.addStatement("default -> in.skip(tag)");
      code.endControlFlow().endControlFlow();
      code.beginControlFlow("if (value == null)");
      code.addStatement("throw in.error($S, $S)", "", "the oneof of " + m.name()
          + " holds no record this reader knows");
      code.endControlFlow();
      return b.addCode(code.add("return value;\n").build()).build();
    }
    List<String> locals = new ArrayList<>();
    List<CodeBlock> cases = new ArrayList<>();
    List<CodeBlock> after = new ArrayList<>();
    List<CodeBlock> args = new ArrayList<>();
    for (Field f : m.fields()) {
      String local = names.newName(f.model().javaName());
      locals.add(local);
      readField(code, f, local, names, cases, after, args);
    }
    code.beginControlFlow("for (int tag = in.next(); tag != 0; tag = in.next())");
    code.beginControlFlow("switch (tag >>> 3)");
    for (CodeBlock c : cases) {
      code.add(c);
    }
    code.addStatement("default -> in.skip(tag)");
    code.endControlFlow().endControlFlow();
    for (CodeBlock a : after) {
      code.add(a);
    }
    code.addStatement("return new $T($L)", m.record().javaType(), CodeBlock.join(args, ", "));
    return b.addCode(code.build()).build();
  }

  /**
   * {@code readXIn(in, tag, field, item)}: the record message of one field, entered and left;
   * {@code item} is its index when it is a list item (errors inside say {@code items[3].sku}),
   * else -1. A oneof wrapper's, {@code readXIn(in, tag, field)}, is part of the field's value.
   */
  private MethodSpec readFieldMethod(Msg m) {
    boolean record = m.record() != null;
    MethodSpec.Builder b = MethodSpec.methodBuilder("read" + m.name() + "In")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).addException(IO_EXCEPTION)
        .returns(javaType(m)).addParameter(READER, "in").addParameter(int.class, "tag")
        .addParameter(String.class, "field");
    if (record) {
      b.addParameter(int.class, "item").addStatement("int saved = in.enter(tag, field, item)");
    } else {
      b.addStatement("int saved = in.enterValue(tag, field)");
    }
    return b.addStatement("$T value = read$L(in)", javaType(m), m.name())
        .addStatement("in.$L(saved)", record ? "exit" : "exitValue")
        .addStatement("return value").build();
  }

  private void readField(CodeBlock.Builder code, Field f, String local, NameAllocator names,
      List<CodeBlock> cases, List<CodeBlock> after, List<CodeBlock> args) {
    TypeModel t = f.type();
    String path = f.name();
    int number = f.number();
    if (t instanceof NullableType n) {
      if (n.form() == NullForm.OPTIONAL) {
        code.addStatement("$T $N = $T.empty()", n.javaType(), local, java.util.Optional.class);
        cases.add(CodeBlock.of("case $L -> $N = $T.of($L);\n", number, local,
            java.util.Optional.class, readOne(n.inner(), "tag", path)));
      } else {
        code.addStatement("$T $N = null", n.javaType(), local);
        cases.add(CodeBlock.of("case $L -> $N = $L;\n", number, local,
            readOne(n.inner(), "tag", path)));
      }
      args.add(CodeBlock.of("$N", local));
      return;
    }
    if (t instanceof ArrayType a) {
      TypeModel el = a.elements();
      TypeName box = el.javaType().box();
      TypeName listType = a.kind() == CollectionKind.ARRAY
          ? ParameterizedTypeName.get(ClassName.get(List.class), box) : t.javaType();
      ClassName impl = ClassName.get("java.util",
          a.kind() == CollectionKind.SET ? "LinkedHashSet" : "ArrayList");
      code.addStatement("$T $N = new $T<>()", listType, local, impl);
      // a record item's errors name its index; a set's size is no index
      CodeBlock one = readOne(el, "tag", path, a.kind() == CollectionKind.SET
          ? CodeBlock.of("-1") : CodeBlock.of("$N.size()", local));
      if (!ProtoSchemaWriter.isMessage(el) && scalar(el, "x", path).packed()) {
        String saved = names.newName(f.model().javaName() + "Packed");
        cases.add(CodeBlock.builder().add("case $L -> {\n", number).indent()
            .beginControlFlow("if ((tag & 7) == 2)")
            .addStatement("int $N = in.packed(tag, $S)", saved, path)
            .beginControlFlow("while (in.more())")
            .addStatement("in.item($S)", path)
            .addStatement("$N.add($L)", local, readScalar(el, null, path))
            .endControlFlow()
            .addStatement("in.exitValue($N)", saved)
            .nextControlFlow("else")
            .addStatement("in.item($S)", path)
            .addStatement("$N.add($L)", local, one)
            .endControlFlow()
            .unindent().add("}\n").build());
      } else {
        cases.add(CodeBlock.builder().add("case $L -> {\n", number).indent()
            .addStatement("in.item($S)", path)
            .addStatement("$N.add($L)", local, one)
            .unindent().add("}\n").build());
      }
      if (a.kind() == CollectionKind.ARRAY) {
        args.add(arrayOf(el, local));
      } else {
        args.add(CodeBlock.of("$N", local));
      }
      return;
    }
    if (t instanceof MapType m) {
      code.addStatement("$T $N = new $T<>()", t.javaType(), local,
          ClassName.get("java.util", "LinkedHashMap"));
      String saved = names.newName(f.model().javaName() + "Entry");
      String k = names.newName("key");
      String v = names.newName("mapValue");
      String t2 = names.newName("entryTag");
      TypeModel vt = m.values();
      CodeBlock.Builder c = CodeBlock.builder().add("case $L -> {\n", number).indent()
          .addStatement("in.item($S)", path)
          .addStatement("int $N = in.enterValue(tag, $S)", saved, path)
          .addStatement("$T $N = $S", String.class, k, "")
          .addStatement("$T $N = $L", vt.javaType().box(), v, defaultOf(vt))
          .beginControlFlow("for (int $N = in.next(); $N != 0; $N = in.next())", t2, t2, t2)
          .beginControlFlow("if (($N >>> 3) == 1)", t2)
          .addStatement("$N = in.string($N, $S)", k, t2, path + ".key")
          .nextControlFlow("else if (($N >>> 3) == 2)", t2)
          .addStatement("$N = $L", v, readOne(vt, t2, path + ".value"))
          .nextControlFlow("else")
          .addStatement("in.skip($N)", t2)
          .endControlFlow()
          .endControlFlow()
          .addStatement("in.exitValue($N)", saved);
      CodeBlock missing = missingValue(vt, v, path + ".value");
      if (missing != null) {
        c.add(missing);
      }
      c.addStatement("$N.put($N, $N)", local, k, v);
      cases.add(c.unindent().add("}\n").build());
      args.add(CodeBlock.of("$N", local));
      return;
    }
    code.addStatement("$T $N = $L", t.javaType().isPrimitive() ? t.javaType()
        : t.javaType(), local, defaultOf(t));
    cases.add(CodeBlock.of("case $L -> $N = $L;\n", number, local, readOne(t, "tag", path)));
    CodeBlock missing = missingValue(t, local, path);
    if (missing != null) {
      after.add(missing);
    }
    args.add(CodeBlock.of("$N", local));
  }

  /** What a field without presence holds when the message leaves it out (null: must be set). */
  private CodeBlock defaultOf(TypeModel t) {
    if (t instanceof Primitive p) {
      return CodeBlock.of(switch (p.kind()) {
        case BOOLEAN -> "false";
        case INT -> "0";
        case LONG -> "0L";
        case FLOAT -> "0f";
        case DOUBLE -> "0d";
      });
    }
    if (t instanceof NarrowInt n) {
      return CodeBlock.of(n.isByte() ? "(byte) 0" : "(short) 0");
    }
    if (t instanceof CharType) {
      return CodeBlock.of("(char) 0");
    }
    if (t instanceof StringType) {
      return CodeBlock.of("$S", "");
    }
    if (t instanceof BytesType b) {
      return b.buffer() ? CodeBlock.of("$T.allocate(0)", BUFFER) : CodeBlock.of("new byte[0]");
    }
    return CodeBlock.of("null");
  }

  /** After the read loop: the check of a field whose proto3 default is no value of its type. */
  private CodeBlock missingValue(TypeModel t, String local, String path) {
    if (!defaultOf(t).toString().equals("null")) {
      return null;
    }
    if (t instanceof EnumType e) {
      return CodeBlock.builder().beginControlFlow("if ($N == null)", local)
          .addStatement("$N = $T.enumValue(in, 0, $N, $L, $S)", local, PB, enumValues(e),
              fallback(e), path)
          .endControlFlow().build();
    }
    return CodeBlock.builder().beginControlFlow("if ($N == null)", local)
        .addStatement("throw in.missing($S)", path).endControlFlow().build();
  }

  private String enumValues(EnumType e) {
    return enumValues.computeIfAbsent(e, x -> ProtoLayout.enumPrefix(x) + "VALUES");
  }

  private CodeBlock fallback(EnumType e) {
    int i = e.defaultSymbol() == null ? -1 : e.symbols().indexOf(e.defaultSymbol());
    return i < 0 ? CodeBlock.of("null") : CodeBlock.of("$N[$L]", enumValues(e), i);
  }

  private static CodeBlock arrayOf(TypeModel el, String list) {
    TypeName t = el.javaType();
    if (t.isPrimitive()) {
      String name = t.toString();
      return CodeBlock.of("$T.to$LArray($N)", PB,
          Character.toUpperCase(name.charAt(0)) + name.substring(1), list);
    }
    return CodeBlock.of("$N.toArray(new $T[0])", list, rawArrayComponent(t));
  }

  private static TypeName rawArrayComponent(TypeName t) {
    return t instanceof ParameterizedTypeName p ? p.rawType() : t;
  }

  /** The expression reading one value of {@code t} from the field whose tag is in {@code tag}. */
  private CodeBlock readOne(TypeModel t, String tag, String path) {
    return readOne(t, tag, path, CodeBlock.of("-1"));
  }

  /** {@link #readOne(TypeModel, String, String)} of list item {@code item}, or -1. */
  private CodeBlock readOne(TypeModel t, String tag, String path, CodeBlock item) {
    if (t instanceof TimestampType ts) {
      return CodeBlock.of("$T.$L(in, $N, $S)", PB, ts.local() ? "readLocalDateTime"
          : "readTimestamp", tag, path);
    }
    if (t instanceof DateType) {
      return CodeBlock.of("$T.readDate(in, $N, $S)", PB, tag, path);
    }
    if (t instanceof TimeOfDayType) {
      return CodeBlock.of("$T.readTimeOfDay(in, $N, $S)", PB, tag, path);
    }
    if (t instanceof RecordType) {
      return CodeBlock.of("read$LIn(in, $N, $S, $L)", layout.messageOf(t).name(), tag, path, item);
    }
    if (t instanceof UnionType) {
      return CodeBlock.of("read$LIn(in, $N, $S)", layout.messageOf(t).name(), tag, path);
    }
    return readScalar(t, tag, path);
  }

  /** One scalar: with its tag ({@code tag} given), or as an element of a packed run. */
  private CodeBlock readScalar(TypeModel t, String tag, String path) {
    t = TypeModel.valueModel(t); // a decimal on fixed is a decimal here
    String kind = scalar(t, "x", path).kind;
    String method = switch (kind) {
      case "Bool" -> "bool";
      case "Int64" -> "int64";
      case "Float" -> "float32";
      case "Double" -> "float64";
      case "String" -> "string";
      case "ByteArray" -> "bytes";
      default -> "int32";
    };
    CodeBlock raw = tag == null ? CodeBlock.of("in.$LValue($S)", method, path)
        : CodeBlock.of("in.$L($N, $S)", method, tag, path);
    if (t instanceof NarrowInt n) {
      return CodeBlock.of("$T.$L($L, $S)", CODECS, n.isByte() ? "toByte" : "toShort", raw, path);
    }
    if (t instanceof CharType) {
      return CodeBlock.of("$T.toChar($L, $S)", CODECS, raw, path);
    }
    if (t instanceof UuidType) {
      return CodeBlock.of("$T.toUuid($L, $S)", CODECS, raw, path);
    }
    if (t instanceof DecimalType d) {
      // a decimal's text is never packed: always with its tag, read from its bytes
      return CodeBlock.of("$T.readDecimal(in, $N, $L, $L, $S)", PB, tag, d.precision(), d.scale(),
          path);
    }
    if (t instanceof BytesType b && b.buffer()) {
      return CodeBlock.of("$T.wrap($L)", BUFFER, raw);
    }
    if (t instanceof FixedType f) {
      CodeBlock checked = CodeBlock.of("$T.fixed($L, $L, $S)", CODECS, raw, f.size(), path);
      return f.buffer() ? CodeBlock.of("$T.wrap($L)", BUFFER, checked) : checked;
    }
    if (t instanceof EnumType e) {
      return CodeBlock.of("$T.enumValue(in, $L, $N, $L, $S)", PB, raw, enumValues(e),
          fallback(e), path);
    }
    return raw;
  }
}
