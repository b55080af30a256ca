package io.eventschema.processor.format.jsonschema;

import static io.eventschema.processor.codegen.GeneratedNames.checked;
import static io.eventschema.processor.codegen.GeneratedNames.constantCase;
import static io.eventschema.processor.codegen.GeneratedNames.local;
import static io.eventschema.processor.codegen.GeneratedNames.localName;
import static io.eventschema.processor.codegen.GeneratedNames.lowerFirst;
import static io.eventschema.processor.codegen.GeneratedNames.simpleName;
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
import io.eventschema.processor.json.Json;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.FieldSchema;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>JsonCodec}: one static write and read method per record the event reaches,
 * straight-line code over the runtime's {@code JsonOutput} and
 * {@code JsonReader}, no reflection, no look-ups. Writes properties in declaration order (the
 * discriminator first in a record of a sealed interface); reads them in any order, skips unknown
 * ones, fills missing optional ones with their defaults and names a missing required one.
 */
final class JsonCodecWriter {
  static final ClassName OUTPUT = ClassName.get("io.eventschema.json", "JsonOutput");
  static final ClassName NAME = ClassName.get("io.eventschema.json", "JsonName");
  static final ClassName READER = ClassName.get("io.eventschema.json", "JsonReader");
  static final ClassName FIELDS = READER.nestedClass("Fields");
  static final ClassName WRITE = ClassName.get("io.eventschema.json", "JsonWrite");
  static final ClassName CODEC = ClassName.get("io.eventschema.json", "JsonEventCodec");
  static final ClassName CODECS = ClassName.get("io.eventschema.codec", "Codecs");
  static final ClassName PRECISION = ClassName.get("io.eventschema", "Precision");
  static final ClassName IO_EXCEPTION = ClassName.get("java.io", "IOException");

  private final EventModel event;
  private final JsonNames names;
  private final NameAllocator members = new NameAllocator();
  private final Map<RecordType, String> writers = new LinkedHashMap<>();
  private final Map<RecordType, String> readers = new LinkedHashMap<>();
  private final Map<RecordType, String> fieldConstants = new LinkedHashMap<>();
  private final Map<String, String> propertyConstants = new LinkedHashMap<>();
  private final Map<EnumType, String[]> enumConstants = new LinkedHashMap<>();
  private final List<MethodSpec> defaultMethods = new ArrayList<>();
  private final Map<String, String> collectionWriters = new LinkedHashMap<>();
  private final List<MethodSpec> collectionMethods = new ArrayList<>();
  private final Deque<RecordType> pending = new ArrayDeque<>();
  private boolean codeUnitHelper;

  private JsonCodecWriter(EventModel event) {
    this.event = event;
    this.names = JsonNames.of(event);
    for (String reserved : List.of("SCHEMA_JSON", "INSTANCE", "type", "fullName", "schemaText",
        "write", "read")) {
      members.newName(reserved, reserved);
    }
  }

  /** The codec class of {@code event}, whose schema text is {@code schemaText}. */
  static TypeSpec write(EventModel event, String schemaText, Generated generated) {
    return new JsonCodecWriter(event).build(schemaText, generated);
  }

