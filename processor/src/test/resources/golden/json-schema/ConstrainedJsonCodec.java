package com.acme.json;

import io.eventschema.Precision;
import io.eventschema.json.JsonEventCodec;
import io.eventschema.json.JsonName;
import io.eventschema.json.JsonOutput;
import io.eventschema.json.JsonReader;
import io.eventschema.json.JsonWrite;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Constrained} as JSON of the JSON Schema {@code com.acme.json.Constrained}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class ConstrainedJsonCodec implements JsonEventCodec<Constrained> {
    /**
     * The JSON Schema, as registered (the text of the schema resource).
     */
    public static final String SCHEMA_JSON = "{\n"
            + "  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
            + "  \"title\": \"Constrained\",\n"
            + "  \"description\": \"Bean Validation constraints as JSON Schema keywords; the rest as the constraints property.\",\n"
            + "  \"type\": \"object\",\n"
            + "  \"properties\": {\n"
            + "    \"currency\": {\"type\": \"string\", \"minLength\": 3, \"maxLength\": 3},\n"
            + "    \"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"maxItems\": 5},\n"
            + "    \"stock\": {\n"
            + "      \"type\": \"object\",\n"
            + "      \"additionalProperties\": {\"type\": \"integer\", \"minimum\": -2147483648, \"maximum\": 2147483647},\n"
            + "      \"minProperties\": 1\n"
            + "    },\n"
            + "    \"quantity\": {\"type\": \"integer\", \"minimum\": 1, \"maximum\": 99},\n"
            + "    \"id\": {\"type\": \"integer\", \"exclusiveMinimum\": 0},\n"
            + "    \"retries\": {\"type\": \"integer\", \"minimum\": 0, \"maximum\": 2147483647},\n"
            + "    \"debt\": {\"type\": \"integer\", \"minimum\": -2147483648, \"exclusiveMaximum\": 0},\n"
            + "    \"floor\": {\"type\": \"integer\", \"minimum\": -32768, \"maximum\": 0},\n"
            + "    \"ratio\": {\n"
            + "      \"anyOf\": [\n"
            + "        {\"type\": \"number\", \"minimum\": 0.5, \"exclusiveMaximum\": 100},\n"
            + "        {\"enum\": [\"NaN\", \"Infinity\", \"-Infinity\"]}\n"
            + "      ]\n"
            + "    },\n"
            + "    \"code\": {\"type\": \"string\", \"pattern\": \"^(?:[A-Z]{2}-[0-9]+)$\"},\n"
            + "    \"caseless\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"constraints\": [{\"name\": \"Pattern\", \"flags\": [\"CASE_INSENSITIVE\"], \"regexp\": \"abc\"}]\n"
            + "    },\n"
            + "    \"email\": {\"type\": \"string\", \"format\": \"email\"},\n"
            + "    \"name\": {\"type\": \"string\", \"minLength\": 1, \"pattern\": \"\\\\S\"},\n"
            + "    \"slug\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"minLength\": 1,\n"
            + "      \"pattern\": \"\\\\S\",\n"
            + "      \"allOf\": [{\"pattern\": \"^(?:[a-z]+)$\"}]\n"
            + "    },\n"
            + "    \"lines\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, \"minItems\": 1},\n"
            + "    \"comment\": {\"type\": \"string\", \"minLength\": 1},\n"
            + "    \"required\": {\"type\": \"string\"},\n"
            + "    \"accepted\": {\"type\": \"boolean\", \"const\": true},\n"
            + "    \"amount\": {\n"
            + "      \"type\": \"string\",\n"
            + "      \"pattern\": \"^-?[0-9]{1,5}(\\\\.[0-9]{1,2})?$\",\n"
            + "      \"$comment\": \"decimal(7,2) as a string: at most 5 digits before the point and 2 after\",\n"
            + "      \"constraints\": [\n"
            + "        {\"name\": \"Digits\", \"fraction\": 2, \"integer\": 5},\n"
            + "        {\"name\": \"DecimalMin\", \"inclusive\": true, \"value\": \"0\"}\n"
            + "      ]\n"
            + "    },\n"
            + "    \"at\": {\"type\": \"string\", \"format\": \"date-time\", \"constraints\": [{\"name\": \"Past\"}]},\n"
            + "    \"nickname\": {\n"
            + "      \"anyOf\": [{\"type\": \"string\", \"maxLength\": 8}, {\"type\": \"null\"}],\n"
            + "      \"default\": null\n"
            + "    },\n"
            + "    \"scores\": {\n"
            + "      \"type\": \"array\",\n"
            + "      \"items\": {\"type\": \"integer\", \"minimum\": 0, \"maximum\": 2147483647}\n"
            + "    },\n"
            + "    \"limits\": {\n"
            + "      \"type\": \"object\",\n"
            + "      \"propertyNames\": {\"type\": \"string\", \"maxLength\": 4},\n"
            + "      \"additionalProperties\": {\"type\": \"integer\", \"maximum\": 2147483647, \"exclusiveMinimum\": 0}\n"
            + "    }\n"
            + "  },\n"
            + "  \"required\": [\n"
            + "    \"currency\",\n"
            + "    \"tags\",\n"
            + "    \"stock\",\n"
            + "    \"quantity\",\n"
            + "    \"id\",\n"
            + "    \"retries\",\n"
            + "    \"debt\",\n"
            + "    \"floor\",\n"
            + "    \"ratio\",\n"
            + "    \"code\",\n"
            + "    \"caseless\",\n"
            + "    \"email\",\n"
            + "    \"name\",\n"
            + "    \"slug\",\n"
            + "    \"lines\",\n"
            + "    \"comment\",\n"
            + "    \"required\",\n"
            + "    \"accepted\",\n"
            + "    \"amount\",\n"
            + "    \"at\",\n"
            + "    \"scores\",\n"
            + "    \"limits\"\n"
            + "  ],\n"
            + "  \"additionalProperties\": false\n"
            + "}\n";

    public static final ConstrainedJsonCodec INSTANCE = new ConstrainedJsonCodec();

    private static final JsonName CURRENCY = JsonWrite.name("currency");

    private static final JsonName TAGS = JsonWrite.name("tags");

    private static final JsonName STOCK = JsonWrite.name("stock");

    private static final JsonName QUANTITY = JsonWrite.name("quantity");

    private static final JsonName ID = JsonWrite.name("id");

    private static final JsonName RETRIES = JsonWrite.name("retries");

    private static final JsonName DEBT = JsonWrite.name("debt");

    private static final JsonName FLOOR = JsonWrite.name("floor");

    private static final JsonName RATIO = JsonWrite.name("ratio");

    private static final JsonName CODE = JsonWrite.name("code");

    private static final JsonName CASELESS = JsonWrite.name("caseless");

    private static final JsonName EMAIL = JsonWrite.name("email");

    private static final JsonName NAME = JsonWrite.name("name");

    private static final JsonName SLUG = JsonWrite.name("slug");

    private static final JsonName LINES = JsonWrite.name("lines");

    private static final JsonName COMMENT = JsonWrite.name("comment");

    private static final JsonName REQUIRED = JsonWrite.name("required");

    private static final JsonName ACCEPTED = JsonWrite.name("accepted");

    private static final JsonName AMOUNT = JsonWrite.name("amount");

    private static final JsonName AT = JsonWrite.name("at");

    private static final JsonName NICKNAME = JsonWrite.name("nickname");

    private static final JsonName SCORES = JsonWrite.name("scores");

    private static final JsonName LIMITS = JsonWrite.name("limits");

    private static final JsonReader.Fields CONSTRAINED_FIELDS = JsonReader.fields("currency", "tags", "stock", "quantity", "id", "retries", "debt", "floor", "ratio", "code", "caseless", "email", "name", "slug", "lines", "comment", "required", "accepted", "amount", "at", "nickname", "scores", "limits");

    private ConstrainedJsonCodec() {
    }

    @Override
    public Class<Constrained> type() {
        return Constrained.class;
    }

    @Override
    public String fullName() {
        return "com.acme.json.Constrained";
    }

    @Override
    public String schemaText() {
        return SCHEMA_JSON;
    }

    @Override
    public void write(Constrained value, JsonOutput out) {
        writeConstrained(JsonWrite.nonNull(value, "Constrained"), out);
    }

    @Override
    public Constrained read(JsonReader in) throws IOException {
        return readConstrained(in);
    }

    static void writeConstrained(Constrained value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(CURRENCY);
        out.writeString(JsonWrite.nonNull(value.currency(), "currency"));
        out.writeFieldName(TAGS);
        writeTags(JsonWrite.nonNull(value.tags(), "tags"), out);
        out.writeFieldName(STOCK);
        writeStock(JsonWrite.nonNull(value.stock(), "stock"), out);
        out.writeFieldName(QUANTITY);
        out.writeNumber(value.quantity());
        out.writeFieldName(ID);
        out.writeNumber(value.id());
        out.writeFieldName(RETRIES);
        out.writeNumber(value.retries());
        out.writeFieldName(DEBT);
        out.writeNumber(value.debt());
        out.writeFieldName(FLOOR);
        out.writeNumber(value.floor());
        out.writeFieldName(RATIO);
        out.writeNumber(value.ratio());
        out.writeFieldName(CODE);
        out.writeString(JsonWrite.nonNull(value.code(), "code"));
        out.writeFieldName(CASELESS);
        out.writeString(JsonWrite.nonNull(value.caseless(), "caseless"));
        out.writeFieldName(EMAIL);
        out.writeString(JsonWrite.nonNull(value.email(), "email"));
        out.writeFieldName(NAME);
        out.writeString(JsonWrite.nonNull(value.name(), "name"));
        out.writeFieldName(SLUG);
        out.writeString(JsonWrite.nonNull(value.slug(), "slug"));
        out.writeFieldName(LINES);
        writeLines(JsonWrite.nonNull(value.lines(), "lines"), out);
        out.writeFieldName(COMMENT);
        out.writeString(JsonWrite.nonNull(value.comment(), "comment"));
        out.writeFieldName(REQUIRED);
        out.writeString(JsonWrite.nonNull(value.required(), "required"));
        out.writeFieldName(ACCEPTED);
        out.writeBoolean(value.accepted());
        out.writeFieldName(AMOUNT);
        JsonWrite.decimal(out, JsonWrite.nonNull(value.amount(), "amount"), 7, 2, "amount");
        out.writeFieldName(AT);
        JsonWrite.instant(out, JsonWrite.nonNull(value.at(), "at"), Precision.MICROS);
        out.writeFieldName(NICKNAME);
        Optional<String> nickname = value.nickname();
        if (nickname == null || nickname.isEmpty()) {
            out.writeNull();
        } else {
            out.writeString(nickname.get());
        }
        out.writeFieldName(SCORES);
        writeScores(JsonWrite.nonNull(value.scores(), "scores"), out);
        out.writeFieldName(LIMITS);
        writeLimits(JsonWrite.nonNull(value.limits(), "limits"), out);
        out.writeEndObject();
    }

    static Constrained readConstrained(JsonReader in) throws IOException {
        String currency = null;
        boolean hasCurrency = false;
        List<String> tags = null;
        boolean hasTags = false;
        Map<String, Integer> stock = null;
        boolean hasStock = false;
        int quantity = 0;
        boolean hasQuantity = false;
        long id = 0L;
        boolean hasId = false;
        int retries = 0;
        boolean hasRetries = false;
        int debt = 0;
        boolean hasDebt = false;
        short floor = (short) 0;
        boolean hasFloor = false;
        double ratio = 0d;
        boolean hasRatio = false;
        String code = null;
        boolean hasCode = false;
        String caseless = null;
        boolean hasCaseless = false;
        String email = null;
        boolean hasEmail = false;
        String name = null;
        boolean hasName = false;
        String slug = null;
        boolean hasSlug = false;
        List<String> lines = null;
        boolean hasLines = false;
        String comment = null;
        boolean hasComment = false;
        String required = null;
        boolean hasRequired = false;
        boolean accepted = false;
        boolean hasAccepted = false;
        BigDecimal amount = null;
        boolean hasAmount = false;
        Instant at = null;
        boolean hasAt = false;
        Optional<String> nickname = Optional.empty();
        List<Integer> scores = null;
        boolean hasScores = false;
        Map<String, Integer> limits = null;
        boolean hasLimits = false;
        in.beginObject();
        for (int field = in.nextField(CONSTRAINED_FIELDS); field != JsonReader.END; field = in.nextField(CONSTRAINED_FIELDS)) {
            switch (field) {
                case 0 -> { // "currency"
                    currency = in.readString();
                    hasCurrency = true;
                }
                case 1 -> { // "tags"
                    in.beginArray();
                    List<String> items = new ArrayList<>();
                    while (in.nextElement()) {
                        items.add(in.readString());
                    }
                    tags = items;
                    hasTags = true;
                }
                case 2 -> { // "stock"
                    in.beginMap();
                    Map<String, Integer> map = new LinkedHashMap<>();
                    for (String key = in.nextName(); key != null; key = in.nextName()) {
                        map.put(key, in.readInt());
                    }
                    stock = map;
                    hasStock = true;
                }
                case 3 -> { // "quantity"
                    quantity = in.readInt();
                    hasQuantity = true;
                }
                case 4 -> { // "id"
                    id = in.readLong();
                    hasId = true;
                }
                case 5 -> { // "retries"
                    retries = in.readInt();
                    hasRetries = true;
                }
                case 6 -> { // "debt"
                    debt = in.readInt();
                    hasDebt = true;
                }
                case 7 -> { // "floor"
                    floor = in.readShort();
                    hasFloor = true;
                }
                case 8 -> { // "ratio"
                    ratio = in.readDouble();
                    hasRatio = true;
                }
                case 9 -> { // "code"
                    code = in.readString();
                    hasCode = true;
                }
                case 10 -> { // "caseless"
                    caseless = in.readString();
                    hasCaseless = true;
                }
                case 11 -> { // "email"
                    email = in.readString();
                    hasEmail = true;
                }
                case 12 -> { // "name"
                    name = in.readString();
                    hasName = true;
                }
                case 13 -> { // "slug"
                    slug = in.readString();
                    hasSlug = true;
                }
                case 14 -> { // "lines"
                    in.beginArray();
                    List<String> items_ = new ArrayList<>();
                    while (in.nextElement()) {
                        items_.add(in.readString());
                    }
                    lines = items_;
                    hasLines = true;
                }
                case 15 -> { // "comment"
                    comment = in.readString();
                    hasComment = true;
                }
                case 16 -> { // "required"
                    required = in.readString();
                    hasRequired = true;
                }
                case 17 -> { // "accepted"
                    accepted = in.readBoolean();
                    hasAccepted = true;
                }
                case 18 -> { // "amount"
                    amount = in.readDecimal(7, 2);
                    hasAmount = true;
                }
                case 19 -> { // "at"
                    at = in.readInstant();
                    hasAt = true;
                }
                case 20 -> { // "nickname"
                    Optional<String> value;
                    if (in.isNull()) {
                        value = Optional.empty();
                    } else {
                        value = Optional.of(in.readString());
                    }
                    nickname = value;
                }
                case 21 -> { // "scores"
                    in.beginArray();
                    List<Integer> items__ = new ArrayList<>();
                    while (in.nextElement()) {
                        items__.add(in.readInt());
                    }
                    scores = items__;
                    hasScores = true;
                }
                case 22 -> { // "limits"
                    in.beginMap();
                    Map<String, Integer> map_ = new LinkedHashMap<>();
                    for (String key_ = in.nextName(); key_ != null; key_ = in.nextName()) {
                        map_.put(key_, in.readInt());
                    }
                    limits = map_;
                    hasLimits = true;
                }
                default -> in.skipValue();
            }
        }
        if (!hasCurrency) {
            throw in.missing("currency");
        }
        if (!hasTags) {
            throw in.missing("tags");
        }
        if (!hasStock) {
            throw in.missing("stock");
        }
        if (!hasQuantity) {
            throw in.missing("quantity");
        }
        if (!hasId) {
            throw in.missing("id");
        }
        if (!hasRetries) {
            throw in.missing("retries");
        }
        if (!hasDebt) {
            throw in.missing("debt");
        }
        if (!hasFloor) {
            throw in.missing("floor");
        }
        if (!hasRatio) {
            throw in.missing("ratio");
        }
        if (!hasCode) {
            throw in.missing("code");
        }
        if (!hasCaseless) {
            throw in.missing("caseless");
        }
        if (!hasEmail) {
            throw in.missing("email");
        }
        if (!hasName) {
            throw in.missing("name");
        }
        if (!hasSlug) {
            throw in.missing("slug");
        }
        if (!hasLines) {
            throw in.missing("lines");
        }
        if (!hasComment) {
            throw in.missing("comment");
        }
        if (!hasRequired) {
            throw in.missing("required");
        }
        if (!hasAccepted) {
            throw in.missing("accepted");
        }
        if (!hasAmount) {
            throw in.missing("amount");
        }
        if (!hasAt) {
            throw in.missing("at");
        }
        if (!hasScores) {
            throw in.missing("scores");
        }
        if (!hasLimits) {
            throw in.missing("limits");
        }
        return new Constrained(currency, tags, stock, quantity, id, retries, debt, floor, ratio, code, caseless, email, name, slug, lines, comment, required, accepted, amount, at, nickname, scores, limits);
    }

    /**
     * Writes tags.
     */
    private static void writeTags(List<String> values, JsonOutput out) {
        out.writeStartArray();
        if (values instanceof RandomAccess) {
            for (int i = 0, n = values.size(); i < n; i++) {
                String item = values.get(i);
                out.writeString(JsonWrite.nonNull(item, "tags[]"));
            }
        } else {
            for (String item_ : values) {
                out.writeString(JsonWrite.nonNull(item_, "tags[]"));
            }
        }
        out.writeEndArray();
    }

    /**
     * Writes stock.
     */
    private static void writeStock(Map<String, Integer> values, JsonOutput out) {
        out.writeStartObject();
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            out.writeFieldName(JsonWrite.nonNull(entry.getKey(), "stock key"));
            out.writeNumber(JsonWrite.nonNull(entry.getValue(), "stock value"));
        }
        out.writeEndObject();
    }

    /**
     * Writes lines.
     */
    private static void writeLines(List<String> values, JsonOutput out) {
        out.writeStartArray();
        if (values instanceof RandomAccess) {
            for (int i = 0, n = values.size(); i < n; i++) {
                String item = values.get(i);
                out.writeString(JsonWrite.nonNull(item, "lines[]"));
            }
        } else {
            for (String item_ : values) {
                out.writeString(JsonWrite.nonNull(item_, "lines[]"));
            }
        }
        out.writeEndArray();
    }

    /**
     * Writes scores.
     */
    private static void writeScores(List<Integer> values, JsonOutput out) {
        out.writeStartArray();
        if (values instanceof RandomAccess) {
            for (int i = 0, n = values.size(); i < n; i++) {
                Integer item = values.get(i);
                out.writeNumber(JsonWrite.nonNull(item, "scores[]"));
            }
        } else {
            for (Integer item_ : values) {
                out.writeNumber(JsonWrite.nonNull(item_, "scores[]"));
            }
        }
        out.writeEndArray();
    }

    /**
     * Writes limits.
     */
    private static void writeLimits(Map<String, Integer> values, JsonOutput out) {
        out.writeStartObject();
        for (Map.Entry<String, Integer> entry : values.entrySet()) {
            out.writeFieldName(JsonWrite.nonNull(entry.getKey(), "limits key"));
            out.writeNumber(JsonWrite.nonNull(entry.getValue(), "limits value"));
        }
        out.writeEndObject();
    }
}
