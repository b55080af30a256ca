package io.eventschema.evolution;

import io.eventschema.codec.AvroOutput;
import io.eventschema.evolution.Steps.Blocks;
import io.eventschema.evolution.Steps.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Resolver;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.parsing.ResolvingGrammarGenerator;
import org.apache.avro.util.internal.Accessor;

/**
 * Compiles Avro's own resolution of a writer schema against a reader schema ({@link Resolver}, the
 * decisions {@code GenericDatumReader} acts on: aliases applied, fields matched, skipped and
 * defaulted, enum symbols mapped, union branches chosen, values promoted) into {@link Steps} that
 * act on bytes. Default values are encoded exactly as Avro's resolving decoder encodes them.
 * Recursive schemas compile to cyclic step graphs.
 */
final class TranscoderCompiler {
  private final Map<Resolver.Action, Step> byAction = new IdentityHashMap<>();
  private final Map<Schema, Step> copyBySchema = new IdentityHashMap<>();
  private final Map<Schema, Step> skipBySchema = new IdentityHashMap<>();

  static Step compile(Schema writer, Schema reader) {
    Resolver.Action root = Resolver.resolve(writer, reader, GenericData.get());
    return new TranscoderCompiler().step(root);
  }

  /** Steps that each skip one of {@code fields}, in order, reading the writer's bytes only. */
  static Step[] skipSteps(List<Schema.Field> fields) {
    TranscoderCompiler compiler = new TranscoderCompiler();
    Step[] steps = new Step[fields.size()];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = compiler.skip(fields.get(i).schema());
    }
    return steps;
  }

  private Step step(Resolver.Action action) {
    Step known = byAction.get(action);
    if (known != null) {
      return known;
    }
    Schema w = action.writer;
    Schema r = action.reader;
    if (action instanceof Resolver.DoNothing) {
      return copy(w);
    }
    if (action instanceof Resolver.Skip) {
      return skip(w);
    }
    if (action instanceof Resolver.ErrorAction e) {
      return new Steps.Fail("the writer's " + ReadCheck.describe(w) + " cannot be read as the"
          + " reader's " + ReadCheck.describe(r) + " (" + e + ")");
    }
    if (action instanceof Resolver.Promote) {
      return promote(w.getType(), r.getType());
    }
    if (action instanceof Resolver.EnumAdjust e) {
      return new Steps.EnumMap(r.getFullName(), e.adjustments.clone(),
          w.getEnumSymbols().toArray(new String[0]));
    }
    if (action instanceof Resolver.Container c) {
      Blocks blocks = new Blocks(w.getType() == Schema.Type.MAP,
          takesBytes(elementOf(w), new IdentityHashMap<>()), true);
      byAction.put(action, blocks);
      blocks.item = step(c.elementAction);
      return blocks;
    }
    if (action instanceof Resolver.ReaderUnion u) {
      Steps.ReaderUnion step = new Steps.ReaderUnion(u.firstMatch);
      byAction.put(action, step);
      step.value = step(u.actualAction);
      return step;
    }
    if (action instanceof Resolver.WriterUnion u) {
      if (u.unionEquiv) {
        // the reader's union is the writer's: copy it as it is
        return copy(r);
      }
      Step[] branches = new Step[u.actions.length];
      Steps.WriterUnion step = new Steps.WriterUnion(ReadCheck.describe(w), false, branches);
      byAction.put(action, step);
      for (int i = 0; i < branches.length; i++) {
        branches[i] = step(u.actions[i]);
      }
      return step;
    }
    if (action instanceof Resolver.RecordAdjust ra) {
      return record(ra);
    }
    throw new IllegalStateException("unexpected resolution step " + action.type + " for writer "
        + w + " and reader " + r);
  }

  private Step record(Resolver.RecordAdjust ra) {
    List<Schema.Field> readerFields = ra.reader.getFields();
    int n = readerFields.size();
    int writerCount = ra.fieldActions.length;
    int[] readerPosition = new int[writerCount];
    boolean inOrder = true;
    int last = -1;
    int matched = 0;
    for (int i = 0; i < writerCount; i++) {
      if (ra.fieldActions[i] instanceof Resolver.Skip) {
        readerPosition[i] = -1;
      } else {
        int p = ra.readerOrder[matched++].pos();
        readerPosition[i] = p;
        inOrder &= p > last;
        last = p;
      }
    }
    byte[][] defaults = new byte[n][];
    for (int j = ra.firstDefault; j < ra.readerOrder.length; j++) {
      Schema.Field rf = ra.readerOrder[j];
      defaults[rf.pos()] = defaultBytes(rf);
    }
    Step[] fields = new Step[writerCount];
    Step result;
    if (inOrder) {
      Steps.InOrderRecord step = new Steps.InOrderRecord();
      step.name = ra.writer.getFullName();
      byte[][] before = new byte[writerCount][];
      AvroOutput pending = new AvroOutput(16);
      int q = 0;
      for (int i = 0; i < writerCount; i++) {
        int p = readerPosition[i];
        if (p < 0) {
          continue;
        }
        for (; q < p; q++) {
          pending.writeRaw(defaults[q], 0, defaults[q].length);
        }
        q = p + 1;
        before[i] = pending.size() == 0 ? null : pending.toByteArray();
        pending.reset();
      }
      for (; q < n; q++) {
        pending.writeRaw(defaults[q], 0, defaults[q].length);
      }
      step.before = before;
      step.after = pending.toByteArray();
      step.fields = fields;
      result = step;
    } else {
      Steps.ReorderedRecord step = new Steps.ReorderedRecord();
      step.name = ra.writer.getFullName();
      step.readerPosition = readerPosition;
      step.defaults = defaults;
      step.fields = fields;
      result = step;
    }
    byAction.put(ra, result);
    for (int i = 0; i < writerCount; i++) {
      fields[i] = step(ra.fieldActions[i]);
    }
    return result;
  }

  /** The reader field's default, encoded as Avro's resolving decoder encodes it. */
  private static byte[] defaultBytes(Schema.Field field) {
    AvroOutput out = new AvroOutput(16);
    try {
      ResolvingGrammarGenerator.encode(out, field.schema(), Accessor.defaultValue(field));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the default of field '" + field.name() + "' ("
          + field.defaultVal() + ") is not a valid " + ReadCheck.describe(field.schema()) + ": "
          + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static Step promote(Schema.Type from, Schema.Type to) {
    return switch (from) {
      case INT -> switch (to) {
        case LONG -> Steps.INT_TO_LONG;
        case FLOAT -> Steps.INT_TO_FLOAT;
        case DOUBLE -> Steps.INT_TO_DOUBLE;
        default -> throw badPromotion(from, to);
      };
      case LONG -> switch (to) {
        case FLOAT -> Steps.LONG_TO_FLOAT;
        case DOUBLE -> Steps.LONG_TO_DOUBLE;
        default -> throw badPromotion(from, to);
      };
      case FLOAT -> {
        if (to != Schema.Type.DOUBLE) {
          throw badPromotion(from, to);
        }
        yield Steps.FLOAT_TO_DOUBLE;
      }
      case STRING, BYTES -> Steps.LENGTH_PREFIXED;
      default -> throw badPromotion(from, to);
    };
  }

  private static IllegalStateException badPromotion(Schema.Type from, Schema.Type to) {
    return new IllegalStateException("Avro promoted " + from + " to " + to);
  }

  /** Reads a value of {@code s} and writes it unchanged. */
  private Step copy(Schema s) {
    return switch (s.getType()) {
      case NULL -> Steps.NOTHING;
      case BOOLEAN -> Steps.BOOLEAN;
      case INT -> Steps.INT;
      case LONG -> Steps.LONG;
      case FLOAT -> Steps.FLOAT;
      case DOUBLE -> Steps.DOUBLE;
      case STRING, BYTES -> Steps.LENGTH_PREFIXED;
      case FIXED -> new Steps.Fixed(s.getFixedSize());
      case ENUM -> new Steps.EnumCheck(s.getFullName(), s.getEnumSymbols().size(), true);
      case ARRAY, MAP, UNION, RECORD -> composite(s, true, copyBySchema);
    };
  }

  /** Reads a value of {@code s} and writes nothing. */
  private Step skip(Schema s) {
    return switch (s.getType()) {
      case NULL -> Steps.NOTHING;
      case BOOLEAN -> Steps.SKIP_BOOLEAN;
      case INT, LONG -> Steps.SKIP_VARINT;
      case FLOAT -> new Steps.SkipFixed(4);
      case DOUBLE -> new Steps.SkipFixed(8);
      case STRING, BYTES -> Steps.SKIP_LENGTH_PREFIXED;
      case FIXED -> new Steps.SkipFixed(s.getFixedSize());
      case ENUM -> new Steps.EnumCheck(s.getFullName(), s.getEnumSymbols().size(), false);
      case ARRAY, MAP, UNION, RECORD -> composite(s, false, skipBySchema);
    };
  }

  private Step composite(Schema s, boolean copy, Map<Schema, Step> memo) {
    Step known = memo.get(s);
    if (known != null) {
      return known;
    }
    switch (s.getType()) {
      case ARRAY, MAP -> {
        Blocks blocks = new Blocks(s.getType() == Schema.Type.MAP,
            takesBytes(elementOf(s), new IdentityHashMap<>()), copy);
        memo.put(s, blocks);
        blocks.item = copy ? copy(elementOf(s)) : skip(elementOf(s));
        return blocks;
      }
      case UNION -> {
        Step[] branches = new Step[s.getTypes().size()];
        Steps.WriterUnion union = new Steps.WriterUnion(ReadCheck.describe(s), copy, branches);
        memo.put(s, union);
        for (int i = 0; i < branches.length; i++) {
          Schema b = s.getTypes().get(i);
          branches[i] = copy ? copy(b) : skip(b);
        }
        return union;
      }
      case RECORD -> {
        Steps.InOrderRecord record = new Steps.InOrderRecord();
        record.name = s.getFullName();
        memo.put(s, record);
        List<Step> fields = new ArrayList<>();
        for (Schema.Field f : s.getFields()) {
          fields.add(copy ? copy(f.schema()) : skip(f.schema()));
        }
        record.fields = fields.toArray(new Step[0]);
        record.before = new byte[record.fields.length][];
        record.after = new byte[0];
        return record;
      }
      default -> throw new IllegalStateException(s.getType() + " is not composite");
    }
  }

  private static Schema elementOf(Schema container) {
    return container.getType() == Schema.Type.ARRAY ? container.getElementType()
        : container.getValueType();
  }

  /** True if every value of {@code s} takes at least one byte on the wire. */
  private static boolean takesBytes(Schema s, Map<Schema, Boolean> seen) {
    return switch (s.getType()) {
      case NULL -> false;
      case FIXED -> s.getFixedSize() > 0;
      case RECORD -> {
        Boolean known = seen.get(s);
        if (known != null) {
          yield known;
        }
        // a record that reaches itself again does so through a union or container: bytes
        seen.put(s, true);
        boolean any = false;
        for (Schema.Field f : s.getFields()) {
          any |= takesBytes(f.schema(), seen);
        }
        seen.put(s, any);
        yield any;
      }
      default -> true;
    };
  }
}
