package com.acme.json;

import io.eventschema.Precision;
import io.eventschema.json.JsonEventCodec;
import io.eventschema.json.JsonName;
import io.eventschema.json.JsonOutput;
import io.eventschema.json.JsonReader;
import io.eventschema.json.JsonWrite;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Kinds} as JSON of the JSON Schema {@code com.acme.json.Kinds}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class KindsJsonCodec implements JsonEventCodec<Kinds> {
    /**
     * The JSON Schema, as registered (the text of the schema resource).
     */
    public static final String SCHEMA_JSON = "{\n"
            + "  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
            + "  \"title\": \"Kinds\",\n"
            + "  \"description\": \"Every scalar, in JSON.\",\n"
            + "  \"type\": \"object\",\n"
            + "  \"properties\": {\n"
            + "    \"flag\": {\"type\": \"boolean\", \"description\": \"a boolean\"},\n"
            + "    \"count\": {\"type\": \"integer\", \"minimum\": -2147483648, \"maximum\": 2147483647},\n"
            + "    \"total\": {\"type\": \"integer\"},\n"
            + "    \"ratio\": {\"anyOf\": [{\"type\": \"number\"}, {\"enum\": [\"NaN\", \"Infinity\", \"-Infinity\"]}]},\n"
            + "    \"score\": {\"anyOf\": [{\"type\": \"number\"}, {\"enum\": [\"NaN\", \"Infinity\", \"-Infinity\"]}]},\n"
            + "    \"tiny\": {\"type\": \"integer\", \"minimum\": -128, \"maximum\": 127},\n"
            + "    \"small\": {\"type\": \"integer\", \"minimum\": -32768, \"maximum\": 32767},\n"
            + "    \"initial\": {\"type\": \"string\", \"minLength\": 1, \"maxLength\": 1},\n"
            + "    \"code\": {\"type\": \"integer\", \"minimum\": 0, \"maximum\": 65535},\n"
            + "    \"label\": {\"type\": \"string\"},\n"
            + "    \"text\": {\"type\": \"string\"},\n"
            + "    \"blob\": {\"type\": \"string\", \"contentEncoding\": \"base64\"},\n"
            + "    \"buffer\": {\"type\": \"string\", \"contentEncoding\": \"base64\"},\n"
            + "    \"tag\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"contentEncoding\": \"base64\",\n"
            + "      \"minLength\": 8,\n"
            + "      \"maxLength\": 8,\n"
            + "      \"$comment\": \"4 bytes\"\n"
            + "    },\n"
            + "    \"id\": {\"type\": \"string\", \"format\": \"uuid\"},\n"
            + "    \"price\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"pattern\": \"^-?[0-9]{1,10}(\\\\.[0-9]{1,2})?$\",\n"
            + "      \"$comment\": \"decimal(12,2) as a string: at most 10 digits before the point and 2 after\"\n"
            + "    },\n"
            + "    \"at\": {\"type\": \"string\", \"format\": \"date-time\"},\n"
            + "    \"atMillis\": {\"type\": \"string\", \"format\": \"date-time\"},\n"
            + "    \"local\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\\\.[0-9]{1,9})?)?$\",\n"
            + "      \"$comment\": \"a local date-time, ISO-8601 without offset\"\n"
            + "    },\n"
            + "    \"day\": {\"type\": \"string\", \"format\": \"date\"},\n"
            + "    \"time\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"pattern\": \"^[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\\\.[0-9]{1,9})?)?$\",\n"
            + "      \"$comment\": \"a local time, ISO-8601 without offset\"\n"
            + "    },\n"
            + "    \"level\": {\"$ref\": \"#/$defs/Level\"}\n"
            + "  },\n"
            + "  \"required\": [\n"
            + "    \"flag\",\n"
            + "    \"count\",\n"
            + "    \"total\",\n"
            + "    \"ratio\",\n"
            + "    \"score\",\n"
            + "    \"tiny\",\n"
            + "    \"small\",\n"
            + "    \"initial\",\n"
            + "    \"code\",\n"
            + "    \"label\",\n"
            + "    \"text\",\n"
            + "    \"blob\",\n"
            + "    \"buffer\",\n"
            + "    \"tag\",\n"
            + "    \"id\",\n"
            + "    \"price\",\n"
            + "    \"at\",\n"
            + "    \"atMillis\",\n"
            + "    \"local\",\n"
            + "    \"day\",\n"
            + "    \"time\",\n"
            + "    \"level\"\n"
            + "  ],\n"
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

    public static final KindsJsonCodec INSTANCE = new KindsJsonCodec();

    private static final JsonName FLAG = JsonWrite.name("flag");

    private static final JsonName COUNT = JsonWrite.name("count");

    private static final JsonName TOTAL = JsonWrite.name("total");

    private static final JsonName RATIO = JsonWrite.name("ratio");

    private static final JsonName SCORE = JsonWrite.name("score");

    private static final JsonName TINY = JsonWrite.name("tiny");

    private static final JsonName SMALL = JsonWrite.name("small");

    private static final JsonName INITIAL = JsonWrite.name("initial");

    private static final JsonName CODE = JsonWrite.name("code");

    private static final JsonName LABEL = JsonWrite.name("label");

    private static final JsonName TEXT = JsonWrite.name("text");

    private static final JsonName BLOB = JsonWrite.name("blob");

    private static final JsonName BUFFER = JsonWrite.name("buffer");

    private static final JsonName TAG = JsonWrite.name("tag");

    private static final JsonName ID = JsonWrite.name("id");

    private static final JsonName PRICE = JsonWrite.name("price");

    private static final JsonName AT = JsonWrite.name("at");

    private static final JsonName AT_MILLIS = JsonWrite.name("atMillis");

    private static final JsonName LOCAL = JsonWrite.name("local");

    private static final JsonName DAY = JsonWrite.name("day");

    private static final JsonName TIME = JsonWrite.name("time");

    private static final JsonName LEVEL = JsonWrite.name("level");

    private static final JsonReader.Fields KINDS_FIELDS = JsonReader.fields("flag", "count", "total", "ratio", "score", "tiny", "small", "initial", "code", "label", "text", "blob", "buffer", "tag", "id", "price", "at", "atMillis", "local", "day", "time", "level");

    private static final String[] KINDS_LEVEL_SYMBOLS = {"LOW", "HIGH"};

    private static final Kinds.Level[] KINDS_LEVEL_VALUES = Kinds.Level.values();

    private KindsJsonCodec() {
    }

    @Override
    public Class<Kinds> type() {
        return Kinds.class;
    }

    @Override
    public String fullName() {
        return "com.acme.json.Kinds";
    }

    @Override
    public String schemaText() {
        return SCHEMA_JSON;
    }

    @Override
    public void write(Kinds value, JsonOutput out) {
        writeKinds(JsonWrite.nonNull(value, "Kinds"), out);
    }

    @Override
    public Kinds read(JsonReader in) throws IOException {
        return readKinds(in);
    }

    static void writeKinds(Kinds value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(FLAG);
        out.writeBoolean(value.flag());
        out.writeFieldName(COUNT);
        out.writeNumber(value.count());
        out.writeFieldName(TOTAL);
        out.writeNumber(JsonWrite.nonNull(value.total(), "total"));
        out.writeFieldName(RATIO);
        out.writeNumber(value.ratio());
        out.writeFieldName(SCORE);
        out.writeNumber(value.score());
        out.writeFieldName(TINY);
        out.writeNumber(value.tiny());
        out.writeFieldName(SMALL);
        out.writeNumber(JsonWrite.nonNull(value.small(), "small"));
        out.writeFieldName(INITIAL);
        out.writeString(String.valueOf(value.initial()));
        out.writeFieldName(CODE);
        out.writeNumber((int) value.code());
        out.writeFieldName(LABEL);
        out.writeString(JsonWrite.nonNull(value.label(), "label"));
        out.writeFieldName(TEXT);
        out.writeString(JsonWrite.nonNull(value.text(), "text").toString());
        out.writeFieldName(BLOB);
        JsonWrite.bytes(out, JsonWrite.nonNull(value.blob(), "blob"));
        out.writeFieldName(BUFFER);
        JsonWrite.bytes(out, JsonWrite.nonNull(value.buffer(), "buffer"));
        out.writeFieldName(TAG);
        JsonWrite.fixed(out, JsonWrite.nonNull(value.tag(), "tag"), 4, "tag");
        out.writeFieldName(ID);
        JsonWrite.uuid(out, JsonWrite.nonNull(value.id(), "id"));
        out.writeFieldName(PRICE);
        JsonWrite.decimal(out, JsonWrite.nonNull(value.price(), "price"), 12, 2, "price");
        out.writeFieldName(AT);
        JsonWrite.instant(out, JsonWrite.nonNull(value.at(), "at"), Precision.MICROS);
        out.writeFieldName(AT_MILLIS);
        JsonWrite.instant(out, JsonWrite.nonNull(value.atMillis(), "atMillis"), Precision.MILLIS);
        out.writeFieldName(LOCAL);
        JsonWrite.localDateTime(out, JsonWrite.nonNull(value.local(), "local"), Precision.MICROS);
        out.writeFieldName(DAY);
        JsonWrite.localDate(out, JsonWrite.nonNull(value.day(), "day"));
        out.writeFieldName(TIME);
        JsonWrite.localTime(out, JsonWrite.nonNull(value.time(), "time"), Precision.MICROS);
        out.writeFieldName(LEVEL);
        out.writeString(KINDS_LEVEL_SYMBOLS[JsonWrite.nonNull(value.level(), "level").ordinal()]);
        out.writeEndObject();
    }

    static Kinds readKinds(JsonReader in) throws IOException {
        boolean flag = false;
        boolean hasFlag = false;
        int count = 0;
        boolean hasCount = false;
        Long total = null;
        boolean hasTotal = false;
        float ratio = 0f;
        boolean hasRatio = false;
        double score = 0d;
        boolean hasScore = false;
        byte tiny = (byte) 0;
        boolean hasTiny = false;
        Short small = null;
        boolean hasSmall = false;
        char initial = '\0';
        boolean hasInitial = false;
        char code = '\0';
        boolean hasCode = false;
        String label = null;
        boolean hasLabel = false;
        CharSequence text = null;
        boolean hasText = false;
        byte[] blob = null;
        boolean hasBlob = false;
        ByteBuffer buffer = null;
        boolean hasBuffer = false;
        byte[] tag = null;
        boolean hasTag = false;
        UUID id = null;
        boolean hasId = false;
        BigDecimal price = null;
        boolean hasPrice = false;
        Instant at = null;
        boolean hasAt = false;
        Instant atMillis = null;
        boolean hasAtMillis = false;
        LocalDateTime local = null;
        boolean hasLocal = false;
        LocalDate day = null;
        boolean hasDay = false;
        LocalTime time = null;
        boolean hasTime = false;
        Kinds.Level level = null;
        boolean hasLevel = false;
        in.beginObject();
        for (int field = in.nextField(KINDS_FIELDS); field != JsonReader.END; field = in.nextField(KINDS_FIELDS)) {
            switch (field) {
                case 0 -> { // "flag"
                    flag = in.readBoolean();
                    hasFlag = true;
                }
                case 1 -> { // "count"
                    count = in.readInt();
                    hasCount = true;
                }
                case 2 -> { // "total"
                    total = in.readLong();
                    hasTotal = true;
                }
                case 3 -> { // "ratio"
                    ratio = in.readFloat();
                    hasRatio = true;
                }
                case 4 -> { // "score"
                    score = in.readDouble();
                    hasScore = true;
                }
                case 5 -> { // "tiny"
                    tiny = in.readByte();
                    hasTiny = true;
                }
                case 6 -> { // "small"
                    small = in.readShort();
                    hasSmall = true;
                }
                case 7 -> { // "initial"
                    initial = in.readChar();
                    hasInitial = true;
                }
                case 8 -> { // "code"
                    code = codeUnit(in);
                    hasCode = true;
                }
                case 9 -> { // "label"
                    label = in.readString();
                    hasLabel = true;
                }
                case 10 -> { // "text"
                    text = in.readString();
                    hasText = true;
                }
                case 11 -> { // "blob"
                    blob = in.readBytes();
                    hasBlob = true;
                }
                case 12 -> { // "buffer"
                    buffer = in.readByteBuffer();
                    hasBuffer = true;
                }
                case 13 -> { // "tag"
                    tag = in.readBytes(4);
                    hasTag = true;
                }
                case 14 -> { // "id"
                    id = in.readUuid();
                    hasId = true;
                }
                case 15 -> { // "price"
                    price = in.readDecimal(12, 2);
                    hasPrice = true;
                }
                case 16 -> { // "at"
                    at = in.readInstant();
                    hasAt = true;
                }
                case 17 -> { // "atMillis"
                    atMillis = in.readInstant();
                    hasAtMillis = true;
                }
                case 18 -> { // "local"
                    local = in.readLocalDateTime();
                    hasLocal = true;
                }
                case 19 -> { // "day"
                    day = in.readLocalDate();
                    hasDay = true;
                }
                case 20 -> { // "time"
                    time = in.readLocalTime();
                    hasTime = true;
                }
                case 21 -> { // "level"
                    level = KINDS_LEVEL_VALUES[in.readSymbol(KINDS_LEVEL_SYMBOLS)];
                    hasLevel = true;
                }
                default -> in.skipValue();
            }
        }
        if (!hasFlag) {
            throw in.missing("flag");
        }
        if (!hasCount) {
            throw in.missing("count");
        }
        if (!hasTotal) {
            throw in.missing("total");
        }
        if (!hasRatio) {
            throw in.missing("ratio");
        }
        if (!hasScore) {
            throw in.missing("score");
        }
        if (!hasTiny) {
            throw in.missing("tiny");
        }
        if (!hasSmall) {
            throw in.missing("small");
        }
        if (!hasInitial) {
            throw in.missing("initial");
        }
        if (!hasCode) {
            throw in.missing("code");
        }
        if (!hasLabel) {
            throw in.missing("label");
        }
        if (!hasText) {
            throw in.missing("text");
        }
        if (!hasBlob) {
            throw in.missing("blob");
        }
        if (!hasBuffer) {
            throw in.missing("buffer");
        }
        if (!hasTag) {
            throw in.missing("tag");
        }
        if (!hasId) {
            throw in.missing("id");
        }
        if (!hasPrice) {
            throw in.missing("price");
        }
        if (!hasAt) {
            throw in.missing("at");
        }
        if (!hasAtMillis) {
            throw in.missing("atMillis");
        }
        if (!hasLocal) {
            throw in.missing("local");
        }
        if (!hasDay) {
            throw in.missing("day");
        }
        if (!hasTime) {
            throw in.missing("time");
        }
        if (!hasLevel) {
            throw in.missing("level");
        }
        return new Kinds(flag, count, total, ratio, score, tiny, small, initial, code, label, text, blob, buffer, tag, id, price, at, atMillis, local, day, time, level);
    }

    /**
     * A char written as its UTF-16 code unit, 0 to 65535.
     */
    private static char codeUnit(JsonReader in) throws IOException {
        int unit = in.readInt();
        if (unit < 0 || unit > Character.MAX_VALUE) {
            throw in.error("the number is out of range for a char (0 to 65535)");
        }
        return (char) unit;
    }
}
