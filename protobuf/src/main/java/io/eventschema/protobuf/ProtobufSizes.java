package io.eventschema.protobuf;

import java.util.Arrays;

/**
 * What the generated codec's size pass works out about one event and its write pass reads back,
 * in the same order: the sizes of the nested messages (records, map entries, packed runs), which
 * strings are not ASCII, and each decimal's digits. Every length prefix is computed once per
 * write, however deep the nesting (the write pass would otherwise size each nested message again,
 * once per level above it), each string is scanned once, and each decimal is worked out once.
 *
 * <p>The size pass calls {@link #reserve()} before it sizes a nested message and
 * {@link #set(int, int)} after, so slots are in pre-order, the order the write pass meets the
 * length prefixes with {@link #next()}. Strings and decimals are counted the same way, in the
 * order both passes meet them. Not thread-safe: one per thread, {@link #reset()} per event; the
 * arrays grow to the largest event written and are kept, so a warm writer allocates nothing here.
 */
public final class ProtobufSizes {
  private int[] sizes = new int[32];
  private int count;
  private int cursor;

  /** Ordinals (in the size pass's order) of the strings that are not all ASCII. */
  private int[] wide = new int[4];
  private int wideCount;
  private int strings;
  private int wideCursor;
  private int stringCursor;

  /** Each decimal's unscaled value at its declared scale, or its text when that is not a long. */
  private long[] unscaled = new long[4];
  private String[] texts = new String[4];
  private int decimals;
  private int decimalCursor;

  /** Bytes of a string or decimal on their way into the encoder: a fixed size, filled in turns. */
  private final byte[] scratch = new byte[SCRATCH];
  static final int SCRATCH = 1024;

  /** Empties this for the next event. */
  public ProtobufSizes reset() {
    count = 0;
    cursor = 0;
    wideCount = 0;
    strings = 0;
    wideCursor = 0;
    stringCursor = 0;
    Arrays.fill(texts, 0, decimals, null);
    decimals = 0;
    decimalCursor = 0;
    return this;
  }

  /** The slot of the next nested message's size, taken before its own nested messages. */
  public int reserve() {
    if (count == sizes.length) {
      sizes = Arrays.copyOf(sizes, count * 2);
    }
    return count++;
  }

  /** Records the size of the message of {@code slot}, and returns it. */
  public int set(int slot, int size) {
    sizes[slot] = size;
    return size;
  }

  /** The next length prefix of the write pass. */
  public int next() {
    return sizes[cursor++];
  }

  /** Size pass: counts one string, {@code ascii} or not. */
  void string(boolean ascii) {
    if (!ascii) {
      if (wideCount == wide.length) {
        wide = Arrays.copyOf(wide, wideCount * 2);
      }
      wide[wideCount++] = strings;
    }
    strings++;
  }

  /** Write pass: whether the next string is all ASCII (as the size pass found it). */
  boolean nextStringAscii() {
    int ordinal = stringCursor++;
    if (wideCursor < wideCount && wide[wideCursor] == ordinal) {
      wideCursor++;
      return false;
    }
    return true;
  }

  /** Size pass: keeps a decimal, as its unscaled value or (when {@code text} is set) as text. */
  void decimal(long unscaledValue, String text) {
    if (decimals == unscaled.length) {
      unscaled = Arrays.copyOf(unscaled, decimals * 2);
      texts = Arrays.copyOf(texts, decimals * 2);
    }
    unscaled[decimals] = unscaledValue;
    texts[decimals] = text;
    decimals++;
  }

  /** Write pass: the index of the next decimal, for {@link #unscaled(int)} and {@link #text(int)}. */
  int nextDecimal() {
    return decimalCursor++;
  }

  long unscaled(int decimal) {
    return unscaled[decimal];
  }

  /** The decimal's text, or null when it is written from {@link #unscaled(int)}. */
  String text(int decimal) {
    return texts[decimal];
  }

  /** A scratch array of {@link #SCRATCH} bytes (its contents are not kept). */
  byte[] scratch() {
    return scratch;
  }
}
