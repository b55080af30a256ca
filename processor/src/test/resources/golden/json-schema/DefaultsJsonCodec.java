package com.acme.json;

import io.eventschema.Precision;
import io.eventschema.json.JsonEventCodec;
import io.eventschema.json.JsonName;
import io.eventschema.json.JsonOutput;
import io.eventschema.json.JsonReader;
import io.eventschema.json.JsonWrite;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Defaults} as JSON of the JSON Schema {@code com.acme.json.Defaults}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class DefaultsJsonCodec implements JsonEventCodec<Defaults> {
    /**
     * The JSON Schema, as registered (the text of the schema resource).
     */
    public static final String SCHEMA_JSON = "{\n"
            + "  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
            + "  \"title\": \"Defaults\",\n"
            + "  \"description\": \"Defaults as Avro's JSON encoding in @AvroDefault, as the JSON codec's encoding in JSON Schema.\",\n"
            + "  \"type\": \"object\",\n"
            + "  \"properties\": {\n"
            + "    \"id\": {\"type\": \"string\"},\n"
            + "    \"currency\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"description\": \"the currency, EUR when an older writer left it out\",\n"
            + "      \"default\": \"EUR\"\n"
            + "    },\n"
            + "    \"tries\": {\n"
            + "      \"type\": \"integer\",\n"
            + "      \"minimum\": -2147483648,\n"
            + "      \"maximum\": 2147483647,\n"
            + "      \"default\": 3\n"
            + "    },\n"
            + "    \"magic\": {\"type\": \"string\", \"contentEncoding\": \"base64\", \"default\": \"Af8=\"},\n"
            + "    \"triple\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"contentEncoding\": \"base64\",\n"
            + "      \"minLength\": 4,\n"
            + "      \"maxLength\": 4,\n"
            + "      \"$comment\": \"3 bytes\",\n"
            + "      \"default\": \"AAAB\"\n"
            + "    },\n"
            + "    \"price\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"pattern\": \"^-?[0-9]{1,4}(\\\\.[0-9]{1,2})?$\",\n"
            + "      \"$comment\": \"decimal(6,2) as a string: at most 4 digits before the point and 2 after\",\n"
            + "      \"default\": \"12.34\"\n"
            + "    },\n"
            + "    \"at\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"format\": \"date-time\",\n"
            + "      \"default\": \"2023-11-14T22:13:20.123456Z\"\n"
            + "    },\n"
            + "    \"day\": {\"type\": \"string\", \"format\": \"date\", \"default\": \"2022-01-08\"},\n"
            + "    \"opens\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"pattern\": \"^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\\\.[0-9]{1,9})?)?$\",\n"
            + "      \"$comment\": \"a local time, ISO-8601 without offset\",\n"
            + "      \"default\": \"10:00:00\"\n"
            + "    },\n"
            + "    \"levels\": {\n"
            + "      \"type\": \"array\",\n"
            + "      \"items\": {\"type\": \"integer\", \"minimum\": -2147483648, \"maximum\": 2147483647},\n"
            + "      \"default\": [1, 2]\n"
            + "    },\n"
            + "    \"labels\": {\n"
            + "      \"type\": \"object\",\n"
            + "      \"additionalProperties\": {\"type\": \"string\"},\n"
            + "      \"default\": {\"a\": \"x\"}\n"
            + "    },\n"
            + "    \"level\": {\"allOf\": [{\"$ref\": \"#/$defs/Level\"}], \"default\": \"LOW\"},\n"
            + "    \"note\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"null\"}], \"default\": \"note\"},\n"
            + "    \"limit\": {\n"
            + "      \"anyOf\": [\n"
            + "        {\"type\": \"integer\", \"minimum\": -2147483648, \"maximum\": 2147483647},\n"
            + "        {\"type\": \"null\"}\n"
            + "      ],\n"
            + "      \"default\": 5\n"
            + "    }\n"
            + "  },\n"
            + "  \"required\": [\"id\"],\n"
            + "  \"additionalProperties\": false,\n"
            + "  \"$defs\": {\n"
            + "    \"Level\": {\n"
            + "      \"title\": \"Level\",\n"
            + "      \"description\": \"How loud.\",\n"
            + "      \"type\": \"string\",\n"
            + "      \"enum\": [\"LOW\", \"HIGH\"]\n"
            + "    }\n"
            + "  }\n"
            + "}\n";

    public static final DefaultsJsonCodec INSTANCE = new DefaultsJsonCodec();

    private static final JsonName ID = JsonWrite.name("id");

    private static final JsonName CURRENCY = JsonWrite.name("currency");

    private static final JsonName TRIES = JsonWrite.name("tries");

    private static final JsonName MAGIC = JsonWrite.name("magic");

    private static final JsonName TRIPLE = JsonWrite.name("triple");

    private static final JsonName PRICE = JsonWrite.name("price");

    private static final JsonName AT = JsonWrite.name("at");

    private static final JsonName DAY = JsonWrite.name("day");

    private static final JsonName OPENS = JsonWrite.name("opens");

    private static final JsonName LEVELS = JsonWrite.name("levels");

    private static final JsonName LABELS = JsonWrite.name("labels");

    private static final JsonName LEVEL = JsonWrite.name("level");

    private static final JsonName NOTE = JsonWrite.name("note");

    private static final JsonName LIMIT = JsonWrite.name("limit");

    private static final JsonReader.Fields DEFAULTS_FIELDS = JsonReader.fields("id", "currency", "tries", "magic", "triple", "price", "at", "day", "opens", "levels", "labels", "level", "note", "limit");

    private static final String[] KINDS_LEVEL_SYMBOLS = {"LOW", "HIGH"};

    private static final Kinds.Level[] KINDS_LEVEL_VALUES = Kinds.Level.values();

    private DefaultsJsonCodec() {
    }

    @Override
    public Class<Defaults> type() {
        return Defaults.class;
    }

    @Override
    public String fullName() {
        return "com.acme.json.Defaults";
    }

    @Override
    public String schemaText() {
        return SCHEMA_JSON;
    }

    @Override
    public void write(Defaults value, JsonOutput out) {
        writeDefaults(JsonWrite.nonNull(value, "Defaults"), out);
    }

    @Override
    public Defaults read(JsonReader in) throws IOException {
        return readDefaults(in);
    }

    static void writeDefaults(Defaults value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(ID);
        out.writeString(JsonWrite.nonNull(value.id(), "id"));
        out.writeFieldName(CURRENCY);
        out.writeString(JsonWrite.nonNull(value.currency(), "currency"));
        out.writeFieldName(TRIES);
        out.writeNumber(value.tries());
        out.writeFieldName(MAGIC);
        JsonWrite.bytes(out, JsonWrite.nonNull(value.magic(), "magic"));
        out.writeFieldName(TRIPLE);
        JsonWrite.fixed(out, JsonWrite.nonNull(value.triple(), "triple"), 3, "triple");
        out.writeFieldName(PRICE);
        JsonWrite.decimal(out, JsonWrite.nonNull(value.price(), "price"), 6, 2, "price");
        out.writeFieldName(AT);
        JsonWrite.instant(out, JsonWrite.nonNull(value.at(), "at"), Precision.MICROS);
        out.writeFieldName(DAY);
        JsonWrite.localDate(out, JsonWrite.nonNull(value.day(), "day"));
        out.writeFieldName(OPENS);
        JsonWrite.localTime(out, JsonWrite.nonNull(value.opens(), "opens"), Precision.MICROS);
        out.writeFieldName(LEVELS);
        writeLevels(JsonWrite.nonNull(value.levels(), "levels"), out);
        out.writeFieldName(LABELS);
        writeLabels(JsonWrite.nonNull(value.labels(), "labels"), out);
        out.writeFieldName(LEVEL);
        out.writeString(KINDS_LEVEL_SYMBOLS[JsonWrite.nonNull(value.level(), "level").ordinal()]);
        out.writeFieldName(NOTE);
        String note = value.note();
        if (note == null) {
            out.writeNull();
        } else {
            out.writeString(note);
        }
        out.writeFieldName(LIMIT);
        Optional<Integer> limit = value.limit();
        if (limit == null || limit.isEmpty()) {
            out.writeNull();
        } else {
            out.writeNumber(limit.get());
        }
        out.writeEndObject();
    }

    static Defaults readDefaults(JsonReader in) throws IOException {
        String id = null;
        boolean hasId = false;
        String currency = null;
        boolean hasCurrency = false;
        int tries = 0;
        boolean hasTries = false;
        byte[] magic = null;
        boolean hasMagic = false;
        byte[] triple = null;
        boolean hasTriple = false;
        BigDecimal price = null;
        boolean hasPrice = false;
        Instant at = null;
        boolean hasAt = false;
        LocalDate day = null;
        boolean hasDay = false;
        LocalTime opens = null;
        boolean hasOpens = false;
        List<Integer> levels = null;
        boolean hasLevels = false;
        Map<String, String> labels = null;
        boolean hasLabels = false;
        Kinds.Level level = null;
        boolean hasLevel = false;
        String note = null;
        boolean hasNote = false;
        Optional<Integer> limit = Optional.empty();
        boolean hasLimit = false;
        in.beginObject();
        for (int field = in.nextField(DEFAULTS_FIELDS); field != JsonReader.END; field = in.nextField(DEFAULTS_FIELDS)) {
            switch (field) {
                case 0 -> { // "id"
                    id = in.readString();
                    hasId = true;
                }
                case 1 -> { // "currency"
                    currency = in.readString();
                    hasCurrency = true;
                }
                case 2 -> { // "tries"
                    tries = in.readInt();
                    hasTries = true;
                }
                case 3 -> { // "magic"
                    magic = in.readBytes();
                    hasMagic = true;
                }
                case 4 -> { // "triple"
                    triple = in.readBytes(3);
                    hasTriple = true;
                }
                case 5 -> { // "price"
                    price = in.readDecimal(6, 2);
                    hasPrice = true;
                }
                case 6 -> { // "at"
                    at = in.readInstant();
                    hasAt = true;
                }
                case 7 -> { // "day"
                    day = in.readLocalDate();
                    hasDay = true;
                }
                case 8 -> { // "opens"
                    opens = in.readLocalTime();
                    hasOpens = true;
                }
                case 9 -> { // "levels"
                    in.beginArray();
                    List<Integer> items = new ArrayList<>();
                    while (in.nextElement()) {
                        items.add(in.readInt());
                    }
                    levels = items;
                    hasLevels = true;
                }
                case 10 -> { // "labels"
                    in.beginMap();
                    Map<String, String> map = new LinkedHashMap<>();
                    for (String key = in.nextName(); key != null; key = in.nextName()) {
                        map.put(key, in.readString());
                    }
                    labels = map;
                    hasLabels = true;
                }
                case 11 -> { // "level"
                    level = KINDS_LEVEL_VALUES[in.readSymbol(KINDS_LEVEL_SYMBOLS)];
                    hasLevel = true;
                }
                case 12 -> { // "note"
                    String value;
                    if (in.isNull()) {
                        value = null;
                    } else {
                        value = in.readString();
                    }
                    note = value;
                    hasNote = true;
                }
                case 13 -> { // "limit"
                    Optional<Integer> value_;
                    if (in.isNull()) {
                        value_ = Optional.empty();
                    } else {
                        value_ = Optional.of(in.readInt());
                    }
                    limit = value_;
                    hasLimit = true;
                }
                default -> in.skipValue();
            }
        }
        if (!hasId) {
            throw in.missing("id");
        }
        if (!hasCurrency) {
            currency = defaultDefaults_currency();
        }
        if (!hasTries) {
            tries = defaultDefaults_tries();
        }
        if (!hasMagic) {
            magic = defaultDefaults_magic();
        }
        if (!hasTriple) {
            triple = defaultDefaults_triple();
        }
        if (!hasPrice) {
            price = defaultDefaults_price();
        }
        if (!hasAt) {
            at = defaultDefaults_at();
        }
        if (!hasDay) {
            day = defaultDefaults_day();
        }
        if (!hasOpens) {
            opens = defaultDefaults_opens();
        }
        if (!hasLevels) {
            levels = defaultDefaults_levels();
        }
        if (!hasLabels) {
            labels = defaultDefaults_labels();
        }
        if (!hasLevel) {
            level = defaultDefaults_level();
        }
        if (!hasNote) {
            note = defaultDefaults_note();
        }
        if (!hasLimit) {
            limit = defaultDefaults_limit();
        }
        return new Defaults(id, currency, tries, magic, triple, price, at, day, opens, levels, labels, level, note, limit);
    }

    /**
     * Writes levels.
     */
    private static void writeLevels(List<Integer> values, JsonOutput out) {
        out.writeStartArray();
        if (values instanceof RandomAccess) {
            for (int i = 0, n = values.size(); i < n; i++) {
                Integer item = values.get(i);
                out.writeNumber(JsonWrite.nonNull(item, "levels[]"));
            }
        } else {
            for (Integer item_ : values) {
                out.writeNumber(JsonWrite.nonNull(item_, "levels[]"));
            }
        }
        out.writeEndArray();
    }

    /**
     * Writes labels.
     */
    private static void writeLabels(Map<String, String> values, JsonOutput out) {
        out.writeStartObject();
        for (Map.Entry<String, String> entry : values.entrySet()) {
            out.writeFieldName(JsonWrite.nonNull(entry.getKey(), "labels key"));
            out.writeString(JsonWrite.nonNull(entry.getValue(), "labels value"));
        }
        out.writeEndObject();
    }

    /**
     * The default of currency: {@code "EUR"}.
     */
    private static String defaultDefaults_currency() throws IOException {
        JsonReader in = new JsonReader("\"EUR\"".getBytes(StandardCharsets.UTF_8));
        return in.readString();
    }

    /**
     * The default of tries: {@code 3}.
     */
    private static int defaultDefaults_tries() throws IOException {
        JsonReader in = new JsonReader("3".getBytes(StandardCharsets.UTF_8));
        return in.readInt();
    }

    /**
     * The default of magic: {@code "Af8="}.
     */
    private static byte[] defaultDefaults_magic() throws IOException {
        JsonReader in = new JsonReader("\"Af8=\"".getBytes(StandardCharsets.UTF_8));
        return in.readBytes();
    }

    /**
     * The default of triple: {@code "AAAB"}.
     */
    private static byte[] defaultDefaults_triple() throws IOException {
        JsonReader in = new JsonReader("\"AAAB\"".getBytes(StandardCharsets.UTF_8));
        return in.readBytes(3);
    }

    /**
     * The default of price: {@code "12.34"}.
     */
    private static BigDecimal defaultDefaults_price() throws IOException {
        JsonReader in = new JsonReader("\"12.34\"".getBytes(StandardCharsets.UTF_8));
        return in.readDecimal(6, 2);
    }

    /**
     * The default of at: {@code "2023-11-14T22:13:20.123456Z"}.
     */
    private static Instant defaultDefaults_at() throws IOException {
        JsonReader in = new JsonReader("\"2023-11-14T22:13:20.123456Z\"".getBytes(StandardCharsets.UTF_8));
        return in.readInstant();
    }

    /**
     * The default of day: {@code "2022-01-08"}.
     */
    private static LocalDate defaultDefaults_day() throws IOException {
        JsonReader in = new JsonReader("\"2022-01-08\"".getBytes(StandardCharsets.UTF_8));
        return in.readLocalDate();
    }

    /**
     * The default of opens: {@code "10:00:00"}.
     */
    private static LocalTime defaultDefaults_opens() throws IOException {
        JsonReader in = new JsonReader("\"10:00:00\"".getBytes(StandardCharsets.UTF_8));
        return in.readLocalTime();
    }

    /**
     * The default of levels: {@code [1,2]}.
     */
    private static List<Integer> defaultDefaults_levels() throws IOException {
        JsonReader in = new JsonReader("[1,2]".getBytes(StandardCharsets.UTF_8));
        in.beginArray();
        List<Integer> items = new ArrayList<>();
        while (in.nextElement()) {
            items.add(in.readInt());
        }
        return items;
    }

    /**
     * The default of labels: {@code {"a":"x"}}.
     */
    private static Map<String, String> defaultDefaults_labels() throws IOException {
        JsonReader in = new JsonReader("{\"a\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        in.beginMap();
        Map<String, String> map = new LinkedHashMap<>();
        for (String key = in.nextName(); key != null; key = in.nextName()) {
            map.put(key, in.readString());
        }
        return map;
    }

    /**
     * The default of level: {@code "LOW"}.
     */
    private static Kinds.Level defaultDefaults_level() throws IOException {
        JsonReader in = new JsonReader("\"LOW\"".getBytes(StandardCharsets.UTF_8));
        return KINDS_LEVEL_VALUES[in.readSymbol(KINDS_LEVEL_SYMBOLS)];
    }

    /**
     * The default of note: {@code "note"}.
     */
    private static String defaultDefaults_note() throws IOException {
        JsonReader in = new JsonReader("\"note\"".getBytes(StandardCharsets.UTF_8));
        String value;
        if (in.isNull()) {
            value = null;
        } else {
            value = in.readString();
        }
        return value;
    }

    /**
     * The default of limit: {@code 5}.
     */
    private static Optional<Integer> defaultDefaults_limit() throws IOException {
        JsonReader in = new JsonReader("5".getBytes(StandardCharsets.UTF_8));
        Optional<Integer> value;
        if (in.isNull()) {
            value = Optional.empty();
        } else {
            value = Optional.of(in.readInt());
        }
        return value;
    }
}
