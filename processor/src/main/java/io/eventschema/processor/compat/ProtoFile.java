package io.eventschema.processor.compat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One {@code .proto} file as the history check sees it: its package, messages and enums with their
 * fields, values and {@code reserved} statements. {@link #parse} reads the proto3 subset the
 * processor writes and what a person adds to it by hand: comments, {@code syntax}, {@code package},
 * {@code import}, {@code option} (ignored), messages (nested too), enums, {@code optional} and
 * {@code repeated} fields, maps, oneofs, field options in brackets (ignored) and {@code reserved}
 * numbers, ranges ({@code 5 to 9}, {@code 20 to max}) and names. Anything else (proto2, editions,
 * groups, extensions, services) is a {@link ProtoSyntaxException} naming the file and the line:
 * never a guess. Types are resolved within the file; types of other files are accepted only from
 * {@code google.protobuf} and {@code google.type} (the well-known types the processor imports),
 * and compared by name.
 */
record ProtoFile(String source, String pkg, Map<String, Message> messages,
    Map<String, EnumDef> enums) {

  /** The highest field number protobuf allows ({@code max} in a message's reserved range). */
  static final int MAX_FIELD = 536_870_911;
  /** The highest enum value number ({@code max} in an enum's reserved range). */
  static final int MAX_ENUM = Integer.MAX_VALUE;
  /** Messages and enums nested deeper than this are refused: a history file is not a stress test. */
  static final int MAX_NESTING = 32;

  enum Label { SINGULAR, OPTIONAL, REPEATED }

  /** A field's type: a scalar keyword, a message or enum of this file, another file's, or a map. */
  sealed interface Type permits Scalar, Local, External, MapOf {}

  /** {@code int32}, {@code string}, ... */
  record Scalar(String name) implements Type {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A message or enum defined in this file, by full name. */
  record Local(String fullName, boolean isEnum) implements Type {
    @Override
    public String toString() {
      return fullName.substring(fullName.lastIndexOf('.') + 1);
    }
  }

  /** A message of {@code google.protobuf} or {@code google.type}, by full name. */
  record External(String fullName) implements Type {
    @Override
    public String toString() {
      return fullName;
    }
  }

  /** {@code map<key, value>}. */
  record MapOf(String key, Type value) implements Type {
    @Override
    public String toString() {
      return "map<" + key + ", " + value + ">";
    }
  }

  /** An inclusive range of reserved numbers. */
  record Range(int from, int to) {
    boolean contains(int n) {
      return n >= from && n <= to;
    }
  }

  record Field(String name, int number, Label label, Type type, String oneof, int line) {
    /** How it is declared: {@code optional int32}, {@code repeated Line}, {@code map<...>}. */
    String declared() {
      return switch (label) {
        case OPTIONAL -> "optional " + type;
        case REPEATED -> "repeated " + type;
        case SINGULAR -> type.toString();
      };
    }
  }

  record Message(String fullName, List<Field> fields, List<Range> reservedNumbers,
      Set<String> reservedNames, int line) {
    Field byNumber(int n) {
      return first(fields, f -> f.number() == n);
    }

    Field byName(String name) {
      return first(fields, f -> f.name().equals(name));
    }

    boolean reserves(int n) {
      return reservedNumbers.stream().anyMatch(r -> r.contains(n));
    }

    String simpleName() {
      return fullName.substring(fullName.lastIndexOf('.') + 1);
    }
  }

  record Value(String name, int number) {}

  record EnumDef(String fullName, List<Value> values, List<Range> reservedNumbers,
      Set<String> reservedNames) {
    Value byNumber(int n) {
      return first(values, v -> v.number() == n);
    }

    Value byName(String name) {
      return first(values, v -> v.name().equals(name));
    }

    String simpleName() {
      return fullName.substring(fullName.lastIndexOf('.') + 1);
    }
  }

  private static <T> T first(List<T> items, java.util.function.Predicate<T> test) {
    return items.stream().filter(test).findFirst().orElse(null);
  }

  /** The message named {@code fullName}, or null. */
  Message message(String fullName) {
    return messages.get(fullName);
  }

  /**
   * Parses {@code text}.
   *
   * @param source how errors name the file ({@code com.acme.Order/v1.proto})
   * @throws ProtoSyntaxException naming the line of the first thing outside the subset
   */
  static ProtoFile parse(String source, String text) {
    return new Parser(source, text).file();
  }

  /** Reads the subset described on {@link ProtoFile}; one instance per file. */
  private static final class Parser {
    private static final Set<String> SCALARS = Set.of("double", "float", "int32", "int64",
        "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64",
        "bool", "string", "bytes");
    private static final Set<String> MAP_KEYS = Set.of("int32", "int64", "uint32", "uint64",
        "sint32", "sint64", "fixed32", "fixed64", "sfixed32", "sfixed64", "bool", "string");

    private final String source;
    private final List<Token> tokens;
    private int pos;
    private String pkg = "";
    private final Map<String, Message> messages = new LinkedHashMap<>();
    private final Map<String, EnumDef> enums = new LinkedHashMap<>();
    /** Fields whose type names are resolved once every definition is known. */
    private final List<Pending> pending = new ArrayList<>();

    private record Token(String text, boolean string, int line) {}

    /** A field of a message being built, with the type name as written and its scope. */
    private record Pending(List<Field> into, int index, String typeName, String mapKey,
        String scope, int line) {}

    Parser(String source, String text) {
      this.source = source;
      this.tokens = tokenize(text);
    }

    ProtoFile file() {
      boolean first = true;
      while (!atEnd()) {
        Token t = next();
        switch (t.text()) {
          case "syntax" -> {
            if (!first) {
              throw error(t, "'syntax' must come first");
            }
            expect("=");
            Token value = next();
            if (!value.string() || !value.text().equals("proto3")) {
              throw error(value, "syntax \"" + value.text() + "\" is not proto3, the only syntax"
                  + " eventschema writes and reads");
            }
            expect(";");
          }
          case "edition" -> throw error(t, "editions are not read, only proto3");
          case "package" -> {
            pkg = fullIdent(next());
            expect(";");
          }
          case "import" -> {
            Token file = next();
            if (!file.string() && (file.text().equals("public") || file.text().equals("weak"))) {
              file = next();
            }
            if (!file.string()) {
              throw error(file, "an import names a file in quotes");
            }
            expect(";");
          }
          case "option" -> option(t);
          case "message" -> message(pkg, 0);
          case "enum" -> enumDef(pkg, 0);
          case ";" -> { }
          default -> throw unsupported(t);
        }
        first = false;
      }
      for (Pending p : pending) {
        Type type = resolve(p);
        Field f = p.into().get(p.index());
        p.into().set(p.index(), new Field(f.name(), f.number(), f.label(),
            p.mapKey() == null ? type : new MapOf(p.mapKey(), type), f.oneof(), f.line()));
      }
      return new ProtoFile(source, pkg, Collections.unmodifiableMap(messages),
          Collections.unmodifiableMap(enums));
    }

    private void message(String scope, int depth) {
      Token nameToken = next();
      String name = ident(nameToken);
      if (depth >= MAX_NESTING) {
        throw error(nameToken, "messages nested more than " + MAX_NESTING + " deep");
      }
      String fullName = qualify(scope, name);
      if (messages.containsKey(fullName) || enums.containsKey(fullName)) {
        throw error(nameToken, "'" + fullName + "' is defined twice");
      }
      List<Field> fields = new ArrayList<>();
      List<Range> reserved = new ArrayList<>();
      Set<String> reservedNames = new LinkedHashSet<>();
      // registered before its body, so its own fields may refer to it
      messages.put(fullName, new Message(fullName, fields, reserved, reservedNames,
          nameToken.line()));
      expect("{");
      while (true) {
        Token t = next();
        switch (t.text()) {
          case "}" -> {
            return;
          }
          case ";" -> { }
          case "option" -> option(t);
          case "message" -> message(fullName, depth + 1);
          case "enum" -> enumDef(fullName, depth + 1);
          case "reserved" -> reserved(reserved, reservedNames, MAX_FIELD);
          case "oneof" -> oneof(fields, fullName);
          case "map" -> field(fields, fullName, Label.SINGULAR, t, null);
          case "optional" -> field(fields, fullName, Label.OPTIONAL, next(), null);
          case "repeated" -> field(fields, fullName, Label.REPEATED, next(), null);
          case "required" -> throw error(t, "'required' is proto2, and proto3 has no required"
              + " fields");
          case "extensions", "extend", "group", "service" -> throw unsupported(t);
          default -> {
            if (t.string() || !isTypeName(t.text())) {
              throw unsupported(t);
            }
            field(fields, fullName, Label.SINGULAR, t, null);
          }
        }
      }
    }

    private void oneof(List<Field> fields, String scope) {
      String name = ident(next());
      expect("{");
      while (true) {
        Token t = next();
        switch (t.text()) {
          case "}" -> {
            return;
          }
          case ";" -> { }
          case "option" -> option(t);
          case "optional", "repeated", "required", "map" -> throw error(t, "a oneof member has no"
              + " label and is not a map ('" + t.text() + "')");
          default -> {
            if (t.string() || !isTypeName(t.text())) {
              throw unsupported(t);
            }
            field(fields, scope, Label.SINGULAR, t, name);
          }
        }
      }
    }

    /** A field whose type starts at {@code typeToken} ({@code map} for a map). */
    private void field(List<Field> fields, String scope, Label label, Token typeToken,
        String oneof) {
      String typeName;
      String mapKey = null;
      if (typeToken.text().equals("map") && peek("<")) {
        if (label != Label.SINGULAR) {
          throw error(typeToken, "a map field has no label");
        }
        expect("<");
        Token key = next();
        if (!MAP_KEYS.contains(key.text())) {
          throw error(key, "'" + key.text() + "' is not a map key type");
        }
        mapKey = key.text();
        expect(",");
        typeName = typeName(next());
        expect(">");
      } else {
        typeName = typeName(typeToken);
      }
      Token nameToken = next();
      String name = ident(nameToken);
      expect("=");
      int number = number(next(), false, MAX_FIELD);
      if (number < 1 || (number >= 19000 && number <= 19999)) {
        throw error(nameToken, "field '" + name + "' has number " + number + ", which protobuf"
            + " does not allow");
      }
      for (Field f : fields) {
        if (f.number() == number) {
          throw error(nameToken, "fields '" + f.name() + "' and '" + name + "' both have number "
              + number);
        }
        if (f.name().equals(name)) {
          throw error(nameToken, "field '" + name + "' is declared twice");
        }
      }
      options();
      expect(";");
      fields.add(new Field(name, number, label, null, oneof, nameToken.line()));
      pending.add(new Pending(fields, fields.size() - 1, typeName, mapKey, scope,
          nameToken.line()));
    }

    private void enumDef(String scope, int depth) {
      Token nameToken = next();
      String name = ident(nameToken);
      if (depth >= MAX_NESTING) {
        throw error(nameToken, "enums nested more than " + MAX_NESTING + " deep");
      }
      String fullName = qualify(scope, name);
      if (messages.containsKey(fullName) || enums.containsKey(fullName)) {
        throw error(nameToken, "'" + fullName + "' is defined twice");
      }
      List<Value> values = new ArrayList<>();
      List<Range> reserved = new ArrayList<>();
      Set<String> reservedNames = new LinkedHashSet<>();
      expect("{");
      while (true) {
        Token t = next();
        switch (t.text()) {
          case "}" -> {
            if (values.isEmpty() || values.get(0).number() != 0) {
              throw error(t, "enum " + name + " must start with a value numbered 0 (proto3)");
            }
            enums.put(fullName, new EnumDef(fullName, values, reserved, reservedNames));
            return;
          }
          case ";" -> { }
          case "option" -> option(t);
          case "reserved" -> reserved(reserved, reservedNames, MAX_ENUM);
          default -> {
            String value = ident(t);
            expect("=");
            int number = number(next(), true, MAX_ENUM);
            options();
            expect(";");
            values.add(new Value(value, number));
          }
        }
      }
    }

    /** After {@code reserved}: numbers and ranges, or quoted names, then {@code ;}. */
    private void reserved(List<Range> numbers, Set<String> names, int max) {
      Token t = next();
      if (t.string()) {
        names.add(t.text());
        while (peek(",")) {
          next();
          Token name = next();
          if (!name.string()) {
            throw error(name, "reserved names are quoted, and not mixed with numbers");
          }
          names.add(name.text());
        }
      } else {
        while (true) {
          int from = number(t, max == MAX_ENUM, max);
          int to = from;
          if (peek("to")) {
            next();
            Token end = next();
            to = end.text().equals("max") && !end.string() ? max : number(end, max == MAX_ENUM,
                max);
            if (to < from) {
              throw error(end, "the range " + from + " to " + to + " is empty");
            }
          }
          numbers.add(new Range(from, to));
          if (!peek(",")) {
            break;
          }
          next();
          t = next();
        }
      }
      expect(";");
    }

    /** {@code option name = constant;}: read and ignored. */
    private void option(Token option) {
      optionName();
      expect("=");
      constant();
      expect(";");
    }

    /** {@code [name = constant, ...]} after a field or value, if there: read and ignored. */
    private void options() {
      if (!peek("[")) {
        return;
      }
      next();
      while (true) {
        optionName();
        expect("=");
        constant();
        Token t = next();
        if (t.text().equals("]") && !t.string()) {
          return;
        }
        if (!t.text().equals(",") || t.string()) {
          throw error(t, "expected ',' or ']' in field options, found '" + t.text() + "'");
        }
      }
    }

    private void optionName() {
      Token t = next();
      if (t.text().equals("(") && !t.string()) {
        typeName(next());
        expect(")");
      } else {
        ident(t);
      }
      while (peekDotted()) {
        ident(new Token(next().text().substring(1), false, t.line()));
      }
    }

    private boolean peekDotted() {
      return !atEnd() && !tokens.get(pos).string() && tokens.get(pos).text().startsWith(".")
          && tokens.get(pos).text().length() > 1;
    }

    private void constant() {
      Token t = next();
      if (t.string()) {
        return;
      }
      if (t.text().equals("-") || t.text().equals("+")) {
        t = next();
      }
      if (t.text().equals("{")) {
        throw error(t, "aggregate option values are not read");
      }
      if (!isIdent(t.text()) && !t.text().matches("[0-9][0-9a-zA-Z.+-]*")) {
        throw error(t, "'" + t.text() + "' is not an option value");
      }
    }

    private Type resolve(Pending p) {
      String name = p.typeName();
      if (SCALARS.contains(name)) {
        return new Scalar(name);
      }
      if (name.startsWith(".")) {
        Type t = local(name.substring(1));
        if (t != null) {
          return t;
        }
        name = name.substring(1);
      } else {
        // protobuf's scoping: the innermost scope first, then each enclosing one
        String scope = p.scope();
        while (true) {
          Type t = local(scope.isEmpty() ? name : scope + "." + name);
          if (t != null) {
            return t;
          }
          if (scope.isEmpty()) {
            break;
          }
          int dot = scope.lastIndexOf('.');
          scope = dot < 0 ? "" : scope.substring(0, dot);
        }
      }
      if (name.startsWith("google.protobuf.") || name.startsWith("google.type.")) {
        return new External(name);
      }
      throw new ProtoSyntaxException(source, p.line(), "type '" + p.typeName() + "' is not"
          + " defined in this file (a history file is read on its own: only google.protobuf and"
          + " google.type types may come from imports)");
    }

    private Type local(String fullName) {
      if (messages.containsKey(fullName)) {
        return new Local(fullName, false);
      }
      if (enums.containsKey(fullName)) {
        return new Local(fullName, true);
      }
      return null;
    }

    private String typeName(Token t) {
      if (t.string()) {
        throw error(t, "expected a type, found \"" + t.text() + "\"");
      }
      if (!isTypeName(t.text())) {
        throw error(t, "'" + t.text() + "' is not a type name");
      }
      return t.text();
    }

    private String fullIdent(Token t) {
      for (String part : t.text().split("\\.", -1)) {
        if (t.string() || !isIdent(part)) {
          throw error(t, "'" + t.text() + "' is not a package name");
        }
      }
      return t.text();
    }

    private String ident(Token t) {
      if (t.string() || !isIdent(t.text())) {
        throw error(t, "expected a name, found '" + t.text() + "'");
      }
      return t.text();
    }

    private int number(Token t, boolean signed, int max) {
      boolean negative = false;
      if (signed && t.text().equals("-") && !t.string()) {
        negative = true;
        t = next();
      }
      String s = t.text();
      long value;
      try {
        if (t.string()) {
          throw new NumberFormatException();
        }
        if (s.startsWith("0x") || s.startsWith("0X")) {
          value = Long.parseLong(s.substring(2), 16);
        } else if (s.length() > 1 && s.startsWith("0")) {
          value = Long.parseLong(s.substring(1), 8);
        } else {
          value = Long.parseLong(s);
        }
      } catch (NumberFormatException e) {
        throw error(t, "expected a number, found '" + s + "'");
      }
      value = negative ? -value : value;
      if (value > max || value < (signed ? Integer.MIN_VALUE : 0)) {
        throw error(t, "the number " + value + " is out of range");
      }
      return (int) value;
    }

    /** {@code Name}, {@code a.b.Name} or {@code .a.b.Name}. */
    private static boolean isTypeName(String s) {
      String plain = s.startsWith(".") ? s.substring(1) : s;
      for (String part : plain.split("\\.", -1)) {
        if (!isIdent(part)) {
          return false;
        }
      }
      return true;
    }

    private static boolean isIdent(String s) {
      if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')
          || s.charAt(0) > 127) {
        return false;
      }
      for (int i = 1; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c > 127 || !(Character.isLetterOrDigit(c) || c == '_')) {
          return false;
        }
      }
      return true;
    }

    private static String qualify(String scope, String name) {
      return scope.isEmpty() ? name : scope + "." + name;
    }

    private boolean atEnd() {
      return pos >= tokens.size();
    }

    private boolean peek(String text) {
      return !atEnd() && !tokens.get(pos).string() && tokens.get(pos).text().equals(text);
    }

    private Token next() {
      if (atEnd()) {
        int line = tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
        throw new ProtoSyntaxException(source, line, "the file ends in the middle of a"
            + " definition");
      }
      return tokens.get(pos++);
    }

    private void expect(String text) {
      Token t = next();
      if (t.string() || !t.text().equals(text)) {
        throw error(t, "expected '" + text + "', found '" + t.text() + "'");
      }
    }

    private ProtoSyntaxException unsupported(Token t) {
      return error(t, "'" + t.text() + "' is not in the proto3 subset eventschema reads"
          + " (messages, enums, fields, maps, oneofs, reserved, options)");
    }

    private ProtoSyntaxException error(Token t, String message) {
      return new ProtoSyntaxException(source, t.line(), message);
    }

    /** Words, numbers and dotted names; quoted strings; single-character symbols. */
    private List<Token> tokenize(String text) {
      List<Token> out = new ArrayList<>();
      int line = 1;
      int i = 0;
      int n = text.length();
      while (i < n) {
        char c = text.charAt(i);
        if (c == '\n') {
          line++;
          i++;
        } else if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
          while (i < n && text.charAt(i) != '\n') {
            i++;
          }
        } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
          int start = line;
          int end = text.indexOf("*/", i + 2);
          if (end < 0) {
            throw new ProtoSyntaxException(source, start, "a /* comment is never closed");
          }
          for (int j = i; j < end; j++) {
            if (text.charAt(j) == '\n') {
              line++;
            }
          }
          i = end + 2;
        } else if (c == '"' || c == '\'') {
          StringBuilder s = new StringBuilder();
          int j = i + 1;
          while (true) {
            if (j >= n || text.charAt(j) == '\n') {
              throw new ProtoSyntaxException(source, line, "a string is not closed on its line");
            }
            char d = text.charAt(j);
            if (d == c) {
              break;
            }
            if (d == '\\' && j + 1 < n) {
              j++;
              d = switch (text.charAt(j)) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> text.charAt(j);
              };
            }
            s.append(d);
            j++;
          }
          out.add(new Token(s.toString(), true, line));
          i = j + 1;
        } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
          int j = i;
          while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_'
              || text.charAt(j) == '.')) {
            j++;
          }
          out.add(new Token(text.substring(i, j), false, line));
          i = j;
        } else if ("{}[]()<>;,=-+".indexOf(c) >= 0) {
          out.add(new Token(String.valueOf(c), false, line));
          i++;
        } else {
          throw new ProtoSyntaxException(source, line, "unexpected character '" + c + "'"
              + String.format(Locale.ROOT, " (U+%04X)", (int) c));
        }
      }
      return out;
    }
  }
}
