package io.eventschema.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The checks generated validators call where a constraint needs more than a comparison. Each
 * returns true only when Hibernate Validator's own validator for that constraint would also pass
 * the value; where exact agreement would take Hibernate Validator's full algorithm (e-mail
 * addresses outside plain ASCII), it returns false and lets Hibernate Validator decide.
 */
public final class Checks {
  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_DOMAIN = 255;
  private static final int MAX_LABEL = 63;

  private Checks() {}

  /**
   * {@code @NotBlank}: not null and not {@link String#isBlank() blank} (some character that is not
   * Unicode whitespace), exactly as Hibernate Validator checks it.
   */
  public static boolean notBlank(CharSequence s) {
    if (s == null) {
      return false;
    }
    return !(s instanceof String str ? str : s.toString()).isBlank();
  }

  /**
   * {@code @Digits} on an integral value: at most {@code integer} digits (zero has one). The
   * fraction is always empty.
   */
  public static boolean digits(long value, int integer, int fraction) {
    if (value == Long.MIN_VALUE) {
      return digits(BigDecimal.valueOf(value), integer, fraction);
    }
    long v = Math.abs(value);
    int n = 1;
    while (v >= 10) {
      v /= 10;
      n++;
    }
    return n <= integer;
  }

  /**
   * {@code @Digits} on a BigDecimal, as Hibernate Validator counts: integer digits are precision
   * minus scale, fraction digits the scale (trailing zeros count).
   */
  public static boolean digits(BigDecimal value, int integer, int fraction) {
    int integerPart = value.precision() - value.scale();
    int fractionPart = value.scale() < 0 ? 0 : value.scale();
    return integer >= integerPart && fraction >= fractionPart;
  }

  /**
   * {@code @io.eventschema.AvroDecimal}: the value can be written at {@code scale} without
   * rounding and then has at most {@code precision} digits, as its validator decides.
   */
  public static boolean fitsDecimal(BigDecimal value, int precision, int scale) {
    try {
      return value.setScale(scale, RoundingMode.UNNECESSARY).precision() <= precision;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /**
   * {@code @Email} for plain ASCII addresses: a dot-separated local part of atom characters (at
   * most 64), an '@', and a domain of letter-digit-hyphen labels (at most 63 each, not starting
   * or ending with a hyphen, at most 255 in all). Every address this accepts Hibernate Validator
   * accepts; quoted local parts, IP literals and international domains return false and go to
   * Hibernate Validator. The empty string is valid, as there.
   */
  public static boolean email(CharSequence s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    int at = -1;
    for (int i = n - 1; i >= 0; i--) {
      if (s.charAt(i) == '@') {
        at = i;
        break;
      }
    }
    if (at <= 0 || at > MAX_LOCAL_PART || n - at - 1 > MAX_DOMAIN) {
      return false;
    }
    // local part: atom ('.' atom)*
    boolean atomStart = true;
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (atomStart) {
          return false;
        }
        atomStart = true;
      } else if (isAtom(c)) {
        atomStart = false;
      } else {
        return false;
      }
    }
    if (atomStart) {
      return false;
    }
    // domain: label ('.' label)*
    int labelStart = at + 1;
    if (labelStart == n) {
      return false;
    }
    for (int i = labelStart; i <= n; i++) {
      if (i == n || s.charAt(i) == '.') {
        int len = i - labelStart;
        if (len == 0 || len > MAX_LABEL || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
          return false;
        }
        labelStart = i + 1;
      } else {
        char c = s.charAt(i);
        if (!(isAsciiLetterOrDigit(c) || c == '-')) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isAtom(char c) {
    if (isAsciiLetterOrDigit(c)) {
      return true;
    }
    switch (c) {
      case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '/':
      case '=': case '?': case '^': case '_': case '`': case '{': case '|': case '}': case '~':
      case '-':
        return true;
      default:
        return false;
    }
  }
}
