package io.eventschema.processor.format.avro;

import static io.eventschema.processor.codegen.GeneratedNames.constantCase;
import static io.eventschema.processor.codegen.GeneratedNames.localName;
import static io.eventschema.processor.codegen.GeneratedNames.lowerFirst;
import static io.eventschema.processor.codegen.GeneratedNames.simpleName;

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
import io.eventschema.processor.codegen.GeneratedNames;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
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
import io.eventschema.processor.model.TypeModel.NullType;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.Primitive;
import io.eventschema.processor.model.TypeModel.PrimitiveKind;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import io.eventschema.processor.model.TypeModel.TimeOfDayType;
import io.eventschema.processor.model.TypeModel.TimePrecision;
import io.eventschema.processor.model.TypeModel.TimestampType;
import io.eventschema.processor.model.TypeModel.UnionType;
import io.eventschema.processor.model.TypeModel.BranchUnionType;
import io.eventschema.processor.model.TypeModel.BranchUnionType.Branch;
import io.eventschema.processor.model.TypeModel.UuidType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Codec}: one static write and read method per record type the event reaches,
 * straight-line code over Avro's {@code Encoder}/{@code Decoder}, no reflection, no lookups.
 * Conversions of logical types call {@code io.eventschema.codec.Codecs}, which does exactly what
 * Avro's own conversions do.
 */
public final class CodecWriter {
  static final ClassName ENCODER = ClassName.get("org.apache.avro.io", "Encoder");
  static final ClassName DECODER = ClassName.get("org.apache.avro.io", "Decoder");
  static final ClassName SCHEMA = ClassName.get("org.apache.avro", "Schema");
  static final ClassName CODECS = ClassName.get("io.eventschema.codec", "Codecs");
  static final ClassName EVENT_CODEC = ClassName.get("io.eventschema.codec", "EventCodec");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");

  private final EventModel event;
  /** The class being written: the event's codec, or a shared type's {@code <Record>AvroCodec}. */
  private final ClassName self;
  private final SharedCodecs shared;
  /** The record whose field paths are bare ({@code street}, not {@code Address.street}), or null. */
  private final TypeModel pathRoot;
  private final NameAllocator members = new NameAllocator();
  private final Map<RecordType, String> writers = new LinkedHashMap<>();
  private final Map<RecordType, String> readers = new LinkedHashMap<>();
  private final Map<EnumType, String> enumConstants = new LinkedHashMap<>();
  /** Each record's field names, for the path of a failed read (records of two or more fields). */
  private final Map<RecordType, String> fieldNames = new LinkedHashMap<>();
  private final Deque<RecordType> pending = new ArrayDeque<>();

  private CodecWriter(EventModel event, ClassName self, SharedCodecs shared, boolean sharedClass) {
    this.event = event;
    this.self = self;
    this.shared = shared;
    this.pathRoot = sharedClass ? null : event.root();
    for (String reserved : List.of("SCHEMA_JSON", "SCHEMA", "INSTANCE", "type", "schemaText",
        "schema", "encode", "decode", "fullName")) {
      members.newName(reserved, reserved);
    }
  }

  /** The codec class for {@code event}; {@code compactSchema} is the schema as registered. */
  public static TypeSpec write(EventModel event, String compactSchema, Generated generated) {
    return write(event, compactSchema, SharedCodecs.NONE, generated);
  }

  /**
   * The codec class for {@code event}, calling the shared classes {@code shared} names for the
   * records it reaches instead of writing their methods.
   */
  public static TypeSpec write(EventModel event, String compactSchema, SharedCodecs shared,
      Generated generated) {
    return new CodecWriter(event, event.codecClass(), shared, false)
        .build(compactSchema, generated);
  }

