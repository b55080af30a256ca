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
import io.eventschema.processor.model.ConstraintModel;
import io.eventschema.processor.model.ConstraintModel.Step;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NullForm;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.StringType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Validator}: straight-line checks of the built-in constraints of the event
 * and of every record it reaches through {@code @Valid}, on top of the runtime's
 * {@code GeneratedValidator}, which hands any event that fails a check to Hibernate Validator so
 * the violations reported are its own.
 *
 * <p>The checks pass only values Hibernate Validator passes. A constraint the writer cannot check
 * exactly (a custom one, groups, a type it does not know) makes the whole type go to Hibernate
 * Validator; the generated class says why.
 */
public final class ValidatorWriter {
  static final ClassName GENERATED_VALIDATOR =
      ClassName.get("io.eventschema.validation", "GeneratedValidator");
  static final ClassName EVENT_VALIDATOR =
      ClassName.get("io.eventschema.validation", "EventValidator");
  static final ClassName CHECKS = ClassName.get("io.eventschema.validation", "Checks");
  static final ClassName SCHEMA_PATHS =
      ClassName.get("io.eventschema.validation", "SchemaPaths");
  /** The java.time types the processor maps: each has a static {@code now()} and compareTo. */
  private static final Set<TypeName> TEMPORAL = Set.of(ClassName.get("java.time", "Instant"),
      ClassName.get("java.time", "LocalDate"), ClassName.get("java.time", "LocalDateTime"),
      ClassName.get("java.time", "LocalTime"));
  private static final ClassName BIG_DECIMAL = ClassName.get(BigDecimal.class);
  private static final ClassName PATTERN = ClassName.get(Pattern.class);

  /** A constraint or type the generated code cannot check exactly. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String why) {
      super(why, null, false, false);
    }
  }

  private enum Kind { INTEGRAL, FLOATING, BOOLEAN, STRING, BYTES, TEMPORAL, DECIMAL, LIST, ARRAY,
    MAP, OPTIONAL, OTHER }

  private final EventModel event;
  private final NameAllocator members = new NameAllocator();
  private final Map<RecordType, String> checkers = new LinkedHashMap<>();
  private final Deque<RecordType> pending = new ArrayDeque<>();
  private final List<FieldSpec> constants = new ArrayList<>();
  private final Set<String> problems = new LinkedHashSet<>();

  private ValidatorWriter(EventModel event, List<String> typeProblems) {
    this.event = event;
    this.problems.addAll(typeProblems);
    for (String reserved : List.of("INSTANCE", "passes", "validate", "SCHEMA_PATHS",
        "schemaPaths")) {
      members.newName(reserved, reserved);
    }
  }

  /**
   * The validator class for {@code event}; {@code typeProblems} are the mapper's reasons why the
   * event's record as a whole is beyond generated checks (class-level constraints and the like).
   */
  public static TypeSpec write(EventModel event, List<String> typeProblems, Generated generated) {
    return new ValidatorWriter(event, typeProblems).build(generated);
  }