  private TypeSpec build(String schemaText, Generated generated) {
    ClassName self = event.generated("JsonCodec");
    TypeName record = event.recordClass();
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(CODEC, record))
        .addJavadoc("Reads and writes {@link $T} as JSON of the JSON Schema {@code $L}.\n",
            record, event.name().fullName());
    generated.annotate(type);
    type.addField(FieldSpec.builder(String.class, "SCHEMA_JSON",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The JSON Schema, as registered (the text of the schema resource).\n")
        .initializer(stringConstant(schemaText)).build());
    type.addField(FieldSpec.builder(self, "INSTANCE",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T()", self).build());

    String rootName = event.name().name();
    CodeBlock.Builder write = CodeBlock.builder();
    CodeBlock.Builder read = CodeBlock.builder();
    NameAllocator locals = new NameAllocator();
    locals.newName("value", "value");
    locals.newName("out", "out");
    locals.newName("in", "in");
    if (event.root() instanceof RecordType r) {
      write.addStatement("$N($T.nonNull(value, $S), out)", writerName(r), WRITE, rootName);
      read.addStatement("return $N(in)", readerName(r));
    } else {
      String root = locals.newName("event");
      write.addStatement("$T $N = $T.nonNull(value, $S)", event.root().javaType(), root, WRITE,
          rootName);
      writeValue(write, event.root(), root, rootName, locals, true);
      read.addStatement("return $L", readValue(read, event.root(), locals));
    }
    List<MethodSpec> methods = new ArrayList<>();
    while (!pending.isEmpty()) {
      RecordType r = pending.poll();
      methods.add(writeMethod(r));
      methods.add(readMethod(r));
    }
    for (Map.Entry<String, String> e : propertyConstants.entrySet()) {
      type.addField(FieldSpec.builder(NAME, e.getValue(),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.name($S)", WRITE, e.getKey()).build());
    }
    for (Map.Entry<RecordType, String> e : fieldConstants.entrySet()) {
      CodeBlock names = e.getKey().fields().stream()
          .map(f -> CodeBlock.of("$S", f.schemaName())).collect(CodeBlock.joining(", "));
      type.addField(FieldSpec.builder(FIELDS, e.getValue(),
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.fields($L)", READER, names).build());
    }
    for (Map.Entry<EnumType, String[]> e : enumConstants.entrySet()) {
      TypeName enumType = e.getKey().javaType();
      String symbols = e.getKey().symbols().stream().map(s -> CodeBlock.of("$S", s).toString())
          .collect(Collectors.joining(", "));
      type.addField(FieldSpec.builder(String[].class, e.getValue()[0],
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("{$L}", symbols).build());
      type.addField(FieldSpec.builder(ArrayTypeName.of(enumType), e.getValue()[1],
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.values()", enumType).build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), record))
        .addStatement("return $T.class", record).build());
    type.addMethod(MethodSpec.methodBuilder("fullName").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(String.class)
        .addStatement("return $S", event.name().fullName()).build());
    type.addMethod(MethodSpec.methodBuilder("schemaText").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).returns(String.class)
        .addStatement("return SCHEMA_JSON").build());
    type.addMethod(MethodSpec.methodBuilder("write").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(record, "value").addParameter(OUTPUT, "out")
        .addCode(write.build()).build());
    type.addMethod(MethodSpec.methodBuilder("read").addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC).addException(IO_EXCEPTION).returns(record)
        .addParameter(READER, "in")
        .addCode(read.build()).build());
    type.addMethods(methods);
    type.addMethods(collectionMethods);
    type.addMethods(defaultMethods);
    if (codeUnitHelper) {
      type.addMethod(MethodSpec.methodBuilder("codeUnit")
          .addJavadoc("A char written as its UTF-16 code unit, 0 to 65535.\n")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC).addException(IO_EXCEPTION)
          .returns(char.class).addParameter(READER, "in")
          .addStatement("int unit = in.readInt()")
          .beginControlFlow("if (unit < 0 || unit > $T.MAX_VALUE)", Character.class)
          .addStatement("throw in.error($S)", "the number is out of range for a char (0 to 65535)")
          .endControlFlow()
          .addStatement("return (char) unit").build());
    }
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

  /** The constant holding {@code r}'s property names in declaration order, for nextField. */
  private String fieldsConstant(RecordType r) {
    return fieldConstants.computeIfAbsent(r,
        k -> members.newName(constantCase(simpleName(k)) + "_FIELDS"));
  }

  private String property(String name) {
    return propertyConstants.computeIfAbsent(name,
        k -> members.newName(constantCase(k.equals(JsonNames.DISCRIMINATOR) ? "type_property"
            : k)));
  }

  private String[] enumConstants(EnumType e) {
    return enumConstants.computeIfAbsent(e, k -> {
      String base = constantCase(simpleName(k));
      return new String[] {members.newName(base + "_SYMBOLS"), members.newName(base + "_VALUES")};
    });
  }

  private String fieldPath(RecordType owner, FieldModel f) {
    return owner == event.root() ? f.schemaName()
        : owner.schemaName().name() + "." + f.schemaName();
  }

  // ---------------------------------------------------------------------------------- writing

  private MethodSpec writeMethod(RecordType r) {
    NameAllocator locals = new NameAllocator();
    locals.newName("value", "value");
    locals.newName("out", "out");
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("out.writeStartObject()");
    String tag = names.discriminatorOf(r);
    if (tag != null) {
      body.addStatement("out.writeFieldName($N)", property(JsonNames.DISCRIMINATOR));
      body.addStatement("out.writeString($S)", tag);
    }
    for (FieldModel f : r.fields()) {
      body.addStatement("out.writeFieldName($N)", property(f.schemaName()));
      writeValue(body, f.type(), "value." + f.javaName() + "()", fieldPath(r, f), locals, false);
    }
    body.addStatement("out.writeEndObject()");
    return MethodSpec.methodBuilder(writerName(r))
        .addModifiers(Modifier.STATIC)
        .addParameter(r.javaType(), "value")
        .addParameter(OUTPUT, "out")
        .addCode(body.build())
        .build();
  }

  /** Emits the statements that write {@code expr} (evaluated once) as one JSON value. */
  private void writeValue(CodeBlock.Builder b, TypeModel type, String expr, String path,
      NameAllocator locals, boolean nonNull) {
    type = TypeModel.valueModel(type); // a decimal on fixed is a decimal here
    CodeBlock v = checked(expr, path, nonNull || type.javaType().isPrimitive(), WRITE);
    if (type instanceof Primitive p) {
      b.addStatement(p.kind() == TypeModel.PrimitiveKind.BOOLEAN ? "out.writeBoolean($L)"
          : "out.writeNumber($L)", v);
    } else if (type instanceof NarrowInt) {
      b.addStatement("out.writeNumber($L)", v);
    } else if (type instanceof CharType c) {
      if (c.asString()) {
        b.addStatement("out.writeString($T.valueOf($L))", String.class, v);
      } else {
        b.addStatement("out.writeNumber((int) $L)", v);
      }
    } else if (type instanceof StringType s) {
      b.addStatement(s.charSequence() ? "out.writeString($L.toString())" : "out.writeString($L)",
          v);
    } else if (type instanceof BytesType) {
      b.addStatement("$T.bytes(out, $L)", WRITE, v);
    } else if (type instanceof FixedType f) {
      if (f.buffer()) {
        b.addStatement("$T.bytes(out, $T.fixed($L, $L, $S))", WRITE, CODECS, v, f.size(), path);
      } else {
        b.addStatement("$T.fixed(out, $L, $L, $S)", WRITE, v, f.size(), path);
      }
    } else if (type instanceof UuidType) {
      b.addStatement("$T.uuid(out, $L)", WRITE, v);
    } else if (type instanceof DecimalType d) {
      b.addStatement("$T.decimal(out, $L, $L, $L, $S)", WRITE, v, d.precision(), d.scale(), path);
    } else if (type instanceof TimestampType t) {
      b.addStatement("$T.$L(out, $L, $T.$L)", WRITE, t.local() ? "localDateTime" : "instant", v,
          PRECISION, t.precision().name());
    } else if (type instanceof DateType) {
      b.addStatement("$T.localDate(out, $L)", WRITE, v);
    } else if (type instanceof TimeOfDayType t) {
      b.addStatement("$T.localTime(out, $L, $T.$L)", WRITE, v, PRECISION, t.precision().name());
    } else if (type instanceof EnumType e) {
      // the symbol, which @AvroName on a constant makes other than its name
      b.addStatement("out.writeString($N[$L.ordinal()])", enumConstants(e)[0], v);
    } else if (type instanceof RecordType r) {
      b.addStatement("$N($L, out)", writerName(r), v);
    } else if (type instanceof UnionType u) {
      String local = local(b, u.javaType(), expr, path, locals, nonNull, WRITE);
      writeBranches(b, u, local, path, locals);
    } else if (type instanceof NullableType n) {
      String local = locals.newName(localName(expr));
      b.addStatement("$T $N = $L", n.javaType(), local, expr);
      if (n.form() == NullForm.OPTIONAL) {
        b.beginControlFlow("if ($N == null || $N.isEmpty())", local, local);
      } else {
        b.beginControlFlow("if ($N == null)", local);
      }
      b.addStatement("out.writeNull()");
      b.nextControlFlow("else");
      writeValue(b, n.inner(), n.form() == NullForm.OPTIONAL ? local + ".get()" : local, path,
          locals, true);
      b.endControlFlow();
    } else if (type instanceof ArrayType || type instanceof MapType) {
      b.addStatement("$N($L, out)", collectionWriter(type, path), v);
    } else {
      throw new IllegalArgumentException("cannot write " + type);
    }
  }

  /**
   * A method that writes a list, set, array or map: a loop of its own, so that the JIT compiles it
   * small enough to inline the collection's iterator and drop it (no allocation per message), as
   * it does not in a large record writer.
   */
  private String collectionWriter(TypeModel type, String path) {
    String key = path + " " + type.javaType();
    String known = collectionWriters.get(key);
    if (known != null) {
      return known;
    }
    String name = members.newName("write" + methodSuffix(path));
    collectionWriters.put(key, name);
    NameAllocator locals = new NameAllocator();
    String local = locals.newName("values", "values");
    locals.newName("out", "out");
    CodeBlock.Builder b = CodeBlock.builder();
    if (type instanceof ArrayType a) {
      String item = locals.newName("item");
      TypeName itemType = a.kind() == CollectionKind.ARRAY
          ? ((ArrayTypeName) a.javaType()).componentType() : a.elements().javaType().box();
      b.addStatement("out.writeStartArray()");
      if (a.kind() == CollectionKind.LIST) {
        // by index where the list allows it: no iterator at all; any other List by its iterator
        String i = locals.newName("i");
        String n = locals.newName("n");
        b.beginControlFlow("if ($N instanceof $T)", local, RandomAccess.class);
        b.beginControlFlow("for (int $N = 0, $N = $N.size(); $N < $N; $N++)", i, n, local, i, n,
            i);
        b.addStatement("$T $N = $N.get($N)", itemType, item, local, i);
        writeValue(b, a.elements(), item, path + "[]", locals, false);
        b.endControlFlow();
        b.nextControlFlow("else");
        String other = locals.newName("item");
        b.beginControlFlow("for ($T $N : $N)", itemType, other, local);
        writeValue(b, a.elements(), other, path + "[]", locals, false);
        b.endControlFlow();
        b.endControlFlow();
      } else {
        b.beginControlFlow("for ($T $N : $N)", itemType, item, local);
        writeValue(b, a.elements(), item, path + "[]", locals, itemType.isPrimitive());
        b.endControlFlow();
      }
      b.addStatement("out.writeEndArray()");
    } else {
      MapType m = (MapType) type;
      String entry = locals.newName("entry");
      b.addStatement("out.writeStartObject()");
      b.beginControlFlow("for ($T<$T, $T> $N : $N.entrySet())", Map.Entry.class, String.class,
          m.values().javaType().box(), entry, local);
      b.addStatement("out.writeFieldName($T.nonNull($N.getKey(), $S))", WRITE, entry,
          path + " key");
      writeValue(b, m.values(), entry + ".getValue()", path + " value", locals, false);
      b.endControlFlow();
      b.addStatement("out.writeEndObject()");
    }
    collectionMethods.add(MethodSpec.methodBuilder(name)
        .addJavadoc("Writes $L.\n", path)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(type.javaType(), local)
        .addParameter(OUTPUT, "out")
        .addCode(b.build())
        .build());
    return name;
  }

  /**
   * {@code Address.lines[]} as {@code AddressLinesItems}, {@code parts_by_bin value} as
   * {@code PartsByBinValues}.
   */
  private static String methodSuffix(String path) {
    StringBuilder s = new StringBuilder();
    for (String part : path.replace("[]", " items").replace(" value", " values")
        .split("[^A-Za-z0-9$]+")) {
      if (!part.isEmpty()) {
        s.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
      }
    }
    return s.length() == 0 ? "Values" : s.toString();
  }

  private void writeBranches(CodeBlock.Builder b, UnionType u, String v, String path,
      NameAllocator locals) {
    List<RecordType> branches = u.branches();
    for (int i = 0; i < branches.size(); i++) {
      RecordType r = branches.get(i);
      String as = locals.newName(lowerFirst(((ClassName) r.javaType()).simpleName()));
      if (i == 0) {
        b.beginControlFlow("if ($N instanceof $T $N)", v, r.javaType(), as);
      } else {
        b.nextControlFlow("else if ($N instanceof $T $N)", v, r.javaType(), as);
      }
      b.addStatement("$N($N, out)", writerName(r), as);
    }
    b.nextControlFlow("else");
    b.addStatement("throw $T.unknownSubtype($N, $S)", CODECS, v, path);
    b.endControlFlow();
  }

  // ---------------------------------------------------------------------------------- reading

  private MethodSpec readMethod(RecordType r) {
    NameAllocator locals = new NameAllocator();
    locals.newName("in", "in");
    locals.newName("field", "field");
    CodeBlock.Builder body = CodeBlock.builder();
    List<String> args = new ArrayList<>();
    Map<FieldModel, String> present = new LinkedHashMap<>();
    Map<FieldModel, String> valueOf = new LinkedHashMap<>();
    for (FieldModel f : r.fields()) {
      String local = locals.newName(f.javaName());
      valueOf.put(f, local);
      args.add(local);
      body.addStatement("$T $N = $L", f.type().javaType(), local, absent(f.type()));
      FieldSchema fs = r.schemaOf(f);
      if (JsonDefaults.isRequired(r, f) || fs.hasDefault()) {
        String flag = locals.newName("has" + Character.toUpperCase(f.javaName().charAt(0))
            + f.javaName().substring(1));
        present.put(f, flag);
        body.addStatement("boolean $N = false", flag);
      }
    }
    body.addStatement("in.beginObject()");
    String fields = fieldsConstant(r);
    body.beginControlFlow("for (int field = in.nextField($N); field != $T.END;"
        + " field = in.nextField($N))", fields, READER, fields);
    if (!r.fields().isEmpty()) {
      body.beginControlFlow("switch (field)");
      int index = 0;
      for (FieldModel f : r.fields()) {
        body.add("case $L -> { // $S\n", index++, f.schemaName()).indent();
        CodeBlock value = readValue(body, f.type(), locals);
        body.addStatement("$N = $L", valueOf.get(f), value);
        if (present.containsKey(f)) {
          body.addStatement("$N = true", present.get(f));
        }
        body.unindent().add("}\n");
      }
      body.addStatement("default -> in.skipValue()");
      body.endControlFlow();
    } else {
      body.addStatement("in.skipValue()");
    }
    body.endControlFlow();
    for (Map.Entry<FieldModel, String> e : present.entrySet()) {
      FieldModel f = e.getKey();
      body.beginControlFlow("if (!$N)", e.getValue());
      if (JsonDefaults.isRequired(r, f)) {
        body.addStatement("throw in.missing($S)", f.schemaName());
      } else {
        body.addStatement("$N = $N()", valueOf.get(f), defaultMethod(r, f));
      }
      body.endControlFlow();
    }
    body.addStatement("return new $T($L)", r.javaType(), String.join(", ", args));
    return MethodSpec.methodBuilder(readerName(r))
        .addModifiers(Modifier.STATIC)
        .addException(IO_EXCEPTION)
        .returns(r.javaType())
        .addParameter(READER, "in")
        .addCode(body.build())
        .build();
  }

  /** The value a local starts with: what an absent optional property reads as. */
  private static CodeBlock absent(TypeModel type) {
    if (type instanceof NullableType n && n.form() == NullForm.OPTIONAL) {
      return CodeBlock.of("$T.empty()", Optional.class);
    }
    TypeName t = type.javaType();
    if (t.equals(TypeName.BOOLEAN)) {
      return CodeBlock.of("false");
    }
    if (t.equals(TypeName.CHAR)) {
      return CodeBlock.of("'\\0'");
    }
    if (t.equals(TypeName.BYTE) || t.equals(TypeName.SHORT)) {
      return CodeBlock.of("($T) 0", t);
    }
    if (t.isPrimitive()) {
      return CodeBlock.of(t.equals(TypeName.LONG) ? "0L" : t.equals(TypeName.FLOAT) ? "0f"
          : t.equals(TypeName.DOUBLE) ? "0d" : "0");
    }
    return CodeBlock.of("null");
  }

  /**
   * A method that reads a field's default, the JSON text of JSON Schema's {@code default}, with
   * the same code that reads the property: the value the property has when a writer left it out.
   */
  private String defaultMethod(RecordType r, FieldModel f) {
    String name = members.newName("default" + simpleName(r) + "_" + f.javaName());
    Object tree = JsonDefaults.convert(f.type(), r.schemaOf(f).defaultValue());
    NameAllocator locals = new NameAllocator();
    locals.newName("in", "in");
    CodeBlock.Builder body = CodeBlock.builder();
    body.addStatement("$T in = new $T($S.getBytes($T.UTF_8))", READER, READER,
        Json.compact(tree), ClassName.get("java.nio.charset", "StandardCharsets"));
    CodeBlock value = readValue(body, f.type(), locals);
    body.addStatement("return $L", value);
    defaultMethods.add(MethodSpec.methodBuilder(name)
        .addJavadoc("The default of $L: {@code $L}.\n", fieldPath(r, f),
            Json.compact(tree).replace("*/", "*\\/"))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addException(IO_EXCEPTION)
        .returns(f.type().javaType())
        .addCode(body.build())
        .build());
    return name;
  }

  /**
   * Reads the value the reader is on as {@code type}: returns an expression, emitting before it
   * the statements it needs.
   */
  private CodeBlock readValue(CodeBlock.Builder b, TypeModel type, NameAllocator locals) {
    type = TypeModel.valueModel(type); // a decimal on fixed is a decimal here
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
      return CodeBlock.of(n.isByte() ? "in.readByte()" : "in.readShort()");
    }
    if (type instanceof CharType c) {
      if (c.asString()) {
        return CodeBlock.of("in.readChar()");
      }
      codeUnitHelper = true;
      return CodeBlock.of("codeUnit(in)");
    }
    if (type instanceof StringType) {
      return CodeBlock.of("in.readString()");
    }
    if (type instanceof BytesType bt) {
      return CodeBlock.of(bt.buffer() ? "in.readByteBuffer()" : "in.readBytes()");
    }
    if (type instanceof FixedType f) {
      CodeBlock bytes = CodeBlock.of("in.readBytes($L)", f.size());
      return f.buffer()
          ? CodeBlock.of("$T.wrap($L)", ClassName.get("java.nio", "ByteBuffer"), bytes) : bytes;
    }
    if (type instanceof UuidType) {
      return CodeBlock.of("in.readUuid()");
    }
    if (type instanceof DecimalType d) {
      return CodeBlock.of("in.readDecimal($L, $L)", d.precision(), d.scale());
    }
    if (type instanceof TimestampType t) {
      return CodeBlock.of(t.local() ? "in.readLocalDateTime()" : "in.readInstant()");
    }
    if (type instanceof DateType) {
      return CodeBlock.of("in.readLocalDate()");
    }
    if (type instanceof TimeOfDayType) {
      return CodeBlock.of("in.readLocalTime()");
    }
    if (type instanceof EnumType e) {
      String[] c = enumConstants(e);
      return CodeBlock.of("$N[in.readSymbol($N)]", c[1], c[0]);
    }
    if (type instanceof RecordType r) {
      return CodeBlock.of("$N(in)", readerName(r));
    }
    if (type instanceof UnionType u) {
      CodeBlock.Builder cases = CodeBlock.builder();
      for (RecordType r : u.branches()) {
        cases.add("case $S -> $N(in);\n", names.discriminatorOf(r), readerName(r));
      }
      String known = u.branches().stream().map(names::discriminatorOf)
          .collect(Collectors.joining(", "));
      cases.add("default -> throw in.error($S);\n", "the \"" + JsonNames.DISCRIMINATOR
          + "\" property names none of the records of "
          + ((ClassName) u.javaType()).simpleName() + " (" + known + ")");
      return CodeBlock.builder()
          .add("switch (in.discriminator($S)) {\n", JsonNames.DISCRIMINATOR).indent()
          .add(cases.build()).unindent().add("}").build();
    }
    if (type instanceof NullableType n) {
      String v = locals.newName("value");
      b.addStatement("$T $N", n.javaType(), v);
      b.beginControlFlow("if (in.isNull())");
      b.addStatement("$N = $L", v, n.form() == NullForm.OPTIONAL
          ? CodeBlock.of("$T.empty()", Optional.class) : CodeBlock.of("null"));
      b.nextControlFlow("else");
      CodeBlock inner = readValue(b, n.inner(), locals);
      b.addStatement("$N = $L", v, n.form() == NullForm.OPTIONAL
          ? CodeBlock.of("$T.of($L)", Optional.class, inner) : inner);
      b.endControlFlow();
      return CodeBlock.of("$N", v);
    }
    if (type instanceof ArrayType a) {
      String items = locals.newName("items");
      TypeName element = a.elements().javaType().box();
      TypeName itemsType = switch (a.kind()) {
        case SET -> ParameterizedTypeName.get(ClassName.get(LinkedHashSet.class), element);
        case ARRAY -> ParameterizedTypeName.get(ClassName.get(List.class), element);
        default -> a.javaType();
      };
      b.addStatement("in.beginArray()");
      b.addStatement("$T $N = new $T<>()", itemsType, items,
          a.kind() == CollectionKind.SET ? LinkedHashSet.class : ArrayList.class);
      b.beginControlFlow("while (in.nextElement())");
      CodeBlock item = readValue(b, a.elements(), locals);
      b.addStatement("$N.add($L)", items, item);
      b.endControlFlow();
      if (a.kind() != CollectionKind.ARRAY) {
        return CodeBlock.of("$N", items);
      }
      TypeName component = ((ArrayTypeName) a.javaType()).componentType();
      String array = locals.newName("array");
      if (component.isPrimitive()) {
        String k = locals.newName("k");
        b.addStatement("$T $N = new $T[$N.size()]", a.javaType(), array, component, items);
        b.beginControlFlow("for (int $N = 0; $N < $N.length; $N++)", k, k, array, k);
        b.addStatement("$N[$N] = $N.get($N)", array, k, items, k);
        b.endControlFlow();
      } else {
        b.addStatement("$T $N = $N.toArray(new $T[0])", a.javaType(), array, items, component);
      }
      return CodeBlock.of("$N", array);
    }
    if (type instanceof MapType m) {
      String map = locals.newName("map");
      String key = locals.newName("key");
      b.addStatement("in.beginMap()");
      b.addStatement("$T $N = new $T<>()", m.javaType(), map, LinkedHashMap.class);
      b.beginControlFlow("for (String $N = in.nextName(); $N != null; $N = in.nextName())", key,
          key, key);
      CodeBlock value = readValue(b, m.values(), locals);
      b.addStatement("$N.put($N, $L)", map, key, value);
      b.endControlFlow();
      return CodeBlock.of("$N", map);
    }
    throw new IllegalArgumentException("cannot read " + type);
  }
}
