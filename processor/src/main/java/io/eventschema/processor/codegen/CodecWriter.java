package io.eventschema.processor.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.BytesType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.InstantType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NullForm;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.Primitive;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Codec}: one static write and read method per record type the event reaches,
 * straight-line code over Avro's {@code Encoder}/{@code Decoder}, no reflection, no lookups.
 */
public final class CodecWriter {
  static final ClassName ENCODER = ClassName.get("org.apache.avro.io", "Encoder");
  static final ClassName DECODER = ClassName.get("org.apache.avro.io", "Decoder");
  static final ClassName SCHEMA = ClassName.get("org.apache.avro", "Schema");
  static final ClassName CODECS = ClassName.get("io.eventschema.codec", "Codecs");
  static final ClassName EVENT_CODEC = ClassName.get("io.eventschema.codec", "EventCodec");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");

  private final EventModel event;
  private final NameAllocator members = new NameAllocator();
  private final Map<RecordType, String> writers = new LinkedHashMap<>();
  private final Map<RecordType, String> readers = new LinkedHashMap<>();
  private final Map<EnumType, String> enumConstants = new LinkedHashMap<>();
  private final Deque<RecordType> pending = new ArrayDeque<>();

  private CodecWriter(EventModel event) {
    this.event = event;
    for (String reserved : List.of("SCHEMA_JSON", "SCHEMA", "INSTANCE", "type", "schemaText",
        "schema", "encode", "decode")) {
      members.newName(reserved, reserved);
    }
  }

  /** The codec class for {@code event}; {@code compactSchema} is the schema as registered. */
  public static TypeSpec write(EventModel event, String compactSchema, Generated generated) {
    return new CodecWriter(event).build(compactSchema, generated);
  }

