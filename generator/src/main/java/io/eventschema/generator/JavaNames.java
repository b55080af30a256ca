package io.eventschema.generator;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Java names for Avro names, and the processor's field naming strategies (the same rules as the
 * processor's, so that the generator can tell which strategy reproduces a schema's names).
 */
final class JavaNames {
  /** Keywords and literals: never identifiers. */
  static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
      "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else",
      "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import",
      "instanceof", "int", "interface", "long", "native", "new", "package", "private",
      "protected", "public", "return", "short", "static", "strictfp", "super", "switch",
      "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
      "true", "false", "null", "_");
  /** Not type names (JLS 3.9: restricted identifiers). */
  private static final Set<String> RESTRICTED_TYPE = Set.of("var", "yield", "record", "sealed",
      "permits");
  /** Record components may not be named like Object's no-argument methods (JLS 8.10.1). */
  private static final Set<String> RESTRICTED_COMPONENT = Set.of("clone", "finalize",
      "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "var", "yield",
      "record", "sealed", "permits");

  private JavaNames() {}

  /** True if {@code s} can be a Java identifier (not a keyword). */
  static boolean isIdentifier(String s) {
    if (s.isEmpty() || KEYWORDS.contains(s) || !Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!Character.isJavaIdentifierPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A legal class name for the Avro name {@code name} (already a valid Avro name). */
  static String typeName(String name) {
    return KEYWORDS.contains(name) || RESTRICTED_TYPE.contains(name) ? name + "_" : name;
  }

  /**
   * The component name for the Avro field {@code name}: lower camel case ({@code user_id ->
   * userId}, {@code UserId -> userId}, {@code ID -> id}), then made legal ({@code class ->
   * class_}).
   */
  static String componentName(String name) {
    String base = name.chars().noneMatch(Character::isLowerCase)
        ? name.toLowerCase(Locale.ROOT) : name;
    String camel = base.indexOf('_', 1) > 0 ? camelCase(base) : lowerFirst(base);
    if (camel.isEmpty() || !Character.isJavaIdentifierStart(camel.charAt(0))) {
      camel = name;
    }
    return KEYWORDS.contains(camel) || RESTRICTED_COMPONENT.contains(camel) ? camel + "_" : camel;
  }

  /** A package segment for a namespace segment. */
  static String packageSegment(String segment) {
    return KEYWORDS.contains(segment) ? segment + "_" : segment;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** The processor's {@code FieldNaming} values and what each makes of a component name. */
  enum Naming {
    AS_DECLARED, SNAKE_CASE, PASCAL_CASE;

    String apply(String javaName) {
      return switch (this) {
        case AS_DECLARED -> javaName;
        case SNAKE_CASE -> snakeCase(javaName);
        case PASCAL_CASE -> pascalCase(javaName);
      };
    }
  }

  // The processor's rules (processor/.../mapping/Names.java), kept identical: the generator
  // decides with them whether a strategy reproduces a schema's field names.

  static String snakeCase(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit = i > 0
            && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
        boolean endsAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1))
            && i + 1 < n && Character.isLowerCase(name.charAt(i + 1));
        if ((afterLowerOrDigit || endsAcronym) && sb.length() > 0
            && sb.charAt(sb.length() - 1) != '_') {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String camelCase(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' && sb.length() > 0) {
        upper = true;
      } else if (upper) {
        sb.append(Character.toUpperCase(c));
        upper = false;
      } else {
        sb.append(sb.length() == 0 ? Character.toLowerCase(c) : c);
      }
    }
    return sb.length() == 0 ? name : sb.toString();
  }

  static String pascalCase(String name) {
    String camel = camelCase(name);
    return camel.isEmpty() ? camel : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }

  /** Upper camel case for a Java-only type name (a sealed interface) from a field name. */
  static String interfaceName(String fieldName) {
    String p = pascalCase(fieldName.replaceAll("_+$", ""));
    return p.isEmpty() ? "Union" : typeName(p);
  }

  /** The package for {@code namespace} under the longest matching prefix of {@code mapping}. */
  static String packageFor(String namespace, Map<String, String> mapping) {
    String best = null;
    for (String key : mapping.keySet()) {
      boolean matches = key.isEmpty() ? namespace.isEmpty()
          : namespace.equals(key) || namespace.startsWith(key + ".");
      if (matches && (best == null || key.length() > best.length())) {
        best = key;
      }
    }
    String pkg = best == null ? namespace
        : mapping.get(best) + namespace.substring(best.length());
    if (pkg.startsWith(".")) {
      pkg = pkg.substring(1);
    }
    if (pkg.isEmpty()) {
      return pkg;
    }
    StringBuilder sb = new StringBuilder();
    for (String segment : pkg.split("\\.", -1)) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(packageSegment(segment));
    }
    return sb.toString();
  }
}
