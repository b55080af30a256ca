package io.eventschema.evolution;

import io.eventschema.codec.AvroInput;
import io.eventschema.codec.AvroOutput;
import io.eventschema.codec.InvalidDataException;
import io.eventschema.codec.ReadBudget;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;

/**
 * The steps a {@link Transcoder} is compiled into: each reads one value in the writer's layout and
 * writes it in the reader's (or, for a skip, writes nothing). Built once per (writer, reader) pair;
 * stateless, so one tree serves every thread. Every malformed input is an {@link IOException} that
 * says what and where, never an index error or a loop that does not end.
 */
final class Steps {
  private Steps() {}

  /** Per-thread buffers: a byte array to copy through and outputs for records being reordered. */
  static final class Scratch {
    byte[] bytes = new byte[256];
    private AvroOutput[] pool = new AvroOutput[4];
    private int depth;

    byte[] bytes(int n) {
      if (bytes.length < n) {
        bytes = new byte[Math.max(n, bytes.length * 2)];
      }
      return bytes;
    }

    AvroOutput acquire() {
      if (depth == pool.length) {
        pool = Arrays.copyOf(pool, depth * 2);
      }
      AvroOutput out = pool[depth];
      if (out == null) {
        out = pool[depth] = new AvroOutput();
      }
      depth++;
      return out.reset();
    }

    void release() {
      depth--;
    }

    /** After a message: forget nesting left by an exception, drop buffers that grew too large. */
    void done(int maxRetained) {
      depth = 0;
      if (bytes.length > maxRetained) {
        bytes = new byte[256];
      }
      for (AvroOutput o : pool) {
        if (o != null) {
          o.trim(maxRetained);
        }
      }
    }
  }

  abstract static class Step {
    abstract void run(AvroInput in, AvroOutput out, Scratch s) throws IOException;
  }

  // ---------------------------------------------------------------------------- copies

