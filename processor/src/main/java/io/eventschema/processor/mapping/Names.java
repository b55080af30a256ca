package io.eventschema.processor.mapping;

import java.util.regex.Pattern;

/** Avro naming rules and the field naming strategies. */
public final class Names {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern NAMESPACE =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\.[A-Za-z_][A-Za-z0-9_]*)*");

  private Names() {}

  /** True if {@code name} is a valid Avro name (record, enum, field). */
  public static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  /** True if {@code namespace} is empty or a dot-separated sequence of valid names. */
  public static boolean isValidNamespace(String namespace) {
    return namespace.isEmpty() || NAMESPACE.matcher(namespace).matches();
  }

  /**
   * Lower snake case: {@code userId -> user_id}, {@code httpURLValue -> http_url_value},
   * {@code address2Line -> address2_line}, {@code already_snake -> already_snake}.
   */
  public static String snakeCase(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    int n = name.length();
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit = i > 0
            && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
        boolean endsAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1))
            && i + 1 < n && Character.isLowerCase(name.charAt(i + 1));
        if ((afterLowerOrDigit || endsAcronym) && sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Lower camel case: {@code user_id -> userId}, {@code userId -> userId}. */
  public static String camelCase(String name) {
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

  /** Upper camel case: {@code user_id -> UserId}, {@code userId -> UserId}. */
  public static String pascalCase(String name) {
    String camel = camelCase(name);
    return camel.isEmpty() ? camel : Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
  }
}
