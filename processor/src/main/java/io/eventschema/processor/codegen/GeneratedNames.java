package io.eventschema.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.eventschema.processor.model.TypeModel;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Names and small code shapes every format's codec writer uses, so that generated codecs read
 * alike: member names from record names, readable local names from accessor expressions, and the
 * null check of a value before it is written.
 */
public final class GeneratedNames {
  private GeneratedNames() {}

  /** {@code Outer_Inner} for a named type's Java class {@code Outer.Inner}. */
  public static String simpleName(TypeModel named) {
    return String.join("_", ((ClassName) named.javaType()).simpleNames());
  }

  /** {@code ORDER_LINE} for {@code OrderLine} (and {@code order_line}). */
  public static String constantCase(String name) {
    String s = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9_]", "_")
        .toUpperCase(Locale.ROOT);
    return s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) ? "_" + s : s;
  }

  /** {@code card} for {@code Card}; {@code classValue} for a keyword. */
  public static String lowerFirst(String s) {
    String out = Character.toLowerCase(s.charAt(0)) + s.substring(1);
    return SourceVersion.isKeyword(out) ? out + "Value" : out;
  }

  /** A readable local name for the value of {@code expr}: {@code value.details()} is details. */
  public static String localName(String expr) {
    String s = expr;
    if (s.endsWith(".getValue()")) {
      return "value";
    }
    if (s.endsWith(".get()")) {
      s = s.substring(0, s.length() - ".get()".length()) + "Value";
    }
    if (s.endsWith("()")) {
      s = s.substring(0, s.length() - 2);
    }
    int dot = s.lastIndexOf('.');
    s = dot >= 0 ? s.substring(dot + 1) : s;
    return s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0)) ? "v" : s;
  }

  /**
   * {@code expr}, or {@code checker.nonNull(expr, path)} unless it is known not to be null
   * ({@code checker} throws the runtime's NullFieldException naming the path).
   */
  public static CodeBlock checked(String expr, String path, boolean nonNull, ClassName checker) {
    return nonNull ? CodeBlock.of("$L", expr)
        : CodeBlock.of("$T.nonNull($L, $S)", checker, expr, path);
  }

  /**
   * The name of a local holding the (null-checked) value of {@code expr}, declared in {@code b}:
   * {@code expr} itself when it is already a local known not to be null.
   */
  public static String local(CodeBlock.Builder b, TypeName type, String expr, String path,
      NameAllocator locals, boolean nonNull, ClassName checker) {
    if (nonNull && SourceVersion.isIdentifier(expr)) {
      return expr;
    }
    String v = locals.newName(localName(expr));
    b.addStatement("$T $N = $L", type, v, checked(expr, path, nonNull, checker));
    return v;
  }

  /** Longer string constants are split: a class file holds at most 65535 bytes per constant. */
  private static final int CHUNK = 16_000;

  /** A string constant, split into chunks joined at class initialization when it is long. */
  public static CodeBlock stringConstant(String text) {
    if (text.length() <= CHUNK) {
      return CodeBlock.of("$S", text);
    }
    CodeBlock.Builder b = CodeBlock.builder().add("String.join($S", "");
    for (int i = 0; i < text.length(); i += CHUNK) {
      b.add(",\n$S", text.substring(i, Math.min(text.length(), i + CHUNK)));
    }
    return b.add(")").build();
  }
}