  private TypeSpec build(String compactSchema, Generated generated) {
    ClassName self = event.codecClass();
    TypeName record = event.recordClass();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(EVENT_CODEC, record))
        .addJavadoc("Reads and writes {@link $T} as Avro binary of schema {@code $L}.\n",
            record, event.root().avroName().fullName());
    generated.annotate(type);
    type.addField(FieldSpec.builder(String.class, "SCHEMA_JSON",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The Avro schema in compact JSON, as registered.\n")
        .initializer("$S", compactSchema).build());
    type.addField(FieldSpec.builder(SCHEMA, "SCHEMA",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T.Parser().parse(SCHEMA_JSON)", SCHEMA).build());
    type.addField(FieldSpec.builder(self, "INSTANCE",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", self).build());

    String writeRoot = writerName(event.root());
    String readRoot = readerName(event.root());
    List<MethodSpec> methods = new ArrayList<>();
    while (!pending.isEmpty()) {
      RecordType r = pending.poll();
      methods.add(writeMethod(r));
      methods.add(readMethod(r));
    }
    for (Map.Entry<EnumType, String> e : enumConstants.entrySet()) {
      TypeName enumType = e.getKey().javaType();
      type.addField(FieldSpec.builder(ArrayTypeName.of(enumType), e.getValue(),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.values()", enumType).build());
    }

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
    type.addMethod(MethodSpec.methodBuilder("encode").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addException(IO_EXCEPTION)
        .addParameter(record, "value").addParameter(ENCODER, "out")
        .addStatement("$N($T.nonNull(value, $S), out)", writeRoot, CODECS,
            event.root().avroName().name())
        .build());
    type.addMethod(MethodSpec.methodBuilder("decode").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addException(IO_EXCEPTION).returns(record)
        .addParameter(DECODER, "in")
        .addStatement("return $N(in)", readRoot).build());
    type.addMethods(methods);
    return type.build();
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

  private static String simpleName(TypeModel named) {
    return String.join("_", ((ClassName) named.javaType()).simpleNames());
  }

  private static String constantCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  private String fieldPath(RecordType owner, FieldModel f) {
    return owner == event.root() ? f.avroName() : owner.avroName().name() + "." + f.avroName();
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
        .addModifiers(Modifier.STATIC)
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
      b.addStatement("out.$L($L)", method, p.boxed() ? checked(expr, path, nonNull) : CodeBlock.of(expr));
    } else if (type instanceof StringType) {
      b.addStatement("out.writeString($L)", checked(expr, path, nonNull));
    } else if (type instanceof BytesType) {
      b.addStatement("out.writeBytes($L)", checked(expr, path, nonNull));
    } else if (type instanceof InstantType) {
      b.addStatement("out.writeLong($T.toEpochMicros($L))", CODECS, checked(expr, path, nonNull));
    } else if (type instanceof EnumType) {
      b.addStatement("out.writeEnum($L.ordinal())", checked(expr, path, nonNull));
    } else if (type instanceof RecordType r) {
      b.addStatement("$N($L, out)", writerName(r), checked(expr, path, nonNull));
    } else if (type instanceof NullableType n) {
      String v = locals.newName(localName(expr));
      b.addStatement("$T $N = $L", n.javaType(), v, expr);
      if (n.form() == NullForm.OPTIONAL) {
        b.beginControlFlow("if ($N == null || $N.isEmpty())", v, v);
      } else {
        b.beginControlFlow("if ($N == null)", v);
      }
      b.addStatement("out.writeIndex(0)");
      b.nextControlFlow("else");
      b.addStatement("out.writeIndex(1)");
      write(b, n.inner(), n.form() == NullForm.OPTIONAL ? v + ".get()" : v, path, locals, true);
      b.endControlFlow();
    } else if (type instanceof ArrayType a) {
      String v = local(b, a.javaType(), expr, path, locals, nonNull);
      String item = locals.newName("item");
      b.addStatement("out.writeArrayStart()");
      b.addStatement("out.setItemCount($N.size())", v);
      b.beginControlFlow("for ($T $N : $N)", a.elements().javaType().box(), item, v);
      b.addStatement("out.startItem()");
      write(b, a.elements(), item, path + "[]", locals, false);
      b.endControlFlow();
      b.addStatement("out.writeArrayEnd()");
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

  /**
   * The name of a local holding the (null-checked) value of {@code expr}: {@code expr} itself when
   * it is already a local known not to be null.
   */
  private static String local(CodeBlock.Builder b, TypeName type, String expr, String path,
      NameAllocator locals, boolean nonNull) {
    if (nonNull && SourceVersion.isIdentifier(expr)) {
      return expr;
    }
    String v = locals.newName(localName(expr));
    b.addStatement("$T $N = $L", type, v, checked(expr, path, nonNull));
    return v;
  }

  private static CodeBlock checked(String expr, String path, boolean nonNull) {
    return nonNull ? CodeBlock.of("$L", expr) : CodeBlock.of("$T.nonNull($L, $S)", CODECS, expr, path);
  }

  /** A readable local name for the value of {@code expr}: {@code value.details()} → details. */
  private static String localName(String expr) {
    String s = expr;
    if (s.endsWith("()")) {
      s = s.substring(0, s.length() - 2);
    }
    int dot = s.lastIndexOf('.');
    s = dot >= 0 ? s.substring(dot + 1) : s;
    return s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) ? "v" : s;
  }

  // ---------------------------------------------------------------------------------- reading

  private MethodSpec readMethod(RecordType r) {
    NameAllocator locals = new NameAllocator();
    locals.newName("in", "in");
    CodeBlock.Builder body = CodeBlock.builder();
    List<String> args = new ArrayList<>();
    for (FieldModel f : r.fields()) {
      String local = locals.newName(f.javaName());
      CodeBlock value = read(body, f.type(), fieldPath(r, f), locals, local);
      if (value != null) {
        body.addStatement("$T $N = $L", f.type().javaType(), local, value);
      }
      args.add(local);
    }
    body.addStatement("return new $T($L)", r.javaType(), String.join(", ", args));
    return MethodSpec.methodBuilder(readerName(r))
        .addModifiers(Modifier.STATIC)
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
    if (type instanceof StringType) {
      return CodeBlock.of("in.readString()");
    }
    if (type instanceof BytesType) {
      return CodeBlock.of("$T.readByteArray(in)", CODECS);
    }
    if (type instanceof InstantType) {
      return CodeBlock.of("$T.fromEpochMicros(in.readLong())", CODECS);
    }
    if (type instanceof EnumType e) {
      return CodeBlock.of("$T.enumSymbol(in, $N, $S)", CODECS, enumConstant(e), path);
    }
    if (type instanceof RecordType r) {
      return CodeBlock.of("$N(in)", readerName(r));
    }
    if (type instanceof NullableType n) {
      b.addStatement("$T $N", n.javaType(), target);
      b.beginControlFlow("if ($T.unionIndex(in, 2, $S) == 0)", CODECS, path);
      b.addStatement("$N = $L", target,
          n.form() == NullForm.OPTIONAL ? CodeBlock.of("$T.empty()", Optional.class) : "null");
      b.nextControlFlow("else");
      CodeBlock inner = readToExpression(b, n.inner(), path, locals, target + "Value");
      b.addStatement("$N = $L", target, n.form() == NullForm.OPTIONAL
          ? CodeBlock.of("$T.of($L)", Optional.class, inner) : inner);
      b.endControlFlow();
      return null;
    }
    if (type instanceof ArrayType a) {
      String n = locals.newName("count");
      String i = locals.newName("i");
      b.addStatement("long $N = in.readArrayStart()", n);
      b.addStatement("$T $N = new $T<>($T.capacity($N))", a.javaType(), target,
          ArrayList.class, CODECS, n);
      b.beginControlFlow("for (; $N != 0; $N = in.arrayNext())", n, n);
      b.beginControlFlow("for (long $N = 0; $N < $N; $N++)", i, i, n, i);
      CodeBlock item = readToExpression(b, a.elements(), path + "[]", locals, "item");
      b.addStatement("$N.add($L)", target, item);
      b.endControlFlow();
      b.endControlFlow();
      return null;
    }
    if (type instanceof MapType m) {
      String n = locals.newName("count");
      String i = locals.newName("i");
      String key = locals.newName("key");
      b.addStatement("long $N = in.readMapStart()", n);
      b.addStatement("$T $N = new $T<>($T.capacity($N))", m.javaType(), target,
          LinkedHashMap.class, CODECS, n);
      b.beginControlFlow("for (; $N != 0; $N = in.mapNext())", n, n);
      b.beginControlFlow("for (long $N = 0; $N < $N; $N++)", i, i, n, i);
      b.addStatement("$T $N = in.readString()", String.class, key);
      CodeBlock value = readToExpression(b, m.values(), path + " value", locals, "value");
      b.addStatement("$N.put($N, $L)", target, key, value);
      b.endControlFlow();
      b.endControlFlow();
      return null;
    }
    throw new IllegalArgumentException("cannot read " + type);
  }

  /** Like {@link #read}, but always yields an expression (declaring a local when needed). */
  private CodeBlock readToExpression(CodeBlock.Builder b, TypeModel type, String path,
      NameAllocator locals, String suggestedName) {
    String local = locals.newName(suggestedName);
    CodeBlock expr = read(b, type, path, locals, local);
    return expr != null ? expr : CodeBlock.of("$N", local);
  }
}
