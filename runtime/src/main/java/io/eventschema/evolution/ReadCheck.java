package io.eventschema.evolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/**
 * Whether a reader schema reads a writer schema, decided by Avro's own
 * {@link SchemaCompatibility} (the check Confluent Schema Registry runs), with each problem's JSON
 * pointer translated into field names so a person, or the processor, can tell which field it is.
 */
final class ReadCheck {
  private ReadCheck() {}

  /** The reasons {@code reader} cannot read data written with {@code writer}; empty if it can. */
  static List<SchemaIncompatibility> problems(Schema reader, Schema writer) {
    SchemaPairCompatibility result;
    try {
      result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    } catch (RuntimeException e) {
      // e.g. a reader field whose aliases match two writer fields
      return List.of(new SchemaIncompatibility("INVALID", "", "/", null, null,
          "Avro cannot compare the schemas: " + e.getMessage()));
    }
    if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
      return List.of();
    }
    List<SchemaIncompatibility> out = new ArrayList<>();
    for (Incompatibility i : result.getResult().getIncompatibilities()) {
      SchemaIncompatibility translated = translate(reader, writer, i);
      for (SchemaIncompatibility found : intoBranch(i, translated, 0)) {
        if (!out.contains(found)) {
          out.add(found);
        }
      }
    }
    return List.copyOf(out);
  }

  /** How deep {@link #intoBranch} follows records of unions inside records of unions. */
  private static final int MAX_BRANCH_DEPTH = 32;

  /**
   * Avro reports a changed field of a nullable record ({@code Optional<Address>}) as the whole
   * union missing a branch; when the reader's union holds the writer's record by name, the
   * problems are that record's own, at paths below the field ({@code address.zip}).
   */
  private static List<SchemaIncompatibility> intoBranch(Incompatibility i,
      SchemaIncompatibility translated, int depth) {
    Schema r = i.getReaderFragment();
    Schema w = i.getWriterFragment();
    if (depth >= MAX_BRANCH_DEPTH
        || i.getType() != SchemaIncompatibilityType.MISSING_UNION_BRANCH
        || r.getType() != Schema.Type.UNION) {
      return List.of(translated);
    }
    Schema written = unionBranch(w, i);
    if (written.getType() != Schema.Type.RECORD) {
      return List.of(translated);
    }
    List<Schema> branches = r.getTypes();
    for (Schema branch : branches) {
      if (branch.getType() != Schema.Type.RECORD || !(branch.getFullName()
          .equals(written.getFullName()) || branch.getAliases().contains(written.getFullName()))) {
        continue;
      }
      SchemaPairCompatibility inner;
      try {
        inner = SchemaCompatibility.checkReaderWriterCompatibility(branch, written);
      } catch (RuntimeException e) {
        return List.of(translated);
      }
      if (inner.getType() == SchemaCompatibilityType.COMPATIBLE) {
        return List.of(translated);
      }
      List<SchemaIncompatibility> out = new ArrayList<>();
      String prefix = translated.path();
      // Avro's pointer already ends at the writer's branch; the record's own pointer follows
      String location = translated.location();
      for (Incompatibility n : inner.getResult().getIncompatibilities()) {
        SchemaIncompatibility t = translate(branch, written, n);
        SchemaIncompatibility under = new SchemaIncompatibility(t.kind(),
            t.path().isEmpty() ? prefix : prefix.isEmpty() ? t.path() : prefix + "." + t.path(),
            location + (n.getLocation().equals("/") ? "" : n.getLocation()),
            translated.readerField() != null ? translated.readerField() : t.readerField(),
            translated.writerField() != null ? translated.writerField() : t.writerField(),
            t.reason());
        out.addAll(intoBranch(n, under, depth + 1));
      }
      return out;
    }
    return List.of(translated);
  }

  private static SchemaIncompatibility translate(Schema reader, Schema writer, Incompatibility i) {
    String location = i.getLocation();
    List<String> tokens = location.equals("/") ? List.of()
        : Arrays.asList(location.substring(1).split("/", -1));
    StringBuilder path = new StringBuilder();
    String readerField = null;
    String writerField = null;
    Schema r = reader;
    Schema w = writer;
    boolean topLevel = true;
    String lastReaderField = null;
    Schema.Field pendingReader = null;
    Schema.Field pendingWriter = null;
    for (int k = 0; k < tokens.size(); k++) {
      String t = unescape(tokens.get(k));
      if (t.equals("fields") && k + 1 < tokens.size() && r != null
          && r.getType() == Schema.Type.RECORD) {
        int pos = Integer.parseInt(tokens.get(++k));
        pendingReader = r.getFields().get(pos);
        pendingWriter = w != null && w.getType() == Schema.Type.RECORD
            ? SchemaCompatibility.lookupWriterField(w, pendingReader) : null;
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(pendingReader.name());
        lastReaderField = pendingReader.name();
        if (topLevel) {
          readerField = pendingReader.name();
          writerField = pendingWriter == null ? null : pendingWriter.name();
          topLevel = false;
        }
      } else if (t.equals("type") && pendingReader != null) {
        r = pendingReader.schema();
        w = pendingWriter == null ? null : pendingWriter.schema();
        pendingReader = null;
        pendingWriter = null;
      } else if (t.equals("items") && r != null && r.getType() == Schema.Type.ARRAY) {
        path.append("[]");
        r = r.getElementType();
        w = w != null && w.getType() == Schema.Type.ARRAY ? w.getElementType() : null;
      } else if (t.equals("values") && r != null && r.getType() == Schema.Type.MAP) {
        path.append("{}");
        r = r.getValueType();
        w = w != null && w.getType() == Schema.Type.MAP ? w.getValueType() : null;
      } else if (isIndex(t) && w != null && w.getType() == Schema.Type.UNION) {
        // a branch of the writer's union; the reader stays where it is
        int branch = Integer.parseInt(t);
        w = branch < w.getTypes().size() ? w.getTypes().get(branch) : null;
      }
      // "name", "size", "symbols" name a property of the schema reached: nothing to descend into
    }
    return new SchemaIncompatibility(i.getType().name(), path.toString(), location, readerField,
        writerField, reason(i, lastReaderField));
  }

  private static boolean isIndex(String t) {
    return !t.isEmpty() && t.chars().allMatch(Character::isDigit);
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  private static String reason(Incompatibility i, String field) {
    Schema r = i.getReaderFragment();
    Schema w = i.getWriterFragment();
    return switch (i.getType()) {
      case READER_FIELD_MISSING_DEFAULT_VALUE -> "the reader has field '" + i.getMessage()
          + "', which has no default and which the writer does not have";
      case TYPE_MISMATCH -> "the reader's " + describe(r) + " cannot read the writer's "
          + describe(w);
      case NAME_MISMATCH -> "the reader's " + describe(r) + " cannot read the writer's "
          + describe(w) + " (names differ; add the old name to the reader's aliases to rename)";
      case FIXED_SIZE_MISMATCH -> "the reader's fixed " + r.getFullName() + " has size "
          + r.getFixedSize() + " but the writer's has size " + w.getFixedSize();
      case MISSING_ENUM_SYMBOLS -> "the writer's enum " + w.getFullName() + " has symbols "
          + i.getMessage() + " that the reader's lacks, and the reader's enum has no default";
      case MISSING_UNION_BRANCH -> "the reader's " + describe(r) + " has no branch that reads the"
          + " writer's " + describe(unionBranch(w, i)) ;
    };
  }

  private static Schema unionBranch(Schema w, Incompatibility i) {
    if (w.getType() != Schema.Type.UNION) {
      return w;
    }
    String location = i.getLocation();
    String last = location.substring(location.lastIndexOf('/') + 1);
    if (isIndex(last)) {
      int branch = Integer.parseInt(last);
      if (branch < w.getTypes().size()) {
        return w.getTypes().get(branch);
      }
    }
    return w;
  }

  /** {@code long}, {@code record com.example.Address}, {@code union [null, string]}. */
  static String describe(Schema s) {
    return switch (s.getType()) {
      case RECORD, ENUM, FIXED -> s.getType().getName() + " " + s.getFullName();
      case ARRAY -> "array of " + shortName(s.getElementType());
      case MAP -> "map of " + shortName(s.getValueType());
      case UNION -> {
        List<String> names = new ArrayList<>();
        for (Schema b : s.getTypes()) {
          names.add(shortName(b));
        }
        yield "union " + names;
      }
      default -> s.getType().getName();
    };
  }

  private static String shortName(Schema s) {
    return switch (s.getType()) {
      case RECORD, ENUM, FIXED -> s.getFullName();
      case ARRAY -> "array";
      case MAP -> "map";
      case UNION -> "union";
      default -> s.getType().getName();
    };
  }
}
