package io.eventschema.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SerializedString;
import io.eventschema.codec.Limits;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a generated JSON codec reads with: a jackson-core {@link JsonParser} plus the JSON path of
 * where it is ({@code $.items[2].quantity}), so that every error names it, and the bounds every
 * format shares ({@link Limits}).
 *
 * <p>The reader is always <em>on</em> a value: its first token is the current one. A value read
 * ({@code readX}, {@link #skipValue()}, a whole object or array) leaves the reader on the value's
 * last token; {@link #nextName()} and {@link #nextElement()} move it onto the next value. A record
 * reads as
 *
 * <pre>{@code
 * static final JsonReader.Fields FIELDS = JsonReader.fields("user_id", "note");
 * ...
 * in.beginObject();
 * for (int field = in.nextField(FIELDS); field != JsonReader.END; field = in.nextField(FIELDS)) {
 *   switch (field) {
 *     case 0 -> { userId = in.readLong(); seen |= 1; }
 *     case 1 -> note = in.isNull() ? null : in.readString();
 *     default -> in.skipValue();            // a newer writer's property (UNKNOWN)
 *   }
 * }                                          // END: the object is closed
 * if ((seen & 1) == 0) throw in.missing("user_id");
 * }</pre>
 *
 * {@link #nextField} expects the properties in the order of {@code FIELDS} (the order every
 * eventschema writer and Jackson databind write them) and then compares the payload's bytes with
 * the expected name's, without decoding or hashing it; a property out of that order is looked up
 * by name. {@link #nextName()} is the same by name ({@code switch (name)}).
 *
 * A list reads as {@code in.beginArray(); while (in.nextElement()) list.add(in.readInt());}, a map
 * as {@code in.beginMap(); for (String k = in.nextName(); k != null; k = in.nextName()) ...}.
 *
 * <p>Every failure is a {@link JsonDataException} naming the path (malformed JSON from the parser
 * too: see {@link #wrap(IOException)}). Not thread-safe; the deserializer keeps one per thread.
 *
 * <p>Bounds: the {@link Limits} every format shares. {@value Limits#MAX_ITEMS_CONFIG} counts array
 * elements and map entries in all; {@value Limits#MAX_DEPTH_CONFIG} counts records (JSON objects
 * read with {@link #beginObject()}) nested below the event, which is level 0, as for Avro. The
 * JSON as a whole, skipped values included, may nest at most {@code 4 × (max.depth + 1)} objects
 * and arrays (jackson-core's nesting limit), so that lists and maps between records fit.
 */
public final class JsonReader {
  private static final int OBJECT = 0;
  private static final int MAP = 1;
  private static final int ARRAY = 2;
  private static final int MAX_DECIMAL_TEXT = 200;
  /** jackson-core's nesting limit per allowed record level (lists and maps between records). */
  private static final int CONTAINERS_PER_RECORD = 4;

  private final JsonFactory factory;
  private final long maxItems;
  private final int maxDepth;
  private byte[] data;
  private int dataOffset;
  private int dataLength;
  private JsonParser parser;
  private long items;
  private int depth;
  private int records;
  private int[] kinds = new int[16];
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  /** Per object level: the index in its {@link Fields} of the property expected next. */
  private int[] expects = new int[16];
  /** The current string value's characters, set by {@link #chars}: valid until the reader moves. */
  private char[] chars;
  private int charsOffset;
  private int charsLength;

  /** {@link #nextField}: the object has ended (the reader has left it). */
  public static final int END = -2;
  /** {@link #nextField}: a property that is not one of the record's; skip its value. */
  public static final int UNKNOWN = -1;

  /**
   * A record's property names in declaration order, each encoded once, for {@link #nextField}.
   * Immutable; the generated codec keeps one per record as a constant.
   */
  public static final class Fields {
    private final String[] names;
    private final SerializedString[] encoded;
    private final Map<String, Integer> index;

    private Fields(String[] names) {
      this.names = names.clone();
      this.encoded = new SerializedString[names.length];
      this.index = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        encoded[i] = new SerializedString(names[i]);
        // the first of two equal names wins, as the first case of a switch would
        index.putIfAbsent(names[i], i);
      }
    }

    /** The property at {@code field}. */
    public String name(int field) {
      return names[field];
    }

    /** How many properties there are. */
    public int size() {
      return names.length;
    }

    int indexOf(String name) {
      Integer i = index.get(name);
      return i == null ? UNKNOWN : i;
    }
  }

  /** The property names {@code names}, in this order, for {@link #nextField}. */
  public static Fields fields(String... names) {
    return new Fields(names);
  }

  /** A reader of {@code json} (UTF-8) with the default bounds; for tests and hand-written code. */
  public JsonReader(byte[] json) throws IOException {
    this(Limits.DEFAULT);
    reset(json, 0, json.length);
  }

  /** A reader with these bounds; {@link #reset} gives it a payload. */
  public JsonReader(Limits limits) {
    this.maxItems = limits.maxItems();
    this.maxDepth = limits.maxDepth();
    this.factory = factory(maxDepth);
  }

  /**
   * The parser factory the reader uses: jackson-core with nesting bounded as this reader bounds
   * it, so that skipped values are bounded too.
   */
  static JsonFactory factory(int maxDepth) {
    long nesting = CONTAINERS_PER_RECORD * ((long) maxDepth + 1);
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth((int) Math.min(Integer.MAX_VALUE, nesting)).build())
        .build();
  }

  /**
   * Starts reading {@code length} bytes of UTF-8 JSON at {@code offset}, on the first token.
   *
   * @throws JsonDataException if there is no JSON value there
   */
  public JsonReader reset(byte[] json, int offset, int length) throws IOException {
    if (parser != null) {
      parser.close();
    }
    this.data = json;
    this.dataOffset = offset;
    this.dataLength = length;
    this.items = 0;
    this.depth = 0;
    this.records = 0;
    this.parser = factory.createParser(json, offset, length);
    try {
      if (parser.nextToken() == null) {
        throw new JsonDataException("$", "the payload holds no JSON value");
      }
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
    return this;
  }

  /** The parser, positioned on the current value's token. */
  public JsonParser parser() {
    return parser;
  }

  // --------------------------------------------------------------------------- structure

  /** Enters the object of a record; the reader must be on {@code {}. */
  public void beginObject() throws IOException {
    begin(JsonToken.START_OBJECT, OBJECT, "an object");
  }

  /** Enters an object read as a map: each entry counts towards {@value Limits#MAX_ITEMS_CONFIG}. */
  public void beginMap() throws IOException {
    begin(JsonToken.START_OBJECT, MAP, "an object");
  }

  /** Enters an array; each element counts towards {@value Limits#MAX_ITEMS_CONFIG}. */
  public void beginArray() throws IOException {
    begin(JsonToken.START_ARRAY, ARRAY, "an array");
  }

  private void begin(JsonToken expected, int kind, String what) {
    JsonToken t = parser.currentToken();
    if (t != expected) {
      throw unexpected(what, t);
    }
    if (kind == OBJECT && records > maxDepth) {
      // the event's own object is the first (level 0)
      throw new JsonDataException(path(), "records nest deeper than " + maxDepth
          + " levels below the event (" + Limits.MAX_DEPTH_CONFIG + ")");
    }
    if (depth == kinds.length) {
      kinds = Arrays.copyOf(kinds, depth * 2);
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
      expects = Arrays.copyOf(expects, depth * 2);
    }
    kinds[depth] = kind;
    names[depth] = null;
    indexes[depth] = -1;
    expects[depth] = 0;
    depth++;
    if (kind == OBJECT) {
      records++;
    }
  }

  /**
   * Moves onto the value of the object's next property and returns its name, or returns null
   * (and leaves the object) at its end.
   */
  public String nextName() throws IOException {
    try {
      String name = parser.nextFieldName();
      if (name == null) {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.END_OBJECT) {
          if (kinds[--depth] == OBJECT) {
            records--;
          }
          return null;
        }
        throw unexpected("a property name", t);
      }
      int d = depth - 1;
      names[d] = name;
      if (kinds[d] == MAP) {
        count();
      }
      if (parser.nextToken() == null) {
        throw new JsonDataException(path(), "the payload ends before the property's value");
      }
      return name;
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
  }

  /**
   * Moves onto the value of the record's next property and returns its index in {@code fields},
   * or {@link #UNKNOWN} for a property not among them (its value to be skipped), or returns
   * {@link #END} (and leaves the object) at the object's end. The reader must be in an object
   * entered with {@link #beginObject()}.
   *
   * <p>The property expected is the one after the last found (the first at the start): if the
   * payload has it next, its name is matched as bytes (jackson-core's
   * {@code nextFieldName(SerializableString)}), else the name is parsed and looked up.
   */
  public int nextField(Fields fields) throws IOException {
    int d = depth - 1;
    int expect = expects[d];
    try {
      int field;
      if (expect < fields.names.length && parser.nextFieldName(fields.encoded[expect])) {
        field = expect;
        names[d] = fields.names[expect];
      } else {
        if (expect >= fields.names.length) {
          parser.nextToken();
        }
        JsonToken t = parser.currentToken();
        if (t != JsonToken.FIELD_NAME) {
          if (t == JsonToken.END_OBJECT) {
            if (kinds[--depth] == OBJECT) {
              records--;
            }
            return END;
          }
          throw unexpected("a property name", t);
        }
        String name = parser.currentName();
        names[d] = name;
        field = fields.indexOf(name);
      }
      if (field >= 0) {
        expects[d] = field + 1;
      }
      if (parser.nextToken() == null) {
        throw new JsonDataException(path(), "the payload ends before the property's value");
      }
      return field;
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
  }

  /** Moves onto the array's next element and returns true, or returns false (and leaves the array) at its end. */
  public boolean nextElement() throws IOException {
    try {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        depth--;
        return false;
      }
      if (t == null) {
        throw new JsonDataException(path(), "the payload ends inside the array");
      }
      indexes[depth - 1]++;
      count();
      return true;
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
  }

  private void count() {
    if (++items > maxItems) {
      throw new JsonDataException(path(), "the payload has more than " + maxItems
          + " array elements and map entries in all (" + Limits.MAX_ITEMS_CONFIG + ")");
    }
  }

  /** True if the current value is {@code null}; the reader stays on it. */
  public boolean isNull() {
    return parser.currentToken() == JsonToken.VALUE_NULL;
  }

  /** Skips the current value, however nested (a property this reader does not know). */
  public void skipValue() throws IOException {
    try {
      parser.skipChildren();
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
  }

  /**
   * The string value of property {@code property} of the object the reader is on, without moving:
   * the discriminator of a sealed union, wherever the writer put it in the object. The reader
   * stays on the object's {@code {}, so the subtype's codec then reads the whole object (and
   * skips or checks the discriminator property as it likes).
   *
   * @throws JsonDataException if the reader is not on an object, or the object has no such
   *     property, or its value is not a string
   */
  public String discriminator(String property) throws IOException {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw unexpected("an object", t);
    }
    long at = parser.currentTokenLocation().getByteOffset();
    if (at < 0 || at >= dataLength) {
      throw new JsonDataException(path(), "cannot find the object in the payload");
    }
    try (JsonParser look = factory.createParser(data, dataOffset + (int) at,
        dataLength - (int) at)) {
      look.nextToken();
      for (JsonToken n = look.nextToken(); n == JsonToken.FIELD_NAME; n = look.nextToken()) {
        String name = look.currentName();
        JsonToken value = look.nextToken();
        if (name.equals(property)) {
          if (value != JsonToken.VALUE_STRING) {
            throw new JsonDataException(child(property), "expected a string (the subtype),"
                + " found " + describe(value));
          }
          return look.getText();
        }
        look.skipChildren();
      }
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
    throw missing(property);
  }

  /**
   * After the payload's value: fails unless only whitespace follows it.
   *
   * @throws JsonDataException if anything follows
   */
  public void requireEnd() throws IOException {
    JsonToken t;
    try {
      t = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw new JsonDataException("$", "unexpected content after the event's JSON value", e);
    }
    if (t != null) {
      throw new JsonDataException("$", "unexpected content after the event's JSON value ("
          + describe(t) + ")");
    }
  }

  // ----------------------------------------------------------------------------- scalars

  public boolean readBoolean() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw unexpected("a boolean", t);
  }

  public String readString() throws IOException {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw unexpected("a string", t);
    }
    return text();
  }

  /** The current token's text; jackson-core decodes it only now, so malformed JSON shows here. */
  private String text() throws IOException {
    try {
      return parser.getText();
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
  }

  /**
   * Points {@link #chars} at the current string value's characters, decoded by jackson-core into
   * its buffer: no String is made.
   */
  private void chars(String what) throws IOException {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw unexpected(what, t);
    }
    try {
      chars = parser.getTextCharacters();
      charsOffset = parser.getTextOffset();
      charsLength = parser.getTextLength();
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
  }

  private BigDecimal decimalValue() throws IOException {
    try {
      return parser.getDecimalValue();
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
  }

  /** A one-character string. */
  public char readChar() throws IOException {
    String s = readString();
    if (s.length() != 1) {
      throw new JsonDataException(path(), "expected a string of one character, found "
          + s.length() + " characters");
    }
    return s.charAt(0);
  }

  public byte readByte() throws IOException {
    return (byte) integer(Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte");
  }

  public short readShort() throws IOException {
    return (short) integer(Short.MIN_VALUE, Short.MAX_VALUE, "a short");
  }

  public int readInt() throws IOException {
    return (int) integer(Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
  }

  public long readLong() throws IOException {
    return integer(Long.MIN_VALUE, Long.MAX_VALUE, "a long");
  }

  /**
   * An integer in {@code [min, max]}. A JSON number with an exponent or a zero fraction
   * ({@code 1e2}, {@code 3.0}) is an integer, as in JSON Schema; {@code 3.5} is not.
   */
  private long integer(long min, long max, String what) throws IOException {
    JsonToken t = parser.currentToken();
    long value;
    if (t == JsonToken.VALUE_NUMBER_INT) {
      JsonParser.NumberType type = parser.getNumberType();
      if (type == JsonParser.NumberType.BIG_INTEGER) {
        throw outOfRange(what, min, max);
      }
      try {
        value = parser.getLongValue();
      } catch (JsonProcessingException e) {
        throw wrap(e);
      }
    } else if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal d = decimalValue();
      if (d.signum() == 0) {
        return 0;
      }
      if (d.precision() - d.scale() > 19) {
        throw outOfRange(what, min, max);
      }
      BigDecimal whole = d.stripTrailingZeros();
      if (whole.scale() > 0) {
        throw new JsonDataException(path(), "expected " + what + ", found a number with a"
            + " fraction");
      }
      try {
        value = whole.longValueExact();
      } catch (ArithmeticException e) {
        throw outOfRange(what, min, max);
      }
    } else {
      throw unexpected(what, t);
    }
    if (value < min || value > max) {
      throw outOfRange(what, min, max);
    }
    return value;
  }

  private JsonDataException outOfRange(String what, long min, long max) {
    return new JsonDataException(path(), "the number is out of range for " + what + " (" + min
        + " to " + max + ")");
  }

  public double readDouble() throws IOException {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      try {
        return parser.getDoubleValue();
      } catch (JsonProcessingException e) {
        throw wrap(e);
      }
    }
    if (t == JsonToken.VALUE_STRING) {
      // Jackson writes these as strings (JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      switch (text()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw unexpected("a number", t);
  }

  public float readFloat() throws IOException {
    double d = readDouble();
    float f = (float) d;
    if (Float.isInfinite(f) && !Double.isInfinite(d)) {
      throw new JsonDataException(path(), "the number is out of range for a float");
    }
    return f;
  }

  /**
   * A decimal of at most {@code precision} digits, {@code scale} of them after the point, given as
   * a decimal string ({@code "12.50"}; a JSON number is accepted too, read from its text, never
   * through a double). Returned at exactly {@code scale}; a value that would need rounding is
   * refused.
   */
  public BigDecimal readDecimal(int precision, int scale) throws IOException {
    JsonToken t = parser.currentToken();
    BigDecimal value;
    if (t == JsonToken.VALUE_STRING) {
      chars("a decimal string");
      if (charsLength > MAX_DECIMAL_TEXT) {
        throw new JsonDataException(path(), "expected a decimal string, found a string of "
            + charsLength + " characters");
      }
      try {
        value = new BigDecimal(chars, charsOffset, charsLength);
      } catch (NumberFormatException e) {
        throw new JsonDataException(path(), "expected a decimal string, found a string that"
            + " is not a decimal number");
      }
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      value = decimalValue();
    } else {
      throw unexpected("a decimal string", t);
    }
    if (value.signum() != 0 && value.precision() - value.scale() > precision - scale) {
      throw new JsonDataException(path(), "the decimal has more than " + (precision - scale)
          + " digits before the point (decimal(" + precision + "," + scale + "))");
    }
    try {
      return value.setScale(scale);
    } catch (ArithmeticException e) {
      throw new JsonDataException(path(), "the decimal has more than " + scale
          + " digits after the point (decimal(" + precision + "," + scale + "))");
    }
  }

  /** Bytes as a base64 string (standard alphabet, as Jackson writes them). */
  public byte[] readBytes() throws IOException {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw unexpected("a base64 string", t);
    }
    try {
      return parser.getBinaryValue();
    } catch (JsonProcessingException e) {
      throw new JsonDataException(path(), "expected a base64 string: " + e.getOriginalMessage());
    }
  }

  /** {@link #readBytes()} as a read-only buffer. */
  public ByteBuffer readByteBuffer() throws IOException {
    return ByteBuffer.wrap(readBytes()).asReadOnlyBuffer();
  }

  /** Bytes as a base64 string of exactly {@code size} bytes (a fixed). */
  public byte[] readBytes(int size) throws IOException {
    byte[] b = readBytes();
    if (b.length != size) {
      throw new JsonDataException(path(), "expected " + size + " bytes, found " + b.length);
    }
    return b;
  }

  /** A UUID in its canonical 36-character form ({@code 8-4-4-4-12} hex digits). */
  public UUID readUuid() throws IOException {
    chars("a string");
    char[] c = chars;
    int o = charsOffset;
    if (charsLength != 36 || c[o + 8] != '-' || c[o + 13] != '-' || c[o + 18] != '-'
        || c[o + 23] != '-') {
      throw new JsonDataException(path(), "expected a UUID (8-4-4-4-12 hex digits), found a"
          + " string of another form");
    }
    long msb = hex(c, o, 8) << 32 | hex(c, o + 9, 4) << 16 | hex(c, o + 14, 4);
    long lsb = hex(c, o + 19, 4) << 48 | hex(c, o + 24, 12);
    return new UUID(msb, lsb);
  }

  private long hex(char[] c, int from, int count) {
    long v = 0;
    for (int i = from; i < from + count; i++) {
      int d = Character.digit(c[i], 16);
      if (d < 0) {
        throw new JsonDataException(path(), "expected a UUID (8-4-4-4-12 hex digits), found a"
            + " string with a character that is not a hex digit");
      }
      v = v << 4 | d;
    }
    return v;
  }

  /** An ISO-8601 instant ({@code 2026-12-01T15:30:00.123Z}, or with an offset). */
  public Instant readInstant() throws IOException {
    timeChars("a date-time string (ISO-8601)");
    Instant fast = IsoInstant.parse(chars, charsOffset, charsLength);
    if (fast != null) {
      return fast;
    }
    String s = new String(chars, charsOffset, charsLength);
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(s, Instant::from);
    } catch (DateTimeException e) {
      throw badTime("a date-time string (ISO-8601, with Z or an offset)", e);
    }
  }

  /** An ISO-8601 date ({@code 2026-12-01}). */
  public LocalDate readLocalDate() throws IOException {
    String s = time("a date string (ISO-8601)");
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw badTime("a date string (ISO-8601, yyyy-mm-dd)", e);
    }
  }

  /** An ISO-8601 time of day ({@code 15:30:00.123}). */
  public LocalTime readLocalTime() throws IOException {
    String s = time("a time string (ISO-8601)");
    try {
      return LocalTime.parse(s);
    } catch (DateTimeException e) {
      throw badTime("a time string (ISO-8601, hh:mm[:ss[.fraction]])", e);
    }
  }

  /** An ISO-8601 local date-time ({@code 2026-12-01T15:30:00.123}, no offset). */
  public LocalDateTime readLocalDateTime() throws IOException {
    String s = time("a local date-time string (ISO-8601)");
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeException e) {
      throw badTime("a local date-time string (ISO-8601, without offset)", e);
    }
  }

  private String time(String what) throws IOException {
    timeChars(what);
    return new String(chars, charsOffset, charsLength);
  }

  private void timeChars(String what) throws IOException {
    chars(what);
    if (charsLength > 64) {
      throw new JsonDataException(path(), "expected " + what + ", found a string of "
          + charsLength + " characters");
    }
  }

  private JsonDataException badTime(String what, DateTimeException e) {
    return new JsonDataException(path(), "expected " + what + ": " + e.getMessage(), e);
  }

  /**
   * The index of the current string value in {@code symbols} (an enum's JSON symbols, in
   * declaration order).
   *
   * @throws JsonDataException if it is not one of them
   */
  public int readSymbol(String... symbols) throws IOException {
    chars("a string");
    for (int i = 0; i < symbols.length; i++) {
      if (isChars(symbols[i])) {
        return i;
      }
    }
    throw new JsonDataException(path(), "'"
        + abbreviate(new String(chars, charsOffset, charsLength)) + "' is not one of "
        + String.join(", ", symbols));
  }

  /** True if {@link #chars} hold exactly {@code s}. */
  private boolean isChars(String s) {
    int n = charsLength;
    if (s.length() != n) {
      return false;
    }
    char[] c = chars;
    int o = charsOffset;
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != c[o + i]) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------------------ errors

  /** The error for a required property {@code property} missing from the object just read. */
  public JsonDataException missing(String property) {
    return new JsonDataException(child(property), "the required property is missing");
  }

  /** An error about the current value, naming its path. */
  public JsonDataException error(String problem) {
    return new JsonDataException(path(), problem);
  }

  /**
   * {@code e}, an error of the parser (malformed JSON, a limit of jackson-core), as a
   * {@link JsonDataException} naming the path where it happened.
   */
  public JsonDataException wrap(IOException e) {
    if (e instanceof JsonProcessingException p) {
      return new JsonDataException(path(), "malformed JSON: " + p.getOriginalMessage(), e);
    }
    return new JsonDataException(path(), e.getMessage(), e);
  }

  /** The JSON path of the current value, such as {@code $.items[2].quantity}. */
  public String path() {
    StringBuilder sb = new StringBuilder("$");
    for (int i = 0; i < depth; i++) {
      if (kinds[i] == ARRAY) {
        if (indexes[i] >= 0) {
          sb.append('[').append(indexes[i]).append(']');
        }
      } else if (names[i] != null) {
        appendName(sb, names[i]);
      }
    }
    return sb.toString();
  }

  private String child(String property) {
    StringBuilder sb = new StringBuilder(path());
    appendName(sb, property);
    return sb.toString();
  }

  private static void appendName(StringBuilder sb, String name) {
    if (isIdentifier(name)) {
      sb.append('.').append(name);
    } else {
      sb.append("['").append(abbreviate(name).replace("\\", "\\\\").replace("'", "\\'"))
          .append("']");
    }
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))
        || name.charAt(0) == '$') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static String abbreviate(String s) {
    return s.length() <= 64 ? s : s.substring(0, 61) + "...";
  }

  private JsonDataException unexpected(String expected, JsonToken found) {
    return new JsonDataException(path(), "expected " + expected + ", found " + describe(found));
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the payload";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "an integer";
      case VALUE_NUMBER_FLOAT:
        return "a number with a fraction or exponent";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      case FIELD_NAME:
        return "a property name";
      default:
        return t.toString();
    }
  }
}
