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
import java.nio.charset.StandardCharsets;
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

  // the fast path (see readEvent): the payload's bytes read in place, no jackson-core parser
  /** Reading on the fast path; any doubt throws {@link #FALL_BACK}. */
  private boolean fast;
  /** The fast path gave up on this payload; it is read again with jackson-core. */
  private boolean fellBack;
  private final int maxNesting;
  private int pos;
  private int end;
  /** The current token (fast path). */
  private JsonToken token;
  /** The current string's or number's bytes (fast path): [valueStart, valueEnd). */
  private int valueStart;
  private int valueEnd;
  /** The current string has escapes or non-ASCII characters (fast path). */
  private boolean valueDecoded;
  /** The current string has escapes (fast path). */
  private boolean valueEscaped;
  /** The current integer (fast path), when it has at most 18 digits. */
  private long longValue;
  private boolean longValueFits;
  /** Per object or array level (fast path): entries read so far. */
  private int[] entries = new int[16];
  private char[] scratch = new char[64];
  /** Map keys seen lately (fast path), so that a key read again is not a new String. */
  private final String[] keys = new String[64];

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
    /** Each name's UTF-8 bytes if it needs no escape in JSON and is ASCII, else null. */
    private final byte[][] bytes;

    private Fields(String[] names) {
      this.names = names.clone();
      this.encoded = new SerializedString[names.length];
      this.index = new HashMap<>();
      this.bytes = new byte[names.length][];
      for (int i = 0; i < names.length; i++) {
        encoded[i] = new SerializedString(names[i]);
        bytes[i] = plain(names[i]) ? names[i].getBytes(StandardCharsets.US_ASCII) : null;
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

    /** The field whose name is the ASCII bytes at {@code from}, or UNKNOWN. */
    int indexOf(byte[] data, int from, int length) {
      for (int i = 0; i < bytes.length; i++) {
        byte[] b = bytes[i];
        if (b != null && b.length == length && matchesAt(i, data, from, from + length + 1)) {
          return i;
        }
      }
      return UNKNOWN;
    }

    /** True if field {@code i}'s name and then its closing quote are at {@code p}. */
    boolean matchesAt(int i, byte[] data, int p, int end) {
      byte[] b = bytes[i];
      int n;
      return b != null && p + (n = b.length) < end && data[p + n] == '"'
          && Arrays.equals(data, p, p + n, b, 0, n);
    }

    private static boolean plain(String name) {
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
          return false;
        }
      }
      return true;
    }
  }

  /** The property names {@code names}, in this order, for {@link #nextField}. */
  public static Fields fields(String... names) {
    return new Fields(names);
  }

  /** What the fast path throws when it gives up: the payload is then read with jackson-core. */
  private static final class FallBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FallBack() {
      super("the fast path gave up", null, false, false);
    }
  }

  private static final FallBack FALL_BACK = new FallBack();

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
    this.maxNesting = (int) Math.min(Integer.MAX_VALUE,
        CONTAINERS_PER_RECORD * ((long) maxDepth + 1));
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
    this.fast = false;
    this.fellBack = false;
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

  /**
   * Reads one event, the whole of {@code length} bytes at {@code offset}, with {@code codec}: what
   * the deserializer does per message. The bytes are first read in place, without a jackson-core
   * parser, by a fast path that takes only what it is sure jackson-core reads the same way (UTF-8
   * without a byte order mark, integers of up to 18 digits, strings without unusual escapes, ...)
   * and gives up on anything else, a malformed payload or a value the codec refuses included; the
   * payload is then read again from its start as {@link #reset} and the codec read it until now,
   * with jackson-core's parser, whose value or error is the answer. So the fast path changes the
   * speed, never the outcome.
   *
   * @throws JsonDataException if the JSON is not a valid value of the codec's schema, or anything
   *     but whitespace follows it
   */
  public <T> T readEvent(JsonEventCodec<T> codec, byte[] json, int offset, int length)
      throws IOException {
    try {
      startFast(json, offset, length);
      T value = codec.read(this);
      requireEnd();
      if (!fellBack) {
        return value;
      }
    } catch (FallBack e) {
      // read again below
    } catch (IOException | RuntimeException e) {
      if (!fellBack) {
        throw e;
      }
    }
    return readEventWithJackson(codec, json, offset, length);
  }

  /**
   * {@link #readEvent} with jackson-core's parser only: the reference the fast path is tested
   * against.
   */
  public <T> T readEventWithJackson(JsonEventCodec<T> codec, byte[] json, int offset, int length)
      throws IOException {
    reset(json, offset, length);
    T value;
    try {
      value = codec.read(this);
    } catch (JsonProcessingException e) {
      throw wrap(e);
    }
    requireEnd();
    return value;
  }

  /** True if the last {@link #readEvent} gave up the fast path (for tests). */
  boolean fellBack() {
    return fellBack;
  }

  private void startFast(byte[] json, int offset, int length) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // a byte-array parser has nothing to fail on
      }
      parser = null;
    }
    this.fast = true;
    this.fellBack = false;
    this.data = json;
    this.dataOffset = offset;
    this.dataLength = length;
    this.items = 0;
    this.depth = 0;
    this.records = 0;
    this.pos = offset;
    this.end = offset + length;
    moveToValue();
  }

  /** Gives up the fast path for this payload: throws, and marks the reader so that it stays so. */
  private FallBack fallBack() {
    fast = false;
    fellBack = true;
    throw FALL_BACK;
  }

  /** The current token, on either path. */
  private JsonToken current() {
    if (fellBack) {
      throw fallBack();
    }
    return fast ? token : parser.currentToken();
  }

  /** The parser, positioned on the current value's token. */
  public JsonParser parser() {
    if (fast || fellBack) {
      throw fallBack();
    }
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
    JsonToken t = current();
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
    if (depth == entries.length) {
      entries = Arrays.copyOf(entries, depth * 2);
    }
    kinds[depth] = kind;
    names[depth] = null;
    indexes[depth] = -1;
    expects[depth] = 0;
    entries[depth] = 0;
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
    if (fast) {
      return fastNextName();
    }
    current();
    try {
      String name = parser.nextFieldName();
      if (name == null) {
        JsonToken t = current();
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
    if (fast) {
      return fastNextField(fields);
    }
    current();
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
        JsonToken t = current();
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
    if (fast) {
      return fastNextElement();
    }
    current();
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
    return current() == JsonToken.VALUE_NULL;
  }

  /** Skips the current value, however nested (a property this reader does not know). */
  public void skipValue() throws IOException {
    if (fast) {
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        pos = skipContainer(pos, token == JsonToken.START_OBJECT, depth);
        token = token == JsonToken.START_OBJECT ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
      }
      return;
    }
    current();
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
    JsonToken t = current();
    if (t != JsonToken.START_OBJECT) {
      throw unexpected("an object", t);
    }
    if (fast) {
      return fastDiscriminator(property);
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
    if (fast) {
      if (skipWhitespace(pos) != end) {
        throw fallBack();
      }
      return;
    }
    current();
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

  // ------------------------------------------------------------------------- fast path

  /**
   * Byte classes inside a string: 0 plain ASCII, 1 the closing quote, 2 a backslash, 3 a control
   * character, 4 a byte of a multi-byte UTF-8 character.
   */
  private static final byte[] STRING_BYTES = new byte[256];

  static {
    for (int b = 0; b < 0x20; b++) {
      STRING_BYTES[b] = 3;
    }
    STRING_BYTES['"'] = 1;
    STRING_BYTES['\\'] = 2;
    for (int b = 0x80; b < 0x100; b++) {
      STRING_BYTES[b] = 4;
    }
  }

  /** Longest string, name or number the fast path takes (jackson-core's limits are far above). */
  private static final int MAX_FAST_TEXT = 1 << 16;
  private static final int MAX_FAST_NUMBER = 100;

  private int skipWhitespace(int p) {
    byte[] b = data;
    int e = end;
    while (p < e) {
      byte c = b[p];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return p;
      }
      p++;
    }
    return p;
  }

  /** The byte at {@code p}, which must be in the payload. */
  private byte at(int p) {
    if (p >= end) {
      throw fallBack();
    }
    return data[p];
  }

  /**
   * Scans the value at {@code pos} (whitespace skipped) and makes it the current token: a
   * container's opening bracket, or a whole scalar.
   */
  private void moveToValue() {
    int p = skipWhitespace(pos);
    byte c = at(p);
    switch (c) {
      case '{' -> {
        if (depth + 1 >= maxNesting) {
          throw fallBack();
        }
        token = JsonToken.START_OBJECT;
        pos = p + 1;
      }
      case '[' -> {
        if (depth + 1 >= maxNesting) {
          throw fallBack();
        }
        token = JsonToken.START_ARRAY;
        pos = p + 1;
      }
      case '"' -> {
        pos = scanString(p);
        token = JsonToken.VALUE_STRING;
      }
      case 't' -> {
        pos = literal(p, "true");
        token = JsonToken.VALUE_TRUE;
      }
      case 'f' -> {
        pos = literal(p, "false");
        token = JsonToken.VALUE_FALSE;
      }
      case 'n' -> {
        pos = literal(p, "null");
        token = JsonToken.VALUE_NULL;
      }
      default -> {
        pos = scanNumber(p);
      }
    }
  }

  /** The literal {@code word} at {@code p}, followed by a delimiter; returns the end. */
  private int literal(int p, String word) {
    int n = word.length();
    if (p + n > end) {
      throw fallBack();
    }
    for (int i = 1; i < n; i++) {
      if (data[p + i] != word.charAt(i)) {
        throw fallBack();
      }
    }
    delimiter(p + n);
    return p + n;
  }

  /** Gives up unless a scalar may end at {@code p} (whitespace, a comma, a bracket, the end). */
  private void delimiter(int p) {
    if (p < end) {
      byte c = data[p];
      if (c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        throw fallBack();
      }
    }
  }

  /**
   * Scans the string whose opening quote is at {@code p}: sets valueStart, valueEnd (the
   * characters' bytes) and valueDecoded; returns the position after the closing quote. Gives up
   * on a control character, on UTF-8 that is not well-formed and on an escape other than JSON's.
   */
  private int scanString(int p) {
    byte[] b = data;
    int e = end;
    int i = p + 1;
    boolean decoded = false;
    boolean escaped = false;
    while (true) {
      if (i >= e) {
        throw fallBack();
      }
      int c = b[i] & 0xff;
      switch (STRING_BYTES[c]) {
        case 0 -> i++;
        case 1 -> {
          if (i - p - 1 > MAX_FAST_TEXT) {
            throw fallBack();
          }
          valueStart = p + 1;
          valueEnd = i;
          valueDecoded = decoded;
          valueEscaped = escaped;
          return i + 1;
        }
        case 2 -> {
          decoded = true;
          escaped = true;
          i = escape(i);
        }
        case 4 -> {
          decoded = true;
          i = utf8(i, c);
        }
        default -> throw fallBack();
      }
    }
  }

  /** Checks the escape whose backslash is at {@code i}; returns the position after it. */
  private int escape(int i) {
    byte c = at(i + 1);
    switch (c) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
        return i + 2;
      }
      case 'u' -> {
        for (int k = i + 2; k < i + 6; k++) {
          if (hexDigit(at(k)) < 0) {
            throw fallBack();
          }
        }
        return i + 6;
      }
      default -> throw fallBack();
    }
  }

  /** The value of the ASCII hex digit {@code b}, or -1. */
  private static int hexDigit(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }

  /**
   * Checks the well-formed UTF-8 character (RFC 3629: no overlong form, no surrogate, at most
   * U+10FFFF) whose first byte {@code c} is at {@code i}; returns the position after it.
   */
  private int utf8(int i, int c) {
    int n;
    int min2 = 0x80;
    int max2 = 0xbf;
    if (c < 0xc2) {
      throw fallBack();
    } else if (c < 0xe0) {
      n = 2;
    } else if (c < 0xf0) {
      n = 3;
      if (c == 0xe0) {
        min2 = 0xa0;
      } else if (c == 0xed) {
        max2 = 0x9f;
      }
    } else if (c < 0xf5) {
      n = 4;
      if (c == 0xf0) {
        min2 = 0x90;
      } else if (c == 0xf4) {
        max2 = 0x8f;
      }
    } else {
      throw fallBack();
    }
    int c2 = at(i + 1) & 0xff;
    if (c2 < min2 || c2 > max2) {
      throw fallBack();
    }
    for (int k = i + 2; k < i + n; k++) {
      if ((at(k) & 0xc0) != 0x80) {
        throw fallBack();
      }
    }
    return i + n;
  }

  /**
   * Scans the JSON number at {@code p} (RFC 8259's grammar, followed by a delimiter) and makes it
   * the current token; returns its end.
   */
  private int scanNumber(int p) {
    byte[] b = data;
    int i = p;
    boolean negative = false;
    if (i < end && b[i] == '-') {
      negative = true;
      i++;
    }
    int digitsStart = i;
    long v = 0;
    if (i < end && b[i] == '0') {
      i++;
    } else {
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        v = v * 10 + (b[i] - '0');
        i++;
      }
    }
    int digits = i - digitsStart;
    if (digits == 0) {
      throw fallBack();
    }
    boolean integer = true;
    if (i < end && b[i] == '.') {
      integer = false;
      int f = ++i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == f) {
        throw fallBack();
      }
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      integer = false;
      i++;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int x = i;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
      if (i == x) {
        throw fallBack();
      }
    }
    if (i - p > MAX_FAST_NUMBER) {
      throw fallBack();
    }
    delimiter(i);
    valueStart = p;
    valueEnd = i;
    token = integer ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
    longValueFits = integer && digits <= 18;
    longValue = negative ? -v : v;
    return i;
  }

  /** The current number's text as characters, in the scratch buffer from 0. */
  private char[] numberChars() {
    int n = valueEnd - valueStart;
    char[] c = scratch(n);
    for (int i = 0; i < n; i++) {
      c[i] = (char) data[valueStart + i];
    }
    return c;
  }

  private char[] scratch(int n) {
    if (scratch.length < n) {
      scratch = new char[Math.max(n, scratch.length * 2)];
    }
    return scratch;
  }

  /** The current string (fast path). */
  private String fastString() {
    if (!valueDecoded) {
      return new String(data, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1);
    }
    int n = decode(valueStart, valueEnd);
    return new String(scratch, 0, n);
  }

  /** Points {@link #chars} at the current string's characters (fast path). */
  private void fastChars() {
    int n;
    if (!valueDecoded) {
      n = valueEnd - valueStart;
      char[] c = scratch(n);
      for (int i = 0; i < n; i++) {
        c[i] = (char) data[valueStart + i];
      }
    } else {
      n = decode(valueStart, valueEnd);
    }
    chars = scratch;
    charsOffset = 0;
    charsLength = n;
  }

  /**
   * Decodes the string bytes [from, to), checked by {@link #scanString}, into the scratch buffer;
   * returns the number of chars. Escapes as JSON's, \\u escapes each one char (a lone surrogate
   * too, as jackson-core reads it).
   */
  private int decode(int from, int to) {
    char[] c = scratch(to - from);
    byte[] b = data;
    int n = 0;
    int i = from;
    while (i < to) {
      int x = b[i] & 0xff;
      if (x == '\\') {
        byte e = b[i + 1];
        char out;
        switch (e) {
          case 'b' -> out = '\b';
          case 'f' -> out = '\f';
          case 'n' -> out = '\n';
          case 'r' -> out = '\r';
          case 't' -> out = '\t';
          case 'u' -> out = (char) (hexDigit(b[i + 2]) << 12 | hexDigit(b[i + 3]) << 8
              | hexDigit(b[i + 4]) << 4 | hexDigit(b[i + 5]));
          default -> out = (char) e;
        }
        c[n++] = out;
        i += e == 'u' ? 6 : 2;
      } else if (x < 0x80) {
        c[n++] = (char) x;
        i++;
      } else if (x < 0xe0) {
        c[n++] = (char) ((x & 0x1f) << 6 | (b[i + 1] & 0x3f));
        i += 2;
      } else if (x < 0xf0) {
        c[n++] = (char) ((x & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | (b[i + 2] & 0x3f));
        i += 3;
      } else {
        int cp = (x & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6
            | (b[i + 3] & 0x3f);
        c[n++] = Character.highSurrogate(cp);
        c[n++] = Character.lowSurrogate(cp);
        i += 4;
      }
    }
    return n;
  }

  /**
   * Moves past the separator before an object's next entry: returns the position of the entry's
   * name (its quote), or -1 at the object's end (then past the closing brace).
   */
  private int nextEntry(int d) {
    int p = skipWhitespace(pos);
    byte c = at(p);
    if (c == '}') {
      pos = p + 1;
      return -1;
    }
    if (entries[d]++ > 0) {
      if (c != ',') {
        throw fallBack();
      }
      p = skipWhitespace(p + 1);
      c = at(p);
    }
    if (c != '"') {
      throw fallBack();
    }
    return p;
  }

  /**
   * Scans the name whose quote is at {@code p}; returns the position after it. An escape in a
   * name gives up: jackson-core refuses some (a lone surrogate) that it takes in values.
   */
  private int name(int p) {
    int after = scanString(p);
    if (valueEscaped) {
      throw fallBack();
    }
    return after;
  }

  /** After a name ending at {@code p}: the colon, then the value made current. */
  private void colonAndValue(int p) {
    p = skipWhitespace(p);
    if (at(p) != ':') {
      throw fallBack();
    }
    pos = p + 1;
    moveToValue();
  }

  private void leaveObject() {
    if (kinds[--depth] == OBJECT) {
      records--;
    }
    token = JsonToken.END_OBJECT;
  }

  private int fastNextField(Fields fields) {
    int d = depth - 1;
    int p = nextEntry(d);
    if (p < 0) {
      leaveObject();
      return END;
    }
    int expect = expects[d];
    int field = UNKNOWN;
    int after;
    if (expect < fields.names.length && fields.matchesAt(expect, data, p + 1, end)) {
      field = expect;
      after = p + 2 + fields.bytes[expect].length;
    } else {
      after = name(p);
      if (!valueDecoded) {
        field = fields.indexOf(data, valueStart, valueEnd - valueStart);
      } else {
        field = fields.indexOf(new String(scratch, 0, decode(valueStart, valueEnd)));
      }
    }
    if (field >= 0) {
      expects[d] = field + 1;
    }
    colonAndValue(after);
    return field;
  }

  private String fastNextName() {
    int d = depth - 1;
    int p = nextEntry(d);
    if (p < 0) {
      leaveObject();
      return null;
    }
    int after = name(p);
    String name = valueDecoded ? new String(scratch, 0, decode(valueStart, valueEnd)) : key();
    if (kinds[d] == MAP) {
      count();
    }
    colonAndValue(after);
    return name;
  }

  /** The ASCII name just scanned; the String read for the same bytes lately if there is one. */
  private String key() {
    int n = valueEnd - valueStart;
    byte[] b = data;
    int h = n * 31;
    if (n > 0) {
      h += b[valueStart] * 7 + b[valueEnd - 1];
    }
    int slot = h & (keys.length - 1);
    String k = keys[slot];
    if (k != null && k.length() == n) {
      int i = 0;
      while (i < n && k.charAt(i) == b[valueStart + i]) {
        i++;
      }
      if (i == n) {
        return k;
      }
    }
    k = new String(b, valueStart, n, StandardCharsets.ISO_8859_1);
    if (n <= 64) {
      keys[slot] = k;
    }
    return k;
  }

  private boolean fastNextElement() {
    int d = depth - 1;
    int p = skipWhitespace(pos);
    byte c = at(p);
    if (c == ']') {
      pos = p + 1;
      depth--;
      token = JsonToken.END_ARRAY;
      return false;
    }
    if (entries[d]++ > 0) {
      if (c != ',') {
        throw fallBack();
      }
      p = skipWhitespace(p + 1);
    }
    indexes[d]++;
    count();
    pos = p;
    moveToValue();
    return true;
  }

  /**
   * Skips the rest of a container whose opening bracket ends before {@code p} (an object if
   * {@code object}), inside {@code outside} other open containers, checking its grammar; returns
   * the position after its closing bracket.
   */
  private int skipContainer(int p, boolean object, int outside) {
    if (outside + 1 >= maxNesting) {
      throw fallBack();
    }
    // one bit per open level: 1 object, 0 array; deeper than 63 levels gives up
    long stack = object ? 1 : 0;
    int level = 1;
    boolean first = true;
    while (true) {
      p = skipWhitespace(p);
      byte c = at(p);
      boolean inObject = (stack & 1) != 0;
      if (c == (inObject ? '}' : ']')) {
        p++;
        if (--level == 0) {
          return p;
        }
        stack >>>= 1;
        first = false;
        continue;
      }
      if (!first) {
        if (c != ',') {
          throw fallBack();
        }
        p = skipWhitespace(p + 1);
        c = at(p);
      }
      if (inObject) {
        if (c != '"') {
          throw fallBack();
        }
        p = skipWhitespace(name(p));
        if (at(p) != ':') {
          throw fallBack();
        }
        p = skipWhitespace(p + 1);
        c = at(p);
      }
      first = false;
      if (c == '{' || c == '[') {
        if (level == 63 || outside + level + 1 >= maxNesting) {
          throw fallBack();
        }
        stack = stack << 1 | (c == '{' ? 1 : 0);
        level++;
        first = true;
        p++;
      } else {
        p = skipScalar(p, c);
      }
    }
  }

  /** Skips the scalar starting with {@code c} at {@code p}, checked; returns its end. */
  private int skipScalar(int p, byte c) {
    return switch (c) {
      case '"' -> scanString(p);
      case 't' -> literal(p, "true");
      case 'f' -> literal(p, "false");
      case 'n' -> literal(p, "null");
      default -> scanNumber(p);
    };
  }

  /** {@link #discriminator} on the fast path: the object's entries scanned, nothing moved. */
  private String fastDiscriminator(String property) {
    JsonToken savedToken = token;
    int p = pos;
    boolean first = true;
    while (true) {
      p = skipWhitespace(p);
      byte c = at(p);
      if (c == '}') {
        // no such property: jackson-core's path reports it
        throw fallBack();
      }
      if (!first) {
        if (c != ',') {
          throw fallBack();
        }
        p = skipWhitespace(p + 1);
        c = at(p);
      }
      first = false;
      if (c != '"') {
        throw fallBack();
      }
      p = name(p);
      boolean match = !valueDecoded && isBytes(property, valueStart, valueEnd);
      p = skipWhitespace(p);
      if (at(p) != ':') {
        throw fallBack();
      }
      p = skipWhitespace(p + 1);
      c = at(p);
      if (match) {
        if (c != '"') {
          throw fallBack();
        }
        scanString(p);
        String value = fastString();
        token = savedToken;
        return value;
      }
      if (c == '{' || c == '[') {
        // inside the object the reader is on, which is not entered
        p = skipContainer(p + 1, c == '{', depth + 1);
      } else {
        p = skipScalar(p, c);
      }
    }
  }

  /**
   * The current string as base64 in its canonical form only (the standard alphabet, padded to a
   * multiple of four, no whitespace or escapes, the unused bits of the last character zero), which
   * jackson-core's default variant decodes to the same bytes; anything else gives up.
   */
  private byte[] fastBase64() {
    int n = valueEnd - valueStart;
    if (valueDecoded || n % 4 != 0) {
      throw fallBack();
    }
    byte[] b = data;
    int pad = n == 0 ? 0 : b[valueEnd - 1] == '=' ? b[valueEnd - 2] == '=' ? 2 : 1 : 0;
    byte[] out = new byte[n / 4 * 3 - pad];
    int o = 0;
    for (int i = valueStart; i < valueEnd; i += 4) {
      int c0 = base64(b[i]);
      int c1 = base64(b[i + 1]);
      boolean last = i + 4 == valueEnd;
      int c2 = last && pad == 2 ? 0 : base64(b[i + 2]);
      int c3 = last && pad >= 1 ? 0 : base64(b[i + 3]);
      if ((c0 | c1 | c2 | c3) < 0) {
        throw fallBack();
      }
      int bits = c0 << 18 | c1 << 12 | c2 << 6 | c3;
      out[o++] = (byte) (bits >> 16);
      if (last && pad == 2) {
        if ((bits & 0xffff) != 0) {
          throw fallBack();
        }
        break;
      }
      out[o++] = (byte) (bits >> 8);
      if (last && pad == 1) {
        if ((bits & 0xff) != 0) {
          throw fallBack();
        }
        break;
      }
      out[o++] = (byte) bits;
    }
    return out;
  }

  /** The value of a character of base64's standard alphabet, or -1. */
  private static int base64(byte c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '+') {
      return 62;
    }
    return c == '/' ? 63 : -1;
  }

  /** True if the ASCII bytes [from, to) are {@code s}. */
  private boolean isBytes(String s, int from, int to) {
    int n = to - from;
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != data[from + i]) {
        return false;
      }
    }
    return true;
  }

  // ----------------------------------------------------------------------------- scalars

  public boolean readBoolean() {
    JsonToken t = current();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw unexpected("a boolean", t);
  }

  public String readString() throws IOException {
    JsonToken t = current();
    if (t != JsonToken.VALUE_STRING) {
      throw unexpected("a string", t);
    }
    return text();
  }

  /** The current token's text; jackson-core decodes it only now, so malformed JSON shows here. */
  private String text() throws IOException {
    if (fast) {
      return fastString();
    }
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
    JsonToken t = current();
    if (t != JsonToken.VALUE_STRING) {
      throw unexpected(what, t);
    }
    if (fast) {
      fastChars();
      return;
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
    if (fast) {
      // the number's text, as jackson-core parses it (its grammar checked when it was scanned)
      try {
        return new BigDecimal(numberChars(), 0, valueEnd - valueStart);
      } catch (NumberFormatException e) {
        // an exponent out of BigDecimal's range: jackson-core's error to report
        throw fallBack();
      }
    }
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
    JsonToken t = current();
    long value;
    if (t == JsonToken.VALUE_NUMBER_INT && fast) {
      if (!longValueFits) {
        throw fallBack();
      }
      value = longValue;
    } else if (t == JsonToken.VALUE_NUMBER_INT) {
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
    JsonToken t = current();
    if (fast && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT)) {
      if (t == JsonToken.VALUE_NUMBER_INT && longValueFits) {
        return longValue;
      }
      return Double.parseDouble(new String(numberChars(), 0, valueEnd - valueStart));
    }
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
    JsonToken t = current();
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
    JsonToken t = current();
    if (t != JsonToken.VALUE_STRING) {
      throw unexpected("a base64 string", t);
    }
    if (fast) {
      return fastBase64();
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
    if (fast) {
      // every error is jackson-core's path's to report
      throw fallBack();
    }
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