  private TypeSpec build(Generated generated) {
    ClassName self = event.generated("Validator");
    TypeName record = event.recordClass();
    TypeModel rootType = event.root();
    CodeBlock.Builder dispatch = CodeBlock.builder();
    if (rootType instanceof RecordType r) {
      dispatch.addStatement("return $N(event)", checkerName(r));
    } else if (rootType instanceof UnionType u) {
      // a sealed interface: Hibernate Validator validates the record the event is
      for (RecordType branch : u.branches()) {
        dispatch.beginControlFlow("if (event instanceof $T branch)", branch.javaType());
        dispatch.addStatement("return $N(branch)", checkerName(branch));
        dispatch.endControlFlow();
      }
      dispatch.addStatement("return false");
    } else if (rootType instanceof TypeModel.EnumType) {
      dispatch.addStatement("return true"); // an enum holds no constraints
    } else if (rootType instanceof TypeModel.BranchUnionType u) {
      // a general union: the records its branch holds, as for a field
      NameAllocator locals = new NameAllocator();
      locals.newName("event", "event");
      cascade(dispatch, u, "event", locals);
      dispatch.addStatement("return true");
    } else {
      problems.add("the event is not a record or a sealed interface of records ("
          + rootType.javaType() + ")");
    }
    List<MethodSpec> methods = new ArrayList<>();
    while (!pending.isEmpty()) {
      methods.add(checkMethod(pending.poll()));
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(GENERATED_VALIDATOR, record))
        .addJavadoc("Validates {@link $T}: generated checks of its built-in constraints pass a"
            + " valid event\nwithout reflection; any other event goes to Hibernate Validator,"
            + " which reports the violations.\n", record);
    generated.annotate(type);
    type.addField(FieldSpec.builder(self, "INSTANCE",
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Falls back to the shared Hibernate Validator.\n")
        .initializer("new $T()", self).build());
    MethodSpec.Builder passes = MethodSpec.methodBuilder("passes").addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED).returns(TypeName.BOOLEAN)
        .addParameter(record, "event");
    if (problems.isEmpty()) {
      type.addFields(constants);
      passes.addCode(dispatch.build());
    } else {
      CodeBlock.Builder why = CodeBlock.builder()
          .add("// Hibernate Validator validates every event of this type:\n");
      for (String p : problems) {
        why.add("// - $L\n", p.replace('\n', ' '));
      }
      passes.addCode(why.build()).addStatement("return false");
      type.addJavadoc("\n<p>Every event of this type goes to Hibernate Validator:\n<ul>\n");
      for (String p : problems) {
        type.addJavadoc("<li>$L</li>\n", p.replace('\n', ' '));
      }
      type.addJavadoc("</ul>\n");
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Falls back to the shared Hibernate Validator.\n").build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC)
        .addJavadoc("Falls back to {@code fallback}.\n")
        .addParameter(ParameterizedTypeName.get(EVENT_VALIDATOR, record), "fallback")
        .addStatement("super(fallback)").build());
    type.addMethod(passes.build());
    CodeBlock paths = schemaPaths(rootType);
    if (paths != null) {
      type.addField(FieldSpec.builder(SCHEMA_PATHS, "SCHEMA_PATHS", Modifier.PRIVATE,
              Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The schema's names of the fields whose Java names differ, by record.\n")
          .initializer(paths).build());
      type.addMethod(MethodSpec.methodBuilder("schemaPaths").addAnnotation(Override.class)
          .addModifiers(Modifier.PROTECTED).returns(SCHEMA_PATHS)
          .addStatement("return SCHEMA_PATHS").build());
    }
    if (problems.isEmpty()) {
      type.addMethods(methods);
    }
    return type.build();
  }

  /**
   * {@code SchemaPaths.builder()...build()} for the records {@code root} reaches, numbered in the
   * order met (the event's first), listing each field that is named otherwise in the schema or
   * holds records; null when every field has its Java name (violations' paths need no
   * translation).
   */
  static CodeBlock schemaPaths(TypeModel root) {
    Map<RecordType, Integer> numbers = new LinkedHashMap<>();
    List<RecordType> order = new ArrayList<>();
    List<RecordType> roots = TypeModel.recordsIn(root);
    for (RecordType r : roots) {
      numbers.computeIfAbsent(r, k -> {
        order.add(k);
        return order.size() - 1;
      });
    }
    boolean renamed = false;
    for (int i = 0; i < order.size(); i++) {
      for (FieldModel f : order.get(i).fields()) {
        renamed |= !f.javaName().equals(f.schemaName());
        for (RecordType inner : TypeModel.recordsIn(f.type())) {
          numbers.computeIfAbsent(inner, k -> {
            order.add(k);
            return order.size() - 1;
          });
        }
      }
    }
    if (!renamed) {
      return null;
    }
    CodeBlock.Builder b = CodeBlock.builder();
    if (root instanceof RecordType) {
      b.add("$T.builder()", SCHEMA_PATHS);
    } else {
      b.add("$T.builder($L)", SCHEMA_PATHS, String.join(", ",
          roots.stream().map(r -> String.valueOf(numbers.get(r))).toList()));
    }
    b.indent();
    for (RecordType r : order) {
      b.add("\n.record() // $L", r.schemaName().name());
      for (FieldModel f : r.fields()) {
        List<RecordType> inner = TypeModel.recordsIn(f.type());
        if (f.javaName().equals(f.schemaName()) && inner.isEmpty()) {
          continue;
        }
        b.add("\n.field($S, $S", f.javaName(), f.schemaName());
        for (RecordType n : inner) {
          b.add(", $L", numbers.get(n));
        }
        b.add(")");
      }
    }
    return b.add("\n.build()").unindent().build();
  }

  private String checkerName(RecordType r) {
    return checkers.computeIfAbsent(r, k -> {
      pending.add(k);
      return members.newName("check" + String.join("_", ((ClassName) k.javaType()).simpleNames()));
    });
  }

  private MethodSpec checkMethod(RecordType r) {
    NameAllocator locals = new NameAllocator();
    locals.newName("value", "value");
    CodeBlock.Builder body = CodeBlock.builder();
    String owner = r.schemaName().name();
    // consecutive fields whose one check is @NotNull: tested together, without locals
    List<CodeBlock> nullTests = new ArrayList<>();
    for (FieldModel f : r.fields()) {
      List<ConstraintModel> constraints = f.constraints();
      if (constraints.isEmpty()) {
        continue;
      }
      if (onlyNotNull(f)) {
        nullTests.add(CodeBlock.of("value.$N() == null", f.javaName()));
        continue;
      }
      returnFalseIf(body, nullTests);
      nullTests.clear();
      String label = owner + "." + f.javaName();
      boolean ok = true;
      for (ConstraintModel c : constraints) {
        if (c.unsupported() != null) {
          problems.add(label + ": " + c.unsupported());
          ok = false;
        }
      }
      if (!ok) {
        continue;
      }
      CodeBlock.Builder field = CodeBlock.builder();
      NameAllocator fieldLocals = locals.clone();
      String local = fieldLocals.newName(f.javaName());
      field.addStatement("$T $N = value.$N()", f.type().javaType(), local, f.javaName());
      try {
        emit(field, f.type(), local, constraints, 0, fieldLocals);
        locals = fieldLocals;
        body.add(field.build());
      } catch (Unsupported e) {
        problems.add(label + ": " + e.getMessage());
      }
    }
    returnFalseIf(body, nullTests);
    body.addStatement("return true");
    return MethodSpec.methodBuilder(checkerName(r))
        .addJavadoc("True when every built-in constraint of {@code value} holds.\n")
        .addModifiers(Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(r.javaType(), "value")
        .addCode(body.build())
        .build();
  }

  /**
   * A field of a reference type whose only constraint is {@code @NotNull} on the field itself (not
   * an Optional: a constraint on the Optional itself goes to Hibernate Validator, see violated).
   */
  private static boolean onlyNotNull(FieldModel f) {
    return !f.type().javaType().isPrimitive() && kind(f.type()) != Kind.OPTIONAL
        && f.constraints().stream().allMatch(c ->
        c.path().isEmpty() && !c.isCascade() && c.unsupported() == null
            && c.simpleName().equals("NotNull"));
  }

  /** {@code if (t1 || t2 ...) return false;}, nothing for no tests. */
  private static void returnFalseIf(CodeBlock.Builder b, List<CodeBlock> tests) {
    if (tests.isEmpty()) {
      return;
    }
    b.beginControlFlow("if ($L)", CodeBlock.join(tests, " || "));
    b.addStatement("return false");
    b.endControlFlow();
  }

  /** The constraints whose test is true for null: after them, the value is known not null. */
  private static final Set<String> NULL_EXCLUDING = Set.of("NotNull", "NotBlank", "NotEmpty");

  /**
   * Emits the checks of {@code constraints} (those at {@code depth} and deeper) on the value held
   * by local {@code v} of type {@code type}. The checks at this depth are one {@code if}: those
   * that fail on null first ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}), and when
   * there is one, the others without their own null guard ({@code ||} stops at the first).
   */
  private void emit(CodeBlock.Builder b, TypeModel type, String v,
      List<ConstraintModel> constraints, int depth, NameAllocator locals) throws Unsupported {
    TypeModel t = type;
    if (t instanceof NullableType n && n.form() == NullForm.NULL) {
      t = n.inner();
    }
    List<ConstraintModel> deeper = new ArrayList<>();
    List<ConstraintModel> here = new ArrayList<>();
    boolean cascade = false;
    for (ConstraintModel c : constraints) {
      if (c.path().size() > depth) {
        deeper.add(c);
      } else if (c.isCascade()) {
        cascade = true;
      } else if (NULL_EXCLUDING.contains(c.simpleName())) {
        here.add(0, c);
      } else {
        here.add(c);
      }
    }
    List<CodeBlock> tests = new ArrayList<>();
    boolean notNull = false;
    for (ConstraintModel c : here) {
      CodeBlock test = violated(c, t, type.javaType(), v);
      if (test.toString().equals("false")) {
        continue;
      }
      tests.add(notNull ? unguarded.getOrDefault(test, test) : test);
      notNull |= NULL_EXCLUDING.contains(c.simpleName());
    }
    if (cascade && t instanceof RecordType r) {
      tests.add(notNull ? CodeBlock.of("!$N($N)", checkerName(r), v)
          : CodeBlock.of("$N != null && !$N($N)", v, checkerName(r), v));
      cascade = false;
    }
    returnFalseIf(b, tests);
    if (cascade) {
      cascade(b, t, v, locals);
    }
    if (deeper.isEmpty()) {
      return;
    }
    if (t instanceof NullableType n && n.form() == NullForm.OPTIONAL) {
      String inner = locals.newName(v + "Value");
      b.beginControlFlow("if ($N != null && $N.isPresent())", v, v);
      b.addStatement("$T $N = $N.get()", n.inner().javaType().box(), inner, v);
      emit(b, n.inner(), inner, only(deeper, depth, Step.ELEMENT), depth + 1, locals);
      b.endControlFlow();
    } else if (t instanceof ArrayType a) {
      String item = locals.newName(v + "Item");
      if (!notNull) {
        b.beginControlFlow("if ($N != null)", v);
      }
      b.beginControlFlow("for ($T $N : $N)", a.elements().javaType().box(), item, v);
      emit(b, a.elements(), item, only(deeper, depth, Step.ELEMENT), depth + 1, locals);
      b.endControlFlow();
      if (!notNull) {
        b.endControlFlow();
      }
    } else if (t instanceof MapType m) {
      String entry = locals.newName(v + "Entry");
      if (!notNull) {
        b.beginControlFlow("if ($N != null)", v);
      }
      b.beginControlFlow("for ($T.Entry<$T, $T> $N : $N.entrySet())", Map.class, String.class,
          m.values().javaType().box(), entry, v);
      List<ConstraintModel> keys = select(deeper, depth, Step.MAP_KEY);
      if (!keys.isEmpty()) {
        String key = locals.newName(v + "Key");
        b.addStatement("$T $N = $N.getKey()", String.class, key, entry);
        emit(b, new StringType(ClassName.get(String.class)), key, keys, depth + 1, locals);
      }
      List<ConstraintModel> values = select(deeper, depth, Step.MAP_VALUE);
      if (!values.isEmpty()) {
        String value = locals.newName(v + "Value");
        b.addStatement("$T $N = $N.getValue()", m.values().javaType().box(), value, entry);
        emit(b, m.values(), value, values, depth + 1, locals);
      }
      b.endControlFlow();
      if (!notNull) {
        b.endControlFlow();
      }
    } else {
      throw new Unsupported("constraints inside " + t.javaType() + ", which is not a container");
    }
  }

  private static List<ConstraintModel> only(List<ConstraintModel> deeper, int depth, Step step)
      throws Unsupported {
    List<ConstraintModel> out = select(deeper, depth, step);
    if (out.size() != deeper.size()) {
      throw new Unsupported("a constraint on a type argument the writer does not know");
    }
    return out;
  }

  private static List<ConstraintModel> select(List<ConstraintModel> deeper, int depth, Step step) {
    List<ConstraintModel> out = new ArrayList<>();
    for (ConstraintModel c : deeper) {
      if (c.path().get(depth) == step) {
        out.add(c);
      }
    }
    return out;
  }

  /** Checks every record inside the value of {@code v}, as Hibernate Validator cascades. */
  private void cascade(CodeBlock.Builder b, TypeModel type, String v, NameAllocator locals) {
    if (type instanceof RecordType r) {
      b.beginControlFlow("if ($N != null && !$N($N))", v, checkerName(r), v);
      b.addStatement("return false");
      b.endControlFlow();
    } else if (type instanceof UnionType u) {
      // Hibernate Validator cascades into the record the value is
      for (RecordType branch : u.branches()) {
        String as = locals.newName(v + "As" + ((ClassName) branch.javaType()).simpleName());
        b.beginControlFlow("if ($N instanceof $T $N && !$N($N))", v, branch.javaType(), as,
            checkerName(branch), as);
        b.addStatement("return false");
        b.endControlFlow();
      }
    } else if (type instanceof TypeModel.BranchUnionType u) {
      // an @AvroUnion: the value of the branch record it is
      for (TypeModel.BranchUnionType.Branch branch : u.branches()) {
        if (!branch.isNull() && reachesRecord(branch.type())) {
          String as = locals.newName(v + "As" + ((ClassName) branch.record()).simpleName());
          String value = locals.newName(as + "Value");
          b.beginControlFlow("if ($N instanceof $T $N)", v, branch.record(), as);
          b.addStatement("$T $N = $N.$N()", branch.type().javaType(), value, as,
              branch.component());
          cascade(b, branch.type(), value, locals);
          b.endControlFlow();
        }
      }
    } else if (type instanceof NullableType n) {
      if (n.form() == NullForm.NULL) {
        cascade(b, n.inner(), v, locals);
      } else if (reachesRecord(n.inner())) {
        String inner = locals.newName(v + "Value");
        b.beginControlFlow("if ($N != null && $N.isPresent())", v, v);
        b.addStatement("$T $N = $N.get()", n.inner().javaType().box(), inner, v);
        cascade(b, n.inner(), inner, locals);
        b.endControlFlow();
      }
    } else if (type instanceof ArrayType a && reachesRecord(a.elements())) {
      String item = locals.newName(v + "Item");
      b.beginControlFlow("if ($N != null)", v);
      b.beginControlFlow("for ($T $N : $N)", a.elements().javaType().box(), item, v);
      cascade(b, a.elements(), item, locals);
      b.endControlFlow();
      b.endControlFlow();
    } else if (type instanceof MapType m && reachesRecord(m.values())) {
      String value = locals.newName(v + "Value");
      b.beginControlFlow("if ($N != null)", v);
      b.beginControlFlow("for ($T $N : $N.values())", m.values().javaType().box(), value, v);
      cascade(b, m.values(), value, locals);
      b.endControlFlow();
      b.endControlFlow();
    }
  }

  private static boolean reachesRecord(TypeModel t) {
    if (t instanceof RecordType || t instanceof UnionType) {
      return true;
    }
    if (t instanceof TypeModel.BranchUnionType u) {
      return u.branches().stream().anyMatch(branch -> reachesRecord(branch.type()));
    }
    if (t instanceof NullableType n) {
      return reachesRecord(n.inner());
    }
    if (t instanceof ArrayType a) {
      return reachesRecord(a.elements());
    }
    if (t instanceof MapType m) {
      return reachesRecord(m.values());
    }
    return false;
  }

  private static Kind kind(TypeModel t) {
    TypeName java = t.javaType();
    TypeName raw = java instanceof ParameterizedTypeName p ? p.rawType() : java;
    TypeName unboxed = java.isBoxedPrimitive() ? java.unbox() : java;
    if (unboxed.equals(TypeName.INT) || unboxed.equals(TypeName.LONG)
        || unboxed.equals(TypeName.SHORT) || unboxed.equals(TypeName.BYTE)) {
      return Kind.INTEGRAL;
    }
    if (unboxed.equals(TypeName.FLOAT) || unboxed.equals(TypeName.DOUBLE)) {
      return Kind.FLOATING;
    }
    if (unboxed.equals(TypeName.BOOLEAN)) {
      return Kind.BOOLEAN;
    }
    if (java.equals(ClassName.get(String.class))) {
      return Kind.STRING;
    }
    if (java.equals(ArrayTypeName.of(TypeName.BYTE))) {
      return Kind.BYTES;
    }
    if (TEMPORAL.contains(java)) {
      return Kind.TEMPORAL;
    }
    if (java.equals(BIG_DECIMAL)) {
      return Kind.DECIMAL;
    }
    if (raw.equals(ClassName.get(List.class)) || raw.equals(ClassName.get(Set.class))
        || raw.equals(ClassName.get(java.util.Collection.class))) {
      return Kind.LIST;
    }
    if (java instanceof ArrayTypeName) {
      return Kind.ARRAY;
    }
    if (raw.equals(ClassName.get(Map.class))) {
      return Kind.MAP;
    }
    if (raw.equals(ClassName.get(java.util.Optional.class))) {
      return Kind.OPTIONAL;
    }
    return Kind.OTHER;
  }

  /**
   * A boolean expression that is true when {@code c} fails, or cannot be decided here, for the
   * value in local {@code v} of the (unwrapped) type {@code t}.
   */
  private CodeBlock violated(ConstraintModel c, TypeModel t, TypeName declared, String v)
      throws Unsupported {
    Kind kind = kind(t);
    boolean nullable = !declared.isPrimitive();
    String name = c.simpleName();
    if (kind == Kind.OPTIONAL) {
      throw new Unsupported("@" + name + " on an Optional (Hibernate Validator unwraps it)");
    }
    switch (name) {
      case "NotNull":
        return nullable ? CodeBlock.of("$N == null", v) : CodeBlock.of("false");
      case "Null":
        if (!nullable) {
          throw new Unsupported("@Null on a primitive");
        }
        return CodeBlock.of("$N != null", v);
      case "NotBlank":
        if (kind != Kind.STRING) {
          throw typeMismatch(name, t);
        }
        return CodeBlock.of("!$T.notBlank($N)", CHECKS, v);
      case "NotEmpty":
        switch (kind) {
          case STRING, LIST, MAP:
            return CodeBlock.of("$N == null || $N.isEmpty()", v, v);
          case BYTES, ARRAY:
            return CodeBlock.of("$N == null || $N.length == 0", v, v);
          default:
            throw typeMismatch(name, t);
        }
      case "Size":
        return size(c, kind, t, v);
      case "Min":
      case "Max":
        return bound(name, ((Number) c.values().get("value")).longValue(), kind, t, nullable, v);
      case "DecimalMin":
      case "DecimalMax":
        return decimalBound(c, kind, t, nullable, v);
      case "Positive":
        return sign(kind, t, nullable, v, "$N <= 0", "!($N > 0)");
      case "PositiveOrZero":
        return sign(kind, t, nullable, v, "$N < 0",
            "$T.isNaN($N) || $T.compare($N, 0.0) < 0");
      case "Negative":
        return sign(kind, t, nullable, v, "$N >= 0", "!($N < 0)");
      case "NegativeOrZero":
        return sign(kind, t, nullable, v, "$N > 0", "!($N <= 0)");
      case "Digits":
        return digits(c, kind, t, nullable, v);
      case "AssertTrue":
      case "AssertFalse":
        if (kind != Kind.BOOLEAN) {
          throw typeMismatch(name, t);
        }
        String bad = name.equals("AssertTrue") ? "!$N" : "$N";
        return nullable ? guard(v, CodeBlock.of(bad, v)) : CodeBlock.of(bad, v);
      case "Past":
      case "PastOrPresent":
      case "Future":
      case "FutureOrPresent":
        if (kind != Kind.TEMPORAL) {
          throw typeMismatch(name, t);
        }
        // as Hibernate Validator: the value against now() on the default clock and zone
        String op = switch (name) {
          case "Past" -> ">=";
          case "PastOrPresent" -> ">";
          case "Future" -> "<=";
          default -> "<";
        };
        return guard(v, CodeBlock.of("$N.compareTo($T.now()) " + op + " 0", v, t.javaType()));
      case "Pattern":
        if (kind != Kind.STRING) {
          throw typeMismatch(name, t);
        }
        return guard(v, CodeBlock.of("!$N.matcher($N).matches()", pattern(c), v));
      case "Email":
        if (kind != Kind.STRING) {
          throw typeMismatch(name, t);
        }
        if (".*".equals(c.values().get("regexp"))) {
          return guard(v, CodeBlock.of("!$T.email($N)", CHECKS, v));
        }
        return guard(v, CodeBlock.of("!$T.email($N) || !$N.matcher($N).matches()", CHECKS, v,
            pattern(c), v));
      case "AvroDecimal":
        if (!c.annotation().equals("io.eventschema.AvroDecimal") || kind != Kind.DECIMAL) {
          throw typeMismatch(name, t);
        }
        return guard(v, CodeBlock.of("!$T.fitsDecimal($N, $L, $L)", CHECKS, v,
            ((Number) c.values().get("precision")).intValue(),
            ((Number) c.values().get("scale")).intValue()));
      default:
        throw new Unsupported("@" + name + " is not checked by generated code");
    }
  }

  /** The test of each guarded one ({@code v != null && test}) without its guard. */
  private final Map<CodeBlock, CodeBlock> unguarded = new java.util.IdentityHashMap<>();

  /** {@code v != null && test}, remembering {@code test} for when v is known not null. */
  private CodeBlock guard(String v, CodeBlock test) {
    CodeBlock guarded = test.toString().contains("||")
        ? CodeBlock.of("$N != null && ($L)", v, test) : CodeBlock.of("$N != null && $L", v, test);
    unguarded.put(guarded, test);
    return guarded;
  }

  private static Unsupported typeMismatch(String constraint, TypeModel t) {
    return new Unsupported("@" + constraint + " on " + t.javaType());
  }

  private CodeBlock size(ConstraintModel c, Kind kind, TypeModel t, String v)
      throws Unsupported {
    int min = ((Number) c.values().get("min")).intValue();
    int max = ((Number) c.values().get("max")).intValue();
    if (min < 0 || max < 0 || max < min) {
      throw new Unsupported("@Size(min = " + min + ", max = " + max + ") is invalid");
    }
    String length = switch (kind) {
      case STRING -> "$N.length()";
      case LIST, MAP -> "$N.size()";
      case BYTES, ARRAY -> "$N.length";
      default -> throw typeMismatch("Size", t);
    };
    List<String> tests = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (min > 0) {
      tests.add(length + " < $L");
      args.add(v);
      args.add(min);
    }
    if (max < Integer.MAX_VALUE) {
      tests.add(length + " > $L");
      args.add(v);
      args.add(max);
    }
    if (tests.isEmpty()) {
      return CodeBlock.of("false");
    }
    return guard(v, CodeBlock.of(String.join(" || ", tests), args.toArray()));
  }

  private CodeBlock bound(String name, long bound, Kind kind, TypeModel t,
      boolean nullable, String v) throws Unsupported {
    if (kind != Kind.INTEGRAL) {
      throw typeMismatch(name, t);
    }
    String op = name.equals("Min") ? "<" : ">";
    CodeBlock test = CodeBlock.of("$N " + op + " $LL", v, bound);
    return nullable ? guard(v, test) : test;
  }

  private CodeBlock decimalBound(ConstraintModel c, Kind kind, TypeModel t,
      boolean nullable, String v) throws Unsupported {
    String name = c.simpleName();
    if (kind != Kind.INTEGRAL) {
      throw typeMismatch(name, t);
    }
    BigDecimal d;
    try {
      d = new BigDecimal((String) c.values().get("value"));
    } catch (NumberFormatException e) {
      throw new Unsupported("@" + name + "(\"" + c.values().get("value") + "\") is not a number");
    }
    boolean inclusive = Boolean.TRUE.equals(c.values().get("inclusive"));
    boolean min = name.equals("DecimalMin");
    // for an integer v: v < d  <=>  v < ceil(d);  v <= d  <=>  v <= floor(d);  and mirrored
    BigDecimal edge = (min == inclusive)
        ? d.setScale(0, RoundingMode.CEILING) : d.setScale(0, RoundingMode.FLOOR);
    long e;
    try {
      e = edge.longValueExact();
    } catch (ArithmeticException x) {
      throw new Unsupported("@" + name + "(\"" + d + "\") is beyond the range of a long");
    }
    String op = min ? (inclusive ? "<" : "<=") : (inclusive ? ">" : ">=");
    CodeBlock test = CodeBlock.of("$N " + op + " $LL", v, e);
    return nullable ? guard(v, test) : test;
  }

  private CodeBlock sign(Kind kind, TypeModel t, boolean nullable, String v,
      String integral, String floating) throws Unsupported {
    CodeBlock test;
    if (kind == Kind.INTEGRAL) {
      test = CodeBlock.of(integral, v);
    } else if (kind == Kind.FLOATING) {
      test = floating.contains("$T")
          ? CodeBlock.of(floating, Double.class, v, Double.class, v)
          : CodeBlock.of(floating, v);
    } else if (kind == Kind.DECIMAL) {
      String op = integral.substring(3);
      test = CodeBlock.of("$N.signum() " + op, v);
    } else {
      throw typeMismatch("Positive/Negative", t);
    }
    return nullable ? guard(v, test) : test;
  }

  private CodeBlock digits(ConstraintModel c, Kind kind, TypeModel t, boolean nullable,
      String v) throws Unsupported {
    int integer = ((Number) c.values().get("integer")).intValue();
    int fraction = ((Number) c.values().get("fraction")).intValue();
    if (integer < 0 || fraction < 0) {
      throw new Unsupported("@Digits with a negative length is invalid");
    }
    if (kind != Kind.INTEGRAL && kind != Kind.DECIMAL) {
      throw typeMismatch("Digits", t);
    }
    CodeBlock test = CodeBlock.of("!$T.digits($N, $L, $L)", CHECKS, v, integer, fraction);
    return nullable ? guard(v, test) : test;
  }

  /** A static final Pattern for {@code c}'s regexp and flags. */
  private String pattern(ConstraintModel c) throws Unsupported {
    String regexp = (String) c.values().get("regexp");
    int flags = 0;
    List<String> flagNames = new ArrayList<>();
    Object declared = c.values().get("flags");
    if (declared instanceof List<?> list) {
      for (Object f : list) {
        String flag = f.toString();
        int bit = switch (flag) {
          case "UNIX_LINES" -> Pattern.UNIX_LINES;
          case "CASE_INSENSITIVE" -> Pattern.CASE_INSENSITIVE;
          case "COMMENTS" -> Pattern.COMMENTS;
          case "MULTILINE" -> Pattern.MULTILINE;
          case "DOTALL" -> Pattern.DOTALL;
          case "UNICODE_CASE" -> Pattern.UNICODE_CASE;
          case "CANON_EQ" -> Pattern.CANON_EQ;
          default -> throw new Unsupported("unknown Pattern.Flag " + flag);
        };
        flags |= bit;
        flagNames.add(flag);
      }
    }
    try {
      Pattern.compile(regexp, flags);
    } catch (PatternSyntaxException e) {
      throw new Unsupported("regexp \"" + regexp + "\" does not compile: " + e.getDescription());
    }
    String name = members.newName("PATTERN_" + constants.size());
    CodeBlock flagCode = flagNames.isEmpty() ? null : CodeBlock.join(flagNames.stream()
        .map(f -> CodeBlock.of("$T.$L", PATTERN, f)).toList(), " | ");
    constants.add(FieldSpec.builder(PATTERN, name, Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer(flagCode == null ? CodeBlock.of("$T.compile($S)", PATTERN, regexp)
            : CodeBlock.of("$T.compile($S, $L)", PATTERN, regexp, flagCode))
        .build());
    return name;
  }
}