  static final Step NOTHING = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) {}
  };

  static final Step BOOLEAN = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeBoolean(in.readBoolean());
    }
  };

  static final Step INT = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeInt(in.readInt());
    }
  };

  static final Step LONG = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeLong(in.readLong());
    }
  };

  static final Step FLOAT = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeFloat(in.readFloat());
    }
  };

  static final Step DOUBLE = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeDouble(in.readDouble());
    }
  };

  /** string, bytes, and string to bytes or back: the same length-prefixed layout. */
  static final Step LENGTH_PREFIXED = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      int len = length(in, "string or bytes");
      byte[] b = s.bytes(len);
      in.readFixed(b, 0, len);
      out.writeLong(len);
      out.writeRaw(b, 0, len);
    }
  };

  static final class Fixed extends Step {
    private final int size;

    Fixed(int size) {
      this.size = size;
    }

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      byte[] b = s.bytes(size);
      in.readFixed(b, 0, size);
      out.writeRaw(b, 0, size);
    }
  }

  // ---------------------------------------------------------------------------- promotions

  static final Step INT_TO_LONG = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeLong(in.readInt());
    }
  };

  static final Step INT_TO_FLOAT = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeFloat(in.readInt());
    }
  };

  static final Step INT_TO_DOUBLE = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeDouble(in.readInt());
    }
  };

  static final Step LONG_TO_FLOAT = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeFloat(in.readLong());
    }
  };

  static final Step LONG_TO_DOUBLE = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeDouble(in.readLong());
    }
  };

  static final Step FLOAT_TO_DOUBLE = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeDouble(in.readFloat());
    }
  };

  // ---------------------------------------------------------------------------- skips

  static final Step SKIP_BOOLEAN = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      in.readBoolean();
    }
  };

  static final Step SKIP_VARINT = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      in.readLong();
    }
  };

  static final Step SKIP_LENGTH_PREFIXED = new Step() {
    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      in.skipFixed(length(in, "string or bytes"));
    }
  };

  static final class SkipFixed extends Step {
    private final int size;

    SkipFixed(int size) {
      this.size = size;
    }

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      in.skipFixed(size);
    }
  }

  // ---------------------------------------------------------------------------- named types

  /** An enum: the writer's ordinal becomes the reader's; -1 means no match (Avro fails too). */
  static final class EnumMap extends Step {
    private final String name;
    private final int[] readerIndex;
    private final String[] writerSymbols;

    EnumMap(String name, int[] readerIndex, String[] writerSymbols) {
      this.name = name;
      this.readerIndex = readerIndex;
      this.writerSymbols = writerSymbols;
    }

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      int at = in.position();
      int i = in.readInt();
      if (i < 0 || i >= readerIndex.length) {
        throw new InvalidDataException("enum " + name + " ordinal " + i + " at byte " + at
            + " does not exist (the writer's enum has " + readerIndex.length + " symbols)");
      }
      int r = readerIndex[i];
      if (r < 0) {
        throw new InvalidDataException("enum " + name + " symbol " + writerSymbols[i]
            + " at byte " + at + " is unknown to the reader, whose enum has no default");
      }
      out.writeInt(r);
    }
  }

  /** An enum read without mapping (a skip when {@code copy} is false). */
  static final class EnumCheck extends Step {
    private final String name;
    private final int symbols;
    private final boolean copy;

    EnumCheck(String name, int symbols, boolean copy) {
      this.name = name;
      this.symbols = symbols;
      this.copy = copy;
    }

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      int at = in.position();
      int i = in.readInt();
      if (i < 0 || i >= symbols) {
        throw new InvalidDataException("enum " + name + " ordinal " + i + " at byte " + at
            + " does not exist (the enum has " + symbols + " symbols)");
      }
      if (copy) {
        out.writeInt(i);
      }
    }
  }

  /**
   * A record whose fields the reader wants in the writer's relative order: each writer field is
   * streamed straight through (or skipped), with the reader's added fields' default bytes written
   * where they belong.
   */
  static final class InOrderRecord extends Step {
    /** The record's full name, for the nesting bound's message. */
    String name;
    Step[] fields;
    byte[][] before;
    byte[] after;

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      ReadBudget budget = in.budget();
      budget.enter(name);
      Step[] f = fields;
      byte[][] b = before;
      for (int i = 0; i < f.length; i++) {
        byte[] d = b[i];
        if (d != null) {
          out.writeRaw(d, 0, d.length);
        }
        f[i].run(in, out, s);
      }
      if (after.length > 0) {
        out.writeRaw(after, 0, after.length);
      }
      budget.exit();
    }
  }

  /**
   * A record whose fields the reader wants in another order: the writer's fields are transcoded
   * into a scratch buffer, then copied out in the reader's order, defaults in between.
   */
  static final class ReorderedRecord extends Step {
    /** The record's full name, for the nesting bound's message. */
    String name;
    /** One per writer field: transcoding into a reader slot, or a skip. */
    Step[] fields;
    /** Per writer field: the reader position it fills, or -1 for a skipped field. */
    int[] readerPosition;
    /** Per reader position: the default's bytes, or null if a writer field fills it. */
    byte[][] defaults;

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      ReadBudget budget = in.budget();
      budget.enter(name);
      int n = defaults.length;
      int[] start = new int[n];
      int[] end = new int[n];
      AvroOutput tmp = s.acquire();
      try {
        for (int i = 0; i < fields.length; i++) {
          int p = readerPosition[i];
          if (p < 0) {
            fields[i].run(in, tmp, s);
          } else {
            start[p] = tmp.size();
            fields[i].run(in, tmp, s);
            end[p] = tmp.size();
          }
        }
        byte[] buf = tmp.buffer();
        for (int p = 0; p < n; p++) {
          byte[] d = defaults[p];
          if (d != null) {
            out.writeRaw(d, 0, d.length);
          } else {
            out.writeRaw(buf, start[p], end[p] - start[p]);
          }
        }
      } finally {
        s.release();
      }
      budget.exit();
    }
  }

  // ---------------------------------------------------------------------------- containers

  /** An array or map: blocks of items (map items start with a string key). */
  static final class Blocks extends Step {
    private final boolean map;
    private final boolean itemsTakeBytes;
    private final boolean copy;
    Step item;

    Blocks(boolean map, boolean itemsTakeBytes, boolean copy) {
      this.map = map;
      this.itemsTakeBytes = itemsTakeBytes;
      this.copy = copy;
    }

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      Step it = item;
      while (true) {
        long count = count(in);
        if (copy) {
          out.writeLong(count);
        }
        if (count == 0) {
          return;
        }
        for (long k = 0; k < count; k++) {
          if (map) {
            (copy ? LENGTH_PREFIXED : SKIP_LENGTH_PREFIXED).run(in, out, s);
          }
          it.run(in, out, s);
        }
      }
    }

    private long count(AvroInput in) throws IOException {
      int at = in.position();
      long count = in.readLong();
      if (count < 0) {
        if (count == Long.MIN_VALUE) {
          throw new InvalidDataException("invalid block count at byte " + at);
        }
        count = -count;
        long size = in.readLong();
        if (size < 0) {
          throw new InvalidDataException("negative block size " + size + " at byte " + at);
        }
      }
      if (count > 0) {
        boolean takeBytes = map || itemsTakeBytes;
        if (takeBytes && count > in.remainingBytes()) {
          throw new EOFException("a block of " + count + " items declared at byte " + at
              + " runs past the end of the payload (" + in.remainingBytes() + " bytes left)");
        }
        // all blocks of the message count: items that take no bytes are bounded only here
        in.budget().items(count, (map ? "a map" : "an array") + " at byte " + at);
      }
      return count;
    }
  }

  // ---------------------------------------------------------------------------- unions

  /** The writer wrote a union: read its branch index, then that branch's step. */
  static final class WriterUnion extends Step {
    private final String what;
    /** When true the reader's union is the same: the index is copied. */
    private final boolean copyIndex;
    final Step[] branches;

    WriterUnion(String what, boolean copyIndex, Step[] branches) {
      this.what = what;
      this.copyIndex = copyIndex;
      this.branches = branches;
    }

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      int at = in.position();
      int i = in.readIndex();
      if (i < 0 || i >= branches.length) {
        throw new InvalidDataException("union branch " + i + " at byte " + at + " of " + what
            + " does not exist (the writer's union has " + branches.length + " branches)");
      }
      if (copyIndex) {
        out.writeIndex(i);
      }
      branches[i].run(in, out, s);
    }
  }

  /** The reader has a union, the writer not: write the reader's branch index, then the value. */
  static final class ReaderUnion extends Step {
    private final int branch;
    Step value;

    ReaderUnion(int branch) {
      this.branch = branch;
    }

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      out.writeIndex(branch);
      value.run(in, out, s);
    }
  }

  /** Data Avro's resolution cannot read either (e.g. a writer union branch the reader lacks). */
  static final class Fail extends Step {
    private final String message;

    Fail(String message) {
      this.message = message;
    }

    @Override
    void run(AvroInput in, AvroOutput out, Scratch s) throws IOException {
      throw new InvalidDataException(message + " (at byte " + in.position() + ")");
    }
  }

  // ---------------------------------------------------------------------------- helpers

  static int length(AvroInput in, String what) throws IOException {
    int at = in.position();
    long len = in.readLong();
    if (len < 0) {
      throw new InvalidDataException("negative " + what + " length " + len + " at byte " + at);
    }
    if (len > in.remainingBytes()) {
      throw new EOFException("a " + what + " of " + len + " bytes declared at byte " + at
          + " runs past the end of the payload (" + in.remainingBytes() + " bytes left)");
    }
    return (int) len;
  }
}
