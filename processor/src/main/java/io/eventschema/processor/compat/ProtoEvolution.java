package io.eventschema.processor.compat;

import io.eventschema.Compatibility;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.compat.ProtoFile.EnumDef;
import io.eventschema.processor.compat.ProtoFile.External;
import io.eventschema.processor.compat.ProtoFile.Field;
import io.eventschema.processor.compat.ProtoFile.Label;
import io.eventschema.processor.compat.ProtoFile.Local;
import io.eventschema.processor.compat.ProtoFile.MapOf;
import io.eventschema.processor.compat.ProtoFile.Range;
import io.eventschema.processor.compat.ProtoFile.Scalar;
import io.eventschema.processor.compat.ProtoFile.Type;
import io.eventschema.processor.compat.ProtoFile.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Compares an event's new {@code .proto} with its released versions, message by message from the
 * event's message down (nested messages are paired through the fields that hold them, so a renamed
 * record is still compared), and says what protobuf's rules for updating a message type
 * (protobuf.dev/programming-guides/proto3/#updating) make of each difference.
 *
 * <ul>
 *   <li>Numbers are the wire identity, checked against <em>every</em> version whatever the
 *       level: a field that keeps its name but changes its number (EVS322), a number taken by
 *       another field name or reserved there (EVS321), an enum value number that names another
 *       constant (EVS323).
 *   <li>Types are checked against the versions the level picks (the latest, or all for
 *       {@code _TRANSITIVE}), in its directions (BACKWARD: the new schema reads the old data;
 *       FORWARD: the old schema reads the new; FULL: both). A reader reads a writer's field when
 *       nothing is lost: the same declaration, or int32 read as int64, bool read as int32 or int64,
 *       string read as bytes. Protobuf calls int32/int64/uint32/uint64/bool wire-compatible in
 *       both directions, but a narrower reader truncates; it calls string and bytes compatible
 *       when the bytes are UTF-8, which a string reader cannot rely on. An implicit-presence
 *       field and an {@code optional} one differ in what zero means (an old writer leaves zero
 *       out, which an {@code optional} reader reads as absent), and singular and repeated numbers
 *       differ on the wire (packed), so both are breaks (EVS320).
 *   <li>Under BACKWARD, an enum constant that is gone is a break unless the new enum has an
 *       {@code @EnumDefault} to read it as (EVS324).
 * </ul>
 *
 * <p>A removed field is no break: its number and name are reserved in the new {@code .proto}
 * ({@link Result#reserved}), so protobuf itself refuses to reuse them.
 */
final class ProtoEvolution {

  /** A released version: where it came from ({@code com.acme.Order/v2.proto}) and its file. */
  record Version(String source, ProtoFile file) {}

  /**
   * A break, to report on the field {@code field} of the new message {@code message} (its full
   * name), or on the event when that field has no record component (a oneof member).
   */
  record Problem(Message id, String message, String field, Object[] args) {}

  /** What numbers and names a message or enum of the new file must reserve, by its full name. */
  record Reservation(List<Range> numbers, TreeSet<String> names) {}

  record Result(List<Problem> problems, Map<String, Reservation> reserved) {}

  private final ProtoFile now;
  private final Compatibility level;
  private final Predicate<String> enumHasDefault;
  private final Map<String, Problem> problems = new LinkedHashMap<>();
  private final Map<String, List<Range>> numbers = new LinkedHashMap<>();
  private final Map<String, TreeSet<String>> names = new LinkedHashMap<>();
  private Version version;
  private boolean types;
  private Set<String> visited;

  private ProtoEvolution(ProtoFile now, Compatibility level, Predicate<String> enumHasDefault) {
    this.now = now;
    this.level = level;
    this.enumHasDefault = enumHasDefault;
  }

  /**
   * Compares {@code now} with {@code versions} (oldest first) from the message {@code root}, which
   * both must define (the caller checks). Each break is reported once, naming the newest version
   * it breaks.
   *
   * @param enumHasDefault whether the new enum of this full name has an {@code @EnumDefault}
   */
  static Result compare(ProtoFile now, String root, List<Version> versions,
      Compatibility level, Predicate<String> enumHasDefault) {
    ProtoEvolution e = new ProtoEvolution(now, level, enumHasDefault);
    boolean transitive = level.name().endsWith("_TRANSITIVE");
    for (int i = versions.size() - 1; i >= 0; i--) {
      e.version = versions.get(i);
      e.types = level != Compatibility.NONE && (transitive || i == versions.size() - 1);
      e.visited = new HashSet<>();
      e.messages(e.version.file().message(root), now.message(root), "");
    }
    Map<String, Reservation> reserved = new LinkedHashMap<>();
    e.numbers.forEach((name, ranges) -> {
      Set<Integer> used = new HashSet<>();
      TreeSet<String> usedNames = new TreeSet<>();
      ProtoFile.Message m = now.message(name);
      if (m != null) {
        m.fields().forEach(f -> {
          used.add(f.number());
          usedNames.add(f.name());
        });
      } else {
        now.enums().get(name).values().forEach(v -> {
          used.add(v.number());
          usedNames.add(v.name());
        });
      }
      TreeSet<String> free = new TreeSet<>(e.names.get(name));
      free.removeAll(usedNames);
      List<Range> open = subtract(merge(ranges), used);
      if (!open.isEmpty() || !free.isEmpty()) {
        reserved.put(name, new Reservation(open, free));
      }
    });
    return new Result(List.copyOf(e.problems.values()), reserved);
  }

  private boolean backward() {
    return level.name().startsWith("BACKWARD") || level.name().startsWith("FULL");
  }

  private boolean forward() {
    return level.name().startsWith("FORWARD") || level.name().startsWith("FULL");
  }

  private void messages(ProtoFile.Message old, ProtoFile.Message m, String path) {
    if (!visited.add(old.fullName() + " > " + m.fullName())) {
      return;
    }
    used(m.fullName(), old.fields().stream().map(f -> new Value(f.name(), f.number())).toList(),
        old.reservedNumbers(), old.reservedNames());
    for (Field f : m.fields()) {
      String fieldPath = path.isEmpty() ? f.name() : path + "." + f.name();
      Field sameName = old.byName(f.name());
      if (sameName != null && sameName.number() != f.number()) {
        report("number " + m.fullName() + "." + f.name(), Message.PROTO_NUMBER_CHANGED, m, f,
            fieldPath, f.number(), sameName.number(), version.source(), sameName.number());
        continue;
      }
      Field there = old.byNumber(f.number());
      if (there == null) {
        if (old.reserves(f.number())) {
          report("reuse " + m.fullName() + "." + f.name(), Message.PROTO_NUMBER_REUSED, m, f,
              fieldPath, f.number(), version.source() + " reserves (a removed field's number)",
              freeNumber(old, m), "");
        }
        continue; // a new field
      }
      if (!there.name().equals(f.name())) {
        report("reuse " + m.fullName() + "." + f.name(), Message.PROTO_NUMBER_REUSED, m, f,
            fieldPath, f.number(), "is field '" + there.name() + "' in " + version.source(),
            freeNumber(old, m), "; if it is '" + there.name() + "' renamed, keep that name in"
                + " the schema with @AvroName(\"" + there.name() + "\") on the component");
        continue;
      }
      field(there, old, f, m, fieldPath);
    }
  }

  /** Notes what an old message or enum used, for the new one of this full name to reserve. */
  private void used(String fullName, List<Value> items, List<Range> reservedNumbers,
      Set<String> reservedNames) {
    List<Range> taken = numbers.computeIfAbsent(fullName, k -> new ArrayList<>());
    TreeSet<String> takenNames = names.computeIfAbsent(fullName, k -> new TreeSet<>());
    for (Value v : items) {
      taken.add(new Range(v.number(), v.number()));
      takenNames.add(v.name());
    }
    taken.addAll(reservedNumbers);
    takenNames.addAll(reservedNames);
  }

  private void field(Field old, ProtoFile.Message oldMessage, Field f, ProtoFile.Message m,
      String path) {
    if (types) {
      String why = null;
      if ((old.oneof() == null) != (f.oneof() == null)) {
        why = f.oneof() == null ? "it is no longer a member of oneof " + old.oneof()
            : "it moved into oneof " + f.oneof();
      }
      if (why == null && backward()) {
        why = reads(old, f, "the new schema cannot read data written with it");
      }
      if (why == null && forward()) {
        why = reads(f, old, "its readers cannot read data written with the new schema");
      }
      if (why != null) {
        report("type " + m.fullName() + "." + f.name(), Message.PROTO_TYPE_CHANGED, m, f, path,
            f.number(), level, version.source(), why);
      }
    }
    nested(old.type(), f.type(), m, f, path);
  }

  /** Messages are compared field by field, enums value by value, maps by their values. */
  private void nested(Type old, Type t, ProtoFile.Message m, Field f, String path) {
    if (old instanceof MapOf om && t instanceof MapOf nm) {
      nested(om.value(), nm.value(), m, f, path);
    } else if (old instanceof Local ol && t instanceof Local nl && ol.isEnum() == nl.isEnum()) {
      if (ol.isEnum()) {
        enums(version.file().enums().get(ol.fullName()), now.enums().get(nl.fullName()), m, f,
            path);
      } else {
        messages(version.file().message(ol.fullName()), now.message(nl.fullName()), path);
      }
    }
  }

  private void enums(EnumDef old, EnumDef e, ProtoFile.Message m, Field f, String path) {
    if (!visited.add(old.fullName() + " > " + e.fullName())) {
      return;
    }
    used(e.fullName(), old.values(), old.reservedNumbers(), old.reservedNames());
    for (Value v : e.values()) {
      Value there = old.byNumber(v.number());
      Value sameName = old.byName(v.name());
      if (there != null && !there.name().equals(v.name())) {
        report("enum " + e.fullName(), Message.PROTO_ENUM_NUMBER_CHANGED, m, f, path,
            e.simpleName(), version.source(), "value " + v.number() + " is " + there.name()
                + " there and " + v.name() + " here");
        break;
      }
      if (sameName != null && sameName.number() != v.number()) {
        report("enum " + e.fullName(), Message.PROTO_ENUM_NUMBER_CHANGED, m, f, path,
            e.simpleName(), version.source(), v.name() + " is " + sameName.number()
                + " there and " + v.number() + " here");
        break;
      }
    }
    if (types && backward() && !enumHasDefault.test(e.fullName())) {
      for (Value v : old.values()) {
        if (v.number() != 0 && e.byNumber(v.number()) == null && e.byName(v.name()) == null) {
          report("enum gone " + e.fullName(), Message.PROTO_ENUM_VALUE_REMOVED, m, f, path,
              e.simpleName(), level, version.source(), v.name(), v.number());
          break;
        }
      }
    }
  }

  /**
   * Why {@code reader} cannot read what {@code writer} wrote without loss, or null if it can;
   * {@code which} says which side reads.
   */
  static String reads(Field writer, Field reader, String which) {
    String why = null;
    if (writer.label() != reader.label()) {
      if (writer.label() == Label.SINGULAR && reader.label() == Label.OPTIONAL) {
        why = "a writer of " + writer.declared() + " leaves out zero and empty values, which the"
            + " reader's " + reader.declared() + " reads as absent";
      } else if (writer.label() == Label.OPTIONAL && reader.label() == Label.SINGULAR) {
        why = "the reader's " + reader.declared() + " reads an absent value as zero or empty";
      } else {
        why = "the reader's " + reader.declared() + " cannot read the writer's "
            + writer.declared();
      }
    } else if (!readsType(writer.type(), reader.type())) {
      why = "the reader's " + reader.declared() + " cannot read the writer's "
          + writer.declared() + (narrows(writer.type(), reader.type()) ? " without truncating it"
              : "");
    }
    return why == null ? null : which + " (field number " + writer.number() + ": " + why + ")";
  }

  /** Whether a reader of {@code reader} reads every value of {@code writer} unchanged. */
  static boolean readsType(Type writer, Type reader) {
    if (writer instanceof MapOf w && reader instanceof MapOf r) {
      return w.key().equals(r.key()) && readsType(w.value(), r.value());
    }
    if (writer instanceof Scalar w && reader instanceof Scalar r) {
      String from = w.name();
      String to = r.name();
      return from.equals(to)
          || (from.equals("int32") && to.equals("int64"))
          || (from.equals("bool") && (to.equals("int32") || to.equals("int64")))
          || (from.equals("string") && to.equals("bytes"));
    }
    if (writer instanceof Local w && reader instanceof Local r) {
      return w.isEnum() == r.isEnum(); // their contents are compared one by one
    }
    if (writer instanceof External w && reader instanceof External r) {
      return w.fullName().equals(r.fullName());
    }
    return false;
  }

  private static boolean narrows(Type writer, Type reader) {
    return writer instanceof Scalar w && reader instanceof Scalar r
        && Set.of("int32", "int64", "bool").contains(w.name())
        && Set.of("int32", "int64", "bool").contains(r.name());
  }

  /** The lowest number above every number {@code old} and {@code m} use or reserve. */
  private static int freeNumber(ProtoFile.Message old, ProtoFile.Message m) {
    int max = 0;
    for (Field f : old.fields()) {
      max = Math.max(max, f.number());
    }
    for (Field f : m.fields()) {
      max = Math.max(max, f.number());
    }
    for (Range r : old.reservedNumbers()) {
      if (r.to() < ProtoFile.MAX_FIELD) {
        max = Math.max(max, r.to());
      }
    }
    int next = max + 1;
    return next >= 19000 && next <= 19999 ? 20000 : next;
  }

  private void report(String key, Message id, ProtoFile.Message m, Field f, Object... args) {
    if (level == Compatibility.NONE) {
      return; // nothing is checked; the reservations are still collected
    }
    problems.putIfAbsent(key, new Problem(id, m.fullName(), f.name(), args));
  }

  /** Sorted, overlapping and adjacent ranges joined. */
  static List<Range> merge(List<Range> ranges) {
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingInt(Range::from));
    List<Range> out = new ArrayList<>();
    for (Range r : sorted) {
      Range last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && (long) r.from() <= (long) last.to() + 1) {
        out.set(out.size() - 1, new Range(last.from(), Math.max(last.to(), r.to())));
      } else {
        out.add(r);
      }
    }
    return out;
  }

  /** {@code ranges} (merged) without the numbers in {@code used}. */
  static List<Range> subtract(List<Range> ranges, Set<Integer> used) {
    List<Range> out = new ArrayList<>();
    List<Integer> cuts = new ArrayList<>(new TreeSet<>(used));
    for (Range r : ranges) {
      long from = r.from();
      for (int cut : cuts) {
        if (cut < from || cut > r.to()) {
          continue;
        }
        if (cut > from) {
          out.add(new Range((int) from, cut - 1));
        }
        from = (long) cut + 1;
      }
      if (from <= r.to()) {
        out.add(new Range((int) from, r.to()));
      }
    }
    return out;
  }
}