  /**
   * The shared class {@code <Record>AvroCodec} of the {@code @SharedType} record that is the root
   * of {@code model}: its public static write and read methods, those of the records it reaches
   * (but those with shared classes of their own), and its field tables. Its paths name the record
   * as an event's codec does for a nested record ({@code Address.street}).
   */
  public static TypeSpec writeShared(EventModel model, SharedCodecs shared, Generated generated) {
    RecordType record = (RecordType) model.root();
    ClassName self = SharedCodecs.sharedClass(model);
    CodecWriter w = new CodecWriter(model, self, shared, true);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Writes and reads {@link $T} as Avro binary: the code every event's codec calls"
            + " for it\n(it is {@code @SharedType}) when the event names its fields as it does"
            + " here.\n", record.javaType());
    generated.annotate(type);
    String writer = w.writerName(record);
    String reader = w.readerName(record);
    assert writer.equals(SharedCodecs.writer(record)) && reader.equals(SharedCodecs.reader(record))
        : writer + ", " + reader;
    List<MethodSpec> methods = w.drain();
    w.addTables(type);
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethods(methods);
    return type.build();
  }

  /** The write and read methods of every record reached, the first (the root's) first. */
  private List<MethodSpec> drain() {
    List<MethodSpec> methods = new ArrayList<>();
    while (!pending.isEmpty()) {
      RecordType r = pending.poll();
      methods.add(writeMethod(r));
      methods.add(readMethod(r));
    }
    return methods;
  }

  /** The enum symbol arrays and field-name tables the methods use. */
  private void addTables(TypeSpec.Builder type) {
    for (Map.Entry<EnumType, String> e : enumConstants.entrySet()) {
      TypeName enumType = e.getKey().javaType();
      type.addField(FieldSpec.builder(ArrayTypeName.of(enumType), e.getValue(),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.values()", enumType).build());
    }
    for (Map.Entry<RecordType, String> e : fieldNames.entrySet()) {
      CodeBlock names = CodeBlock.join(e.getKey().fields().stream()
          .map(f -> CodeBlock.of("$S", f.schemaName())).toList(), ", ");
      type.addField(FieldSpec.builder(ArrayTypeName.of(String.class), e.getValue(),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The fields of $L, by position: which one a failed read was in.\n",
              e.getKey().schemaName().name())
          .initializer("{$L}", names).build());
    }
  }

  private TypeSpec build(String compactSchema, Generated generated) {
    ClassName self = event.codecClass();
    TypeName record = event.recordClass();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(EVENT_CODEC, record))
        .addJavadoc("Reads and writes {@link $T} as Avro binary of schema {@code $L}.\n",
            record, event.name().fullName());
    generated.annotate(type);
    type.addField(FieldSpec.builder(String.class, "SCHEMA_JSON",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The Avro schema in compact JSON, as registered.\n")
        .initializer(schemaInitializer(compactSchema)).build());
    type.addField(FieldSpec.builder(SCHEMA, "SCHEMA",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T.Parser().parse(SCHEMA_JSON)", SCHEMA).build());
    type.addField(FieldSpec.builder(self, "INSTANCE",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", self).build());

    // the root: one record, or a union of records (a sealed event)
    CodeBlock.Builder encode = CodeBlock.builder();
    CodeBlock.Builder decode = CodeBlock.builder();
    NameAllocator locals = new NameAllocator();
    locals.newName("value", "value");
    locals.newName("out", "out");
    locals.newName("in", "in");
    String rootName = event.name().name();
    if (event.root() instanceof RecordType r) {
      encode.addStatement("$L($T.nonNull(value, $S), out)", writer(r), CODECS, rootName);
      decode.addStatement("return $L(in)", reader(r));
    } else {
      String root = locals.newName("event");
      encode.addStatement("$T $N = $T.nonNull(value, $S)", event.root().javaType(), root, CODECS,
          rootName);
      write(encode, event.root(), root, rootName, locals, true);
      CodeBlock value = readToExpression(decode, event.root(), rootName, new NameAllocator(),
          "event");
      decode.addStatement("return $L", value);
    }

    List<MethodSpec> methods = drain();
    addTables(type);

    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), record))
        .addStatement("return $T.class", record).build());
    type.addMethod(MethodSpec.methodBuilder("schemaText").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(String.class)
        .addStatement("return SCHEMA_JSON").build());
    type.addMethod(MethodSpec.methodBuilder("schema").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(SCHEMA)
        .addStatement("return SCHEMA").build());
    if (!(event.root() instanceof RecordType)) {
      type.addMethod(MethodSpec.methodBuilder("fullName").addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC).returns(String.class)
          .addJavadoc("A union has no name of its own: the event's name.\n")
          .addStatement("return $S", event.name().fullName()).build());
    }
    type.addMethod(MethodSpec.methodBuilder("encode").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addException(IO_EXCEPTION)
        .addParameter(record, "value").addParameter(ENCODER, "out")
        .addCode(encode.build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("decode").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addException(IO_EXCEPTION).returns(record)
        .addParameter(DECODER, "in")
        .addCode(decode.build()).build());
    type.addMethods(methods);
    return type.build();
  }

  /**
   * Most constant strings fit a class file's constant pool entry (65,535 bytes of modified
   * UTF-8); javac refuses a larger one ("constant string too long"). A larger schema is joined at
   * class initialization from literals that each fit: {@code String.join} is not a constant
   * expression, so javac does not fold the pieces back into one.
   */
  static final int MAX_CONSTANT_BYTES = 65_535;

  /** Characters per piece: at most 3 bytes of modified UTF-8 each, so a piece always fits. */
  static final int PIECE_CHARS = 16_384;

  static CodeBlock schemaInitializer(String schema) {
    if (modifiedUtf8Length(schema) <= MAX_CONSTANT_BYTES) {
      return CodeBlock.of("$S", schema);
    }
    CodeBlock.Builder b = CodeBlock.builder().add("$T.join(\"\"", String.class);
    int i = 0;
    while (i < schema.length()) {
      int end = Math.min(schema.length(), i + PIECE_CHARS);
      if (end < schema.length() && Character.isHighSurrogate(schema.charAt(end - 1))) {
        end--; // never split a surrogate pair
      }
      b.add(",\n$S", schema.substring(i, end));
      i = end;
    }
    return b.add(")").build();
  }

  /** The length of {@code s} in a class file: modified UTF-8 (NUL and surrogates count extra). */
  static long modifiedUtf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return n;
  }

  /** The method that writes {@code r}: its shared class's, or one of this class. */
  private CodeBlock writer(RecordType r) {
    ClassName owner = shared.codecOf(r);
    return owner == null || owner.equals(self) ? CodeBlock.of("$N", writerName(r))
        : CodeBlock.of("$T.$N", owner, SharedCodecs.writer(r));
  }

  /** The method that reads {@code r}: its shared class's, or one of this class. */
  private CodeBlock reader(RecordType r) {
    ClassName owner = shared.codecOf(r);
    return owner == null || owner.equals(self) ? CodeBlock.of("$N", readerName(r))
        : CodeBlock.of("$T.$N", owner, SharedCodecs.reader(r));
  }

  /** Public for the record this class is the shared code of, package-private otherwise. */
  private Modifier[] modifiers(RecordType r) {
    return self.equals(shared.codecOf(r)) ? new Modifier[] {Modifier.PUBLIC, Modifier.STATIC}
        : new Modifier[] {Modifier.STATIC};
  }

  private String writerName(RecordType r) {
    return writers.computeIfAbsent(r, k -> {
      pending.add(k);
      return members.newName("write" + simpleName(k));
    });
  }

  private String readerName(RecordType r) {
    return readers.computeIfAbsent(r, k -> members.newName("read" + simpleName(k)));
  }

  private String enumConstant(EnumType e) {
    return enumConstants.computeIfAbsent(e,
        k -> members.newName(constantCase(simpleName(k)) + "_SYMBOLS"));
  }

  private String fieldPath(RecordType owner, FieldModel f) {
    return owner == pathRoot ? f.schemaName() : owner.schemaName().name() + "." + f.schemaName();
  }

  // ---------------------------------------------------------------------------------- writing

  private MethodSpec writeMethod(RecordType r) {
    NameAllocator locals = new NameAllocator();
    locals.newName("value", "value");
    locals.newName("out", "out");
    CodeBlock.Builder body = CodeBlock.builder();
    for (FieldModel f : r.fields()) {
      write(body, f.type(), "value." + f.javaName() + "()", fieldPath(r, f), locals, false);
    }
    return MethodSpec.methodBuilder(writerName(r))
        .addModifiers(modifiers(r))
        .addException(IO_EXCEPTION)
        .addParameter(r.javaType(), "value")
        .addParameter(ENCODER, "out")
        .addCode(body.build())
        .build();
  }

  /**
   * Emits the statements that write {@code expr} (evaluated once) as {@code type}.
   * {@code nonNull} says the expression is known not to be null.
   */
  private void write(CodeBlock.Builder b, TypeModel type, String expr, String path,
      NameAllocator locals, boolean nonNull) {
    if (type instanceof Primitive p) {
      String method = switch (p.kind()) {
        case BOOLEAN -> "writeBoolean";
        case INT -> "writeInt";
        case LONG -> "writeLong";
        case FLOAT -> "writeFloat";
        case DOUBLE -> "writeDouble";
      };
      b.addStatement("out.$L($L)", method,
          p.boxed() ? checked(expr, path, nonNull) : CodeBlock.of(expr));
    } else if (type instanceof NarrowInt n) {
      b.addStatement("out.writeInt($L)",
          n.javaType().isPrimitive() ? CodeBlock.of(expr) : checked(expr, path, nonNull));
    } else if (type instanceof CharType c) {
      CodeBlock value = c.javaType().isPrimitive() ? CodeBlock.of(expr)
          : checked(expr, path, nonNull);
      if (c.asString()) {
        b.addStatement("out.writeString($T.valueOf($L))", String.class, value);
      } else {
        b.addStatement("out.writeInt($L)", value);
      }
    } else if (type instanceof StringType st && !st.charSequence()) {
      b.addStatement("$T.writeString(out, $L, $S)", CODECS, expr, path);
    } else if (type instanceof StringType) {
      b.addStatement("out.writeString($L)", checked(expr, path, nonNull));
    } else if (type instanceof BytesType) {
      b.addStatement("out.writeBytes($L)", checked(expr, path, nonNull));
    } else if (type instanceof FixedType f && f.decimal() != null) {
      // writeFixedDecimal checks for null itself
      b.addStatement("$T.writeFixedDecimal(out, $L, $L, $L, $L, $S)", CODECS, expr, f.size(),
          f.decimal().precision(), f.decimal().scale(), path);
    } else if (type instanceof FixedType f && f.duration()) {
      b.addStatement("$T.writeDuration(out, $L, $S)", CODECS, expr, path);
    } else if (type instanceof TypeModel.BigDecimalType) {
      b.addStatement("$T.writeBigDecimal(out, $L, $S)", CODECS, expr, path);
    } else if (type instanceof FixedType f) {
      b.addStatement("out.writeFixed($T.fixed($L, $L, $S))", CODECS,
          checked(expr, path, nonNull), f.size(), path);
    } else if (type instanceof UuidType) {
      b.addStatement("out.writeString($L.toString())", checked(expr, path, nonNull));
    } else if (type instanceof DecimalType d) {
      // writeDecimal checks for null itself
      b.addStatement("$T.writeDecimal(out, $L, $L, $L, $S)", CODECS, expr, d.precision(),
          d.scale(), path);
    } else if (type instanceof TimestampType t && !t.local()) {
      String method = switch (t.precision()) {
        case MILLIS -> "writeTimestampMillis";
        case MICROS -> "writeTimestampMicros";
        case NANOS -> "writeTimestampNanos";
      };
      b.addStatement("$T.$L(out, $L, $S)", CODECS, method, expr, path);
    } else if (type instanceof TimestampType t) {
      CodeBlock value = checked(expr, path, nonNull);
      if (t.local()) {
        value = CodeBlock.of("$T.atUtc($L)", CODECS, value);
      }
      String method = switch (t.precision()) {
        case MILLIS -> "toEpochMillis";
        case MICROS -> "toEpochMicros";
        case NANOS -> "toEpochNanos";
      };
      b.addStatement("out.writeLong($T.$L($L))", CODECS, method, value);
    } else if (type instanceof DateType) {
      b.addStatement("out.writeInt($T.toEpochDay($L))", CODECS, checked(expr, path, nonNull));
    } else if (type instanceof TimeOfDayType t) {
      if (t.precision() == TimePrecision.MILLIS) {
        b.addStatement("out.writeInt($T.toMillisOfDay($L))", CODECS,
            checked(expr, path, nonNull));
      } else {
        b.addStatement("out.writeLong($T.toMicrosOfDay($L))", CODECS,
            checked(expr, path, nonNull));
      }
    } else if (type instanceof EnumType) {
      b.addStatement("$T.writeEnum(out, $L, $S)", CODECS, expr, path);
    } else if (type instanceof RecordType r) {
      // expr is an accessor call, a local or an entry's value: evaluating it twice is harmless
      b.addStatement("$T.enterRecord(out, $L, $S)", CODECS, expr, path);
      b.addStatement("$L($L, out)", writer(r), expr);
      b.addStatement("$T.exit(out)", CODECS);
    } else if (type instanceof UnionType u) {
      String v = local(b, u.javaType(), expr, path, locals, nonNull);
      writeBranches(b, u.branches(), 0, v, path, locals);
    } else if (type instanceof NullType) {
      b.addStatement("out.writeNull()"); // Void: always null, nothing on the wire
    } else if (type instanceof BranchUnionType u) {
      writeBranchUnion(b, u, expr, path, locals, nonNull);
    } else if (type instanceof NullableType n && common(n) != null) {
      b.addStatement("$T.write$L(out, $L)", CODECS, common(n), expr);
    } else if (type instanceof NullableType n) {
      List<TypeModel> branches = n.branches();
      int nullIndex = branches.indexOf(NullType.INSTANCE);
      String v = locals.newName(localName(expr));
      b.addStatement("$T $N = $L", n.javaType(), v, expr);
      if (n.form() == NullForm.OPTIONAL) {
        b.beginControlFlow("if ($N == null || $N.isEmpty())", v, v);
      } else {
        b.beginControlFlow("if ($N == null)", v);
      }
      b.addStatement("out.writeIndex($L)", nullIndex);
      b.nextControlFlow("else");
      String present = n.form() == NullForm.OPTIONAL ? v + ".get()" : v;
      if (n.inner() instanceof UnionType u) {
        int first = nullIndex == 0 ? 1 : 0;
        writeBranches(b, u.branches(), first, local(b, u.javaType(), present, path, locals, true),
            path, locals);
      } else {
        b.addStatement("out.writeIndex($L)", nullIndex == 0 ? 1 : 0);
        write(b, n.inner(), present, path, locals, true);
      }
      b.endControlFlow();
    } else if (type instanceof ArrayType a && (isStringList(a) || a.kind() == CollectionKind.SET
        && isString(a.elements()) && a.javaType().equals(collectionOf(Set.class)))) {
      b.addStatement("$T.writeStringArray(out, $L, $S)", CODECS, expr, path);
    } else if (type instanceof ArrayType a) {
      String v = local(b, a.javaType(), expr, path, locals, nonNull);
      String item = locals.newName("item");
      b.addStatement("out.writeArrayStart()");
      b.addStatement("out.setItemCount($N.$L)", v,
          a.kind() == CollectionKind.ARRAY ? "length" : "size()");
      TypeName itemType = a.kind() == CollectionKind.ARRAY
          ? ((ArrayTypeName) a.javaType()).componentType() : a.elements().javaType().box();
      b.beginControlFlow("for ($T $N : $N)", itemType, item, v);
      b.addStatement("out.startItem()");
      write(b, a.elements(), item, path + "[]", locals, itemType.isPrimitive());
      b.endControlFlow();
      b.addStatement("out.writeArrayEnd()");
    } else if (type instanceof MapType m && isStringMap(m)) {
      b.addStatement("$T.writeStringMap(out, $L, $S)", CODECS, expr, path);
    } else if (type instanceof MapType m) {
      String v = local(b, m.javaType(), expr, path, locals, nonNull);
      String entry = locals.newName("entry");
      b.addStatement("out.writeMapStart()");
      b.addStatement("out.setItemCount($N.size())", v);
      b.beginControlFlow("for ($T<$T, $T> $N : $N.entrySet())", Map.Entry.class,
          String.class, m.values().javaType().box(), entry, v);
      b.addStatement("out.startItem()");
      b.addStatement("out.writeString($T.nonNull($N.getKey(), $S))", CODECS, entry,
          path + " key");
      write(b, m.values(), entry + ".getValue()", path + " value", locals, false);
      b.endControlFlow();
      b.addStatement("out.writeMapEnd()");
    } else {
      throw new IllegalArgumentException("cannot write " + type);
    }
  }

  /** Writes the index and the record of whichever branch {@code v} (not null) is. */
  private void writeBranches(CodeBlock.Builder b, List<RecordType> branches, int firstIndex,
      String v, String path, NameAllocator locals) {
    for (int i = 0; i < branches.size(); i++) {
      RecordType r = branches.get(i);
      String as = locals.newName(lowerFirst(((ClassName) r.javaType()).simpleName()));
      if (i == 0) {
        b.beginControlFlow("if ($N instanceof $T $N)", v, r.javaType(), as);
      } else {
        b.nextControlFlow("else if ($N instanceof $T $N)", v, r.javaType(), as);
      }
      b.addStatement("out.writeIndex($L)", firstIndex + i);
      b.addStatement("$T.enter(out, $S)", CODECS, path);
      b.addStatement("$L($N, out)", writer(r), as);
      b.addStatement("$T.exit(out)", CODECS);
    }
    b.nextControlFlow("else");
    b.addStatement("throw $T.unknownSubtype($N, $S)", CODECS, v, path);
    b.endControlFlow();
  }

  private static String local(CodeBlock.Builder b, TypeName type, String expr, String path,
      NameAllocator locals, boolean nonNull) {
    return GeneratedNames.local(b, type, expr, path, locals, nonNull, CODECS);
  }

  private static CodeBlock checked(String expr, String path, boolean nonNull) {
    return GeneratedNames.checked(expr, path, nonNull, CODECS);
  }

  static final ClassName STRING = ClassName.get(String.class);

  private static boolean isString(TypeModel type) {
    return type instanceof StringType s && !s.charSequence();
  }

  /** {@code List<String>} or {@code Collection<String>}, which Codecs writes and reads in one call. */
  private static boolean isStringList(ArrayType a) {
    return isString(a.elements()) && (a.kind() == CollectionKind.LIST
        && a.javaType().equals(collectionOf(List.class)) || a.kind() == CollectionKind.COLLECTION
        && a.javaType().equals(collectionOf(java.util.Collection.class)));
  }

  private static TypeName collectionOf(Class<?> raw) {
    return ParameterizedTypeName.get(ClassName.get(raw), STRING);
  }

  /** {@code Map<String, String>}, which Codecs writes and reads in one call. */
  private static boolean isStringMap(MapType m) {
    return isString(m.values())
        && m.javaType().equals(ParameterizedTypeName.get(ClassName.get(Map.class), STRING, STRING));
  }

  /**
   * The suffix of the Codecs helpers ({@code writeOptionalString}, {@code readNullableInt}) that
   * write and read {@code ["null", T]} of a common T in one call, or null for any other union.
   */
  private static String common(NullableType n) {
    if (!n.nullFirst()) {
      return null;
    }
    String inner;
    if (isString(n.inner())) {
      inner = "String";
    } else if (n.inner() instanceof Primitive p && p.kind() == PrimitiveKind.INT) {
      inner = "Int";
    } else if (n.inner() instanceof Primitive p && p.kind() == PrimitiveKind.LONG) {
      inner = "Long";
    } else {
      return null;
    }
    if (n.form() == NullForm.OPTIONAL && !inner.equals("String")) {
      return null;
    }
    TypeName expected = n.form() == NullForm.OPTIONAL
        ? ParameterizedTypeName.get(ClassName.get(Optional.class), STRING)
        : n.inner().javaType().box();
    if (!n.javaType().equals(expected)) {
      return null;
    }
    return (n.form() == NullForm.OPTIONAL ? "Optional" : "Nullable") + inner;
  }

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads the fields in order. A failed read notes the field it was in on its way out
   * ({@code Codecs.failedIn}), so the message names the path ({@code items[2].quantity}): which
   * field is kept in a local int set before each field's read, a store the JIT keeps only for the
   * exception path; nothing is built while reads succeed.
   */
  private MethodSpec readMethod(RecordType r) {
    NameAllocator locals = new NameAllocator();
    locals.newName("in", "in");
    CodeBlock.Builder body = CodeBlock.builder();
    List<FieldModel> fields = r.fields();
    String at = fields.size() > 1 ? locals.newName("field") : null;
    if (at != null) {
      body.addStatement("int $N = 0", at);
    }
    if (!fields.isEmpty()) {
      body.beginControlFlow("try");
    }
    List<String> args = new ArrayList<>();
    for (int k = 0; k < fields.size(); k++) {
      FieldModel f = fields.get(k);
      if (at != null && k > 0) {
        body.addStatement("$N = $L", at, k);
      }
      String local = locals.newName(f.javaName());
      CodeBlock value = read(body, f.type(), fieldPath(r, f), locals, local);
      if (value != null) {
        body.addStatement("$T $N = $L", f.type().javaType(), local, value);
      }
      args.add(local);
    }
    body.addStatement("return new $T($L)", r.javaType(), String.join(", ", args));
    if (!fields.isEmpty()) {
      String e = locals.newName("e");
      body.nextControlFlow("catch ($T $N)", IO_EXCEPTION, e);
      if (at != null) {
        String names = fieldNames.computeIfAbsent(r,
            k -> members.newName(constantCase(simpleName(k)) + "_FIELDS"));
        body.addStatement("$T.failedIn(in, $N[$N])", CODECS, names, at);
      } else {
        body.addStatement("$T.failedIn(in, $S)", CODECS, fields.get(0).schemaName());
      }
      body.addStatement("throw $N", e);
      body.endControlFlow();
    }
    return MethodSpec.methodBuilder(readerName(r))
        .addModifiers(modifiers(r))
        .addException(IO_EXCEPTION)
        .returns(r.javaType())
        .addParameter(DECODER, "in")
        .addCode(body.build())
        .build();
  }

  /**
   * Reads one value of {@code type}. Returns an expression that reads it when evaluated, or emits
   * statements that declare and assign {@code target} and returns null.
   */
  private CodeBlock read(CodeBlock.Builder b, TypeModel type, String path, NameAllocator locals,
      String target) {
    if (type instanceof Primitive p) {
      return switch (p.kind()) {
        case BOOLEAN -> CodeBlock.of("in.readBoolean()");
        case INT -> CodeBlock.of("in.readInt()");
        case LONG -> CodeBlock.of("in.readLong()");
        case FLOAT -> CodeBlock.of("in.readFloat()");
        case DOUBLE -> CodeBlock.of("in.readDouble()");
      };
    }
    if (type instanceof NarrowInt n) {
      return CodeBlock.of("$T.$L(in.readInt(), $S)", CODECS, n.isByte() ? "toByte" : "toShort",
          path);
    }
    if (type instanceof CharType c) {
      return c.asString() ? CodeBlock.of("$T.toChar(in.readString(), $S)", CODECS, path)
          : CodeBlock.of("$T.toChar(in.readInt(), $S)", CODECS, path);
    }
    if (type instanceof StringType) {
      return CodeBlock.of("in.readString()");
    }
    if (type instanceof BytesType bt) {
      return CodeBlock.of("$T.$L(in)", CODECS, bt.buffer() ? "readByteBuffer" : "readByteArray");
    }
    if (type instanceof FixedType f && f.decimal() != null) {
      return CodeBlock.of("$T.readFixedDecimal(in, $L, $L)", CODECS, f.size(),
          f.decimal().scale());
    }
    if (type instanceof FixedType f && f.duration()) {
      return CodeBlock.of("$T.readDuration(in)", CODECS);
    }
    if (type instanceof TypeModel.BigDecimalType) {
      return CodeBlock.of("$T.readBigDecimal(in, $S)", CODECS, path);
    }
    if (type instanceof FixedType f) {
      CodeBlock bytes = CodeBlock.of("$T.readFixed(in, $L)", CODECS, f.size());
      return f.buffer() ? CodeBlock.of("$T.wrap($L)", ClassName.get("java.nio", "ByteBuffer"),
          bytes) : bytes;
    }
    if (type instanceof UuidType) {
      return CodeBlock.of("$T.toUuid(in.readString(), $S)", CODECS, path);
    }
    if (type instanceof DecimalType d) {
      return CodeBlock.of("$T.readDecimal(in, $L, $S)", CODECS, d.scale(), path);
    }
    if (type instanceof TimestampType t) {
      String method = switch (t.precision()) {
        case MILLIS -> "fromEpochMillis";
        case MICROS -> "fromEpochMicros";
        case NANOS -> "fromEpochNanos";
      };
      CodeBlock instant = CodeBlock.of("$T.$L(in.readLong())", CODECS, method);
      return t.local() ? CodeBlock.of("$T.localAtUtc($L)", CODECS, instant) : instant;
    }
    if (type instanceof DateType) {
      return CodeBlock.of("$T.fromEpochDay(in.readInt())", CODECS);
    }
    if (type instanceof TimeOfDayType t) {
      return t.precision() == TimePrecision.MILLIS
          ? CodeBlock.of("$T.fromMillisOfDay(in.readInt())", CODECS)
          : CodeBlock.of("$T.fromMicrosOfDay(in.readLong())", CODECS);
    }
    if (type instanceof EnumType e) {
      return CodeBlock.of("($T) $T.readSymbol(in, $N, $S)", e.javaType(), CODECS, enumConstant(e),
          path);
    }
    if (type instanceof RecordType r) {
      b.addStatement("$T.enter(in, $S)", CODECS, path);
      return CodeBlock.of("$T.exit(in, $L(in))", CODECS, reader(r));
    }
    if (type instanceof UnionType u) {
      b.addStatement("$T $N", u.javaType(), target);
      readBranches(b, u.branches(), path, locals, target, null);
      return null;
    }
    if (type instanceof BranchUnionType u) {
      readBranchUnion(b, u, path, locals, target);
      return null;
    }
    if (type instanceof NullType n) {
      b.addStatement("in.readNull()");
      b.addStatement("$T $N = null", n.javaType(), target);
      return null;
    }
    if (type instanceof NullableType n && common(n) != null) {
      return CodeBlock.of("$T.read$L(in, $S)", CODECS, common(n), path);
    }
    if (type instanceof NullableType n) {
      b.addStatement("$T $N", n.javaType(), target);
      CodeBlock absent = n.form() == NullForm.OPTIONAL
          ? CodeBlock.of("$T.empty()", Optional.class) : CodeBlock.of("null");
      List<TypeModel> branches = n.branches();
      if (n.inner() instanceof UnionType u) {
        readBranches(b, branches, path, locals, target, n.form());
        return null;
      }
      int nullIndex = branches.indexOf(NullType.INSTANCE);
      b.beginControlFlow("if ($T.unionIndex(in, 2, $S) == $L)", CODECS, path, nullIndex);
      b.addStatement("$N = $L", target, absent);
      b.nextControlFlow("else");
      CodeBlock inner = readToExpression(b, n.inner(), path, locals, target + "Value");
      b.addStatement("$N = $L", target, n.form() == NullForm.OPTIONAL
          ? CodeBlock.of("$T.of($L)", Optional.class, inner) : inner);
      b.endControlFlow();
      return null;
    }
    if (type instanceof ArrayType a && isStringList(a)) {
      return CodeBlock.of("$T.readStringList(in, $S)", CODECS, path);
    }
    if (type instanceof ArrayType a) {
      String n = locals.newName("count");
      String i = locals.newName("i");
      String items = a.kind() == CollectionKind.ARRAY ? locals.newName(target + "Items") : target;
      TypeName itemsType = switch (a.kind()) {
        case SET -> ParameterizedTypeName.get(ClassName.get(LinkedHashSet.class),
            a.elements().javaType().box());
        case ARRAY -> ParameterizedTypeName.get(ClassName.get(List.class),
            a.elements().javaType().box());
        default -> a.javaType();
      };
      int minItem = minBytes(a.elements());
      b.addStatement("long $N = $T.arrayStart(in, $L, $S)", n, CODECS, minItem, path);
      b.addStatement("$T $N = new $T<>($T.capacity($N))", itemsType, items,
          a.kind() == CollectionKind.SET ? LinkedHashSet.class : ArrayList.class, CODECS, n);
      // the items of earlier blocks, for the index of an item whose read failed
      String before = locals.newName("before");
      b.addStatement("long $N = 0", before);
      b.beginControlFlow("for (; $N != 0; $N += $N, $N = $T.arrayNext(in, $L, $S))", n, before, n,
          n, CODECS, minItem, path);
      b.beginControlFlow("for (long $N = 0; $N < $N; $N++)", i, i, n, i);
      b.beginControlFlow("try");
      CodeBlock item = readToExpression(b, a.elements(), path + "[]", locals, "item");
      b.addStatement("$N.add($L)", items, item);
      String e = locals.newName("e");
      b.nextControlFlow("catch ($T $N)", IO_EXCEPTION, e);
      b.addStatement("$T.failedAtItem(in, $N + $N)", CODECS, before, i);
      b.addStatement("throw $N", e);
      b.endControlFlow();
      b.endControlFlow();
      b.endControlFlow();
      if (a.kind() == CollectionKind.ARRAY) {
        TypeName component = ((ArrayTypeName) a.javaType()).componentType();
        if (component.isPrimitive()) {
          String k = locals.newName("k");
          b.addStatement("$T $N = new $T[$N.size()]", a.javaType(), target, component, items);
          b.beginControlFlow("for (int $N = 0; $N < $N.length; $N++)", k, k, target, k);
          b.addStatement("$N[$N] = $N.get($N)", target, k, items, k);
          b.endControlFlow();
        } else {
          b.addStatement("$T $N = $N.toArray(new $T[0])", a.javaType(), target, items,
              component);
        }
      }
      return null;
    }
    if (type instanceof MapType m && isStringMap(m)) {
      return CodeBlock.of("$T.readStringMap(in, $S)", CODECS, path);
    }
    if (type instanceof MapType m) {
      String n = locals.newName("count");
      String i = locals.newName("i");
      String key = locals.newName("key");
      // an entry takes its key's length byte at least
      int minEntry = Math.max(1, saturatedAdd(1, minBytes(m.values())));
      b.addStatement("long $N = $T.mapStart(in, $L, $S)", n, CODECS, minEntry, path);
      b.addStatement("$T $N = new $T<>($T.capacity($N))", m.javaType(), target,
          LinkedHashMap.class, CODECS, n);
      b.beginControlFlow("for (; $N != 0; $N = $T.mapNext(in, $L, $S))", n, n, CODECS, minEntry,
          path);
      b.beginControlFlow("for (long $N = 0; $N < $N; $N++)", i, i, n, i);
      b.addStatement("$T $N = in.readString()", String.class, key);
      b.beginControlFlow("try");
      CodeBlock value = readToExpression(b, m.values(), path + " value", locals, "value");
      b.addStatement("$N.put($N, $L)", target, key, value);
      String e = locals.newName("e");
      b.nextControlFlow("catch ($T $N)", IO_EXCEPTION, e);
      b.addStatement("$T.failedAtKey(in, $N)", CODECS, key);
      b.addStatement("throw $N", e);
      b.endControlFlow();
      b.endControlFlow();
      b.endControlFlow();
      return null;
    }
    throw new IllegalArgumentException("cannot read " + type);
  }

  /**
   * Opens the code of branch {@code i} of {@code count} in a dispatch on the branch index held in
   * {@code index}: {@code if} for the first, {@code else} for the last (the index was checked in
   * range when read), {@code else if} between.
   */
  private static void openBranch(CodeBlock.Builder b, String index, int i, int count) {
    if (i == 0) {
      b.beginControlFlow("if ($N == $L)", index, i);
    } else if (i == count - 1) {
      b.nextControlFlow("else");
    } else {
      b.nextControlFlow("else if ($N == $L)", index, i);
    }
  }

  /**
   * Reads a union of records (and maybe null, for a nullable one: {@code form} not null) into the
   * declared {@code target}: the branch index picks the record's reader.
   */
  private void readBranches(CodeBlock.Builder b, List<? extends TypeModel> branches,
      String path, NameAllocator locals, String target, NullForm form) {
    String index = locals.newName(target + "Branch");
    b.addStatement("int $N = $T.unionIndex(in, $L, $S)", index, CODECS, branches.size(), path);
    for (int i = 0; i < branches.size(); i++) {
      TypeModel branch = branches.get(i);
      openBranch(b, index, i, branches.size());
      if (branch instanceof NullType) {
        b.addStatement("$N = $L", target, form == NullForm.OPTIONAL
            ? CodeBlock.of("$T.empty()", Optional.class) : CodeBlock.of("null"));
      } else {
        b.addStatement("$T.enter(in, $S)", CODECS, path);
        CodeBlock record = CodeBlock.of("$T.exit(in, $L(in))", CODECS,
            reader((RecordType) branch));
        b.addStatement("$N = $L", target, form == NullForm.OPTIONAL
            ? CodeBlock.of("$T.of($L)", Optional.class, record) : record);
      }
    }
    b.endControlFlow();
  }

  // ------------------------------------------------------------- @AvroUnion (general unions)

  /** Writes the index of the branch record {@code expr} is, then the record's one component. */
  private void writeBranchUnion(CodeBlock.Builder b, BranchUnionType u, String expr, String path,
      NameAllocator locals, boolean nonNull) {
    String v = local(b, u.javaType(), expr, path, locals, nonNull);
    List<Branch> branches = u.branches();
    for (int i = 0; i < branches.size(); i++) {
      Branch branch = branches.get(i);
      String as = branch.isNull() ? null
          : locals.newName(lowerFirst(((ClassName) branch.record()).simpleName()));
      CodeBlock test = branch.isNull()
          ? CodeBlock.of("$N instanceof $T", v, branch.record())
          : CodeBlock.of("$N instanceof $T $N", v, branch.record(), as);
      if (i == 0) {
        b.beginControlFlow("if ($L)", test);
      } else {
        b.nextControlFlow("else if ($L)", test);
      }
      b.addStatement("out.writeIndex($L)", i);
      if (!branch.isNull()) {
        write(b, branch.type(), as + "." + branch.component() + "()", path, locals, false);
      }
    }
    b.nextControlFlow("else");
    b.addStatement("throw $T.unknownSubtype($N, $S)", CODECS, v, path);
    b.endControlFlow();
  }

  /** Reads the branch index, then the branch's value into a new branch record. */
  private void readBranchUnion(CodeBlock.Builder b, BranchUnionType u, String path,
      NameAllocator locals, String target) {
    List<Branch> branches = u.branches();
    b.addStatement("$T $N", u.javaType(), target);
    String index = locals.newName(target + "Branch");
    b.addStatement("int $N = $T.unionIndex(in, $L, $S)", index, CODECS, branches.size(), path);
    for (int i = 0; i < branches.size(); i++) {
      Branch branch = branches.get(i);
      if (branches.size() > 1) {
        openBranch(b, index, i, branches.size());
      }
      if (branch.isNull()) {
        b.addStatement("$N = new $T()", target, branch.record());
      } else {
        CodeBlock value = readToExpression(b, branch.type(), path, locals, target + "Value");
        b.addStatement("$N = new $T($L)", target, branch.record(), value);
      }
    }
    if (branches.size() > 1) {
      b.endControlFlow();
    }
  }

  /**
   * The fewest bytes a value of {@code type} takes in Avro binary: a lower bound the generated
   * reader checks a block's item count against. 0 for a type that can take no bytes (null, an
   * empty record, a record of such fields); a record that reaches itself again counts 0 for the
   * inner occurrence, which only lowers the bound.
   */
  private int minBytes(TypeModel type) {
    return minBytes(type, new java.util.HashSet<>());
  }

  private static int minBytes(TypeModel type, java.util.Set<RecordType> open) {
    if (type instanceof NullType) {
      return 0;
    }
    if (type instanceof FixedType f) {
      return f.size();
    }
    if (type instanceof Primitive p) {
      return switch (p.kind()) {
        case FLOAT -> 4;
        case DOUBLE -> 8;
        default -> 1;
      };
    }
    if (type instanceof RecordType r) {
      if (!open.add(r)) {
        return 0;
      }
      int sum = 0;
      for (FieldModel f : r.fields()) {
        sum = saturatedAdd(sum, minBytes(f.type(), open));
      }
      open.remove(r);
      return sum;
    }
    // every other type writes at least one byte: a varint, a length, a union index, a block count
    return 1;
  }

  private static int saturatedAdd(int a, int b) {
    long sum = (long) a + b;
    return sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) sum;
  }

  /** Like {@link #read}, but always yields an expression (declaring a local when needed). */
  private CodeBlock readToExpression(CodeBlock.Builder b, TypeModel type, String path,
      NameAllocator locals, String suggestedName) {
    String local = locals.newName(suggestedName);
    CodeBlock expr = read(b, type, path, locals, local);
    return expr != null ? expr : CodeBlock.of("$N", local);
  }
}
