package io.eventschema.processor.format.protobuf;

import com.palantir.javapoet.ClassName;
import io.eventschema.processor.Diagnostics.Message;
import io.eventschema.processor.format.Refusals;
import io.eventschema.processor.model.EventModel;
import io.eventschema.processor.model.FieldModel;
import io.eventschema.processor.model.TypeModel;
import io.eventschema.processor.model.TypeModel.ArrayType;
import io.eventschema.processor.model.TypeModel.DateType;
import io.eventschema.processor.model.TypeModel.EnumType;
import io.eventschema.processor.model.TypeModel.MapType;
import io.eventschema.processor.model.TypeModel.NullableType;
import io.eventschema.processor.model.TypeModel.RecordType;
import io.eventschema.processor.model.TypeModel.TimeOfDayType;
import io.eventschema.processor.model.TypeModel.TimestampType;
import io.eventschema.processor.model.TypeModel.UnionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The Protobuf shape of one event, shared by the {@code .proto} writer and the codec writer: its
 * messages (the event's first, then each record and sealed interface it reaches, once), its enums,
 * its imports, and every field's number (declaration order, {@code @ProtoField} pins). Built by
 * {@link #of}, which reports through {@link Refusals} what proto3 cannot say.
 */
final class ProtoLayout {
  static final int MAX_FIELD_NUMBER = 536_870_911;
  static final String TIMESTAMP = "google/protobuf/timestamp.proto";
  static final String DATE = "google/type/date.proto";
  static final String TIME_OF_DAY = "google/type/timeofday.proto";

  /** A message: a record's fields, or a sealed interface's records as one {@code oneof}. */
  record Msg(String name, RecordType record, UnionType union, List<Field> fields) {}

  /** A field of a message: a record component, or a branch of a oneof ({@code model} null). */
  record Field(String name, int number, TypeModel type, FieldModel model, RecordType branch) {}

  final EventModel event;
  final List<Msg> messages = new ArrayList<>();
  final List<EnumType> enums = new ArrayList<>();
  final TreeSet<String> imports = new TreeSet<>();
  private final Map<String, Msg> byKey = new HashMap<>();
  private final Map<String, String> enumKeys = new LinkedHashMap<>();
  private final Map<FieldModel, Integer> numbers = new IdentityHashMap<>();
  private final Function<FieldModel, Integer> pinned;
  private final Refusals refusals;
  private boolean ok = true;

  private ProtoLayout(EventModel event, Function<FieldModel, Integer> pinned, Refusals refusals) {
    this.event = event;
    this.pinned = pinned;
    this.refusals = refusals;
  }

  /**
   * The layout of {@code event}, or null after reporting what proto3 cannot say.
   *
   * @param pinned the {@code @ProtoField} number of a field, or null
   */
  static ProtoLayout of(EventModel event, Function<FieldModel, Integer> pinned,
      Refusals refusals) {
    ProtoLayout l = new ProtoLayout(event, pinned, refusals);
    l.message(event.root());
    l.checkNames();
    return l.ok ? l : null;
  }

  /** The message of a record or sealed interface (the event's root included). */
  Msg messageOf(TypeModel t) {
    return byKey.get(key(t));
  }

  private static String key(TypeModel t) {
    return t instanceof RecordType r ? "record:" + r.schemaName().fullName()
        : "union:" + t.javaType();
  }

  private void message(TypeModel t) {
    String key = key(t);
    if (byKey.containsKey(key)) {
      return;
    }
    List<Field> fields = new ArrayList<>();
    Msg m;
    if (t instanceof RecordType r) {
      m = new Msg(r.schemaName().name(), r, null, fields);
      byKey.put(key, m);
      messages.add(m);
      number(r);
      for (FieldModel f : r.fields()) {
        fields.add(new Field(f.schemaName(), numbers.get(f), f.type(), f, null));
      }
      for (FieldModel f : r.fields()) {
        if (!check(f, f.type())) {
          ok = false;
          continue;
        }
        reach(f.type());
      }
    } else {
      UnionType u = (UnionType) t;
      String name = t == event.root() ? event.name().name()
          : ((ClassName) u.javaType()).simpleName();
      m = new Msg(name, null, u, fields);
      byKey.put(key, m);
      messages.add(m);
      int n = 1;
      for (RecordType b : u.branches()) {
        String field = lowerSnake(b.schemaName().name());
        fields.add(new Field(field, n++, b, null, b));
      }
      for (RecordType b : u.branches()) {
        message(b);
      }
    }
  }

  /** Numbers the fields of {@code r}: pinned ones as pinned, the others 1, 2, ... skipping them. */
  private void number(RecordType r) {
    Map<Integer, FieldModel> taken = new HashMap<>();
    for (FieldModel f : r.fields()) {
      Integer n = pinned.apply(f);
      if (n == null) {
        continue;
      }
      if (n < 1 || n > MAX_FIELD_NUMBER || (n >= 19000 && n <= 19999)) {
        refusals.onField(f, Message.PROTO_FIELD_NUMBER, f.javaName(), n, "is not a valid field"
            + " number (1 to 536870911, without 19000 to 19999)");
        ok = false;
      } else if (taken.containsKey(n)) {
        refusals.onField(f, Message.PROTO_FIELD_NUMBER, f.javaName(), n, "is also the number of"
            + " field '" + taken.get(n).javaName() + "'");
        ok = false;
      } else {
        taken.put(n, f);
      }
      numbers.put(f, n);
    }
    int next = 1;
    for (FieldModel f : r.fields()) {
      if (numbers.containsKey(f)) {
        continue;
      }
      while (taken.containsKey(next) || (next >= 19000 && next <= 19999)) {
        next++;
      }
      numbers.put(f, next);
      taken.put(next, f);
    }
  }

  /** False after reporting a type proto3 cannot say. */
  private boolean check(FieldModel f, TypeModel t) {
    String type = f.type().javaType().toString();
    if (t instanceof NullableType n
        && (n.inner() instanceof ArrayType || n.inner() instanceof MapType)) {
      refusals.onField(f, Message.PROTO_NULLABLE_REPEATED, f.javaName(), type);
      return false;
    }
    TypeModel inner = t instanceof NullableType n ? n.inner() : t;
    if (inner instanceof ArrayType a) {
      if (a.elements() instanceof NullableType) {
        refusals.onField(f, Message.PROTO_REPEATED_OPTIONAL, f.javaName(), type);
        return false;
      }
      if (a.elements() instanceof ArrayType || a.elements() instanceof MapType) {
        refusals.onField(f, Message.PROTO_NESTED_REPEATED, f.javaName(), type);
        return false;
      }
    }
    if (inner instanceof MapType m) {
      if (m.values() instanceof NullableType) {
        refusals.onField(f, Message.PROTO_NULLABLE_MAP_VALUE, f.javaName(), type);
        return false;
      }
      if (m.values() instanceof ArrayType || m.values() instanceof MapType) {
        refusals.onField(f, Message.PROTO_NESTED_REPEATED, f.javaName(), type);
        return false;
      }
    }
    return true;
  }

  private void reach(TypeModel t) {
    if (t instanceof NullableType n) {
      reach(n.inner());
    } else if (t instanceof ArrayType a) {
      reach(a.elements());
    } else if (t instanceof MapType m) {
      reach(m.values());
    } else if (t instanceof RecordType || t instanceof UnionType) {
      message(t);
    } else if (t instanceof EnumType e) {
      if (enumKeys.put(e.schemaName().fullName(), e.schemaName().name()) == null) {
        enums.add(e);
      }
    } else if (t instanceof TimestampType) {
      imports.add(TIMESTAMP);
    } else if (t instanceof DateType) {
      imports.add(DATE);
    } else if (t instanceof TimeOfDayType) {
      imports.add(TIME_OF_DAY);
    }
  }

  /** Messages and enums share one package: their simple names must differ. */
  private void checkNames() {
    Map<String, String> seen = new HashMap<>();
    for (Msg m : messages) {
      String from = m.record() != null ? m.record().javaType().toString()
          : m.union().javaType().toString();
      clash(seen, m.name(), from);
    }
    for (EnumType e : enums) {
      clash(seen, e.schemaName().name(), e.javaType().toString());
    }
  }

  private void clash(Map<String, String> seen, String name, String from) {
    String before = seen.putIfAbsent(name, from);
    if (before != null && !before.equals(from)) {
      refusals.onEvent(Message.PROTO_DUPLICATE_NAME, before, from, name,
          event.name().namespace().isEmpty() ? "(no package)" : event.name().namespace());
      ok = false;
    }
  }

  /** The enum value name prefix, {@code ORDER_STATUS_} for {@code OrderStatus}. */
  static String enumPrefix(EnumType e) {
    return e.schemaName().name().replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .toUpperCase(java.util.Locale.ROOT) + "_";
  }

  /** {@code credit_card} for {@code CreditCard}: a oneof member's name. */
  static String lowerSnake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
