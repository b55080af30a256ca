package com.acme.json;

import io.eventschema.json.JsonEventCodec;
import io.eventschema.json.JsonName;
import io.eventschema.json.JsonOutput;
import io.eventschema.json.JsonReader;
import io.eventschema.json.JsonWrite;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Holder} as JSON of the JSON Schema {@code com.acme.json.Holder}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class HolderJsonCodec implements JsonEventCodec<Holder> {
    /**
     * The JSON Schema, as registered (the text of the schema resource).
     */
    public static final String SCHEMA_JSON = "{\n"
            + "  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n"
            + "  \"title\": \"Holder\",\n"
            + "  \"description\": \"Containers, optional values and nested records in JSON, snake_case.\",\n"
            + "  \"type\": \"object\",\n"
            + "  \"properties\": {\n"
            + "    \"item_names\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}},\n"
            + "    \"codes\": {\n"
            + "      \"type\": \"array\",\n"
            + "      \"items\": {\"type\": \"integer\", \"minimum\": -2147483648, \"maximum\": 2147483647},\n"
            + "      \"uniqueItems\": true\n"
            + "    },\n"
            + "    \"counts\": {\"type\": \"array\", \"items\": {\"type\": \"integer\"}},\n"
            + "    \"samples\": {\"type\": \"array\", \"items\": {\"type\": \"integer\"}},\n"
            + "    \"words\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}},\n"
            + "    \"weights\": {\n"
            + "      \"type\": \"object\",\n"
            + "      \"additionalProperties\": {\n"
            + "        \"anyOf\": [{\"type\": \"number\"}, {\"enum\": [\"NaN\", \"Infinity\", \"-Infinity\"]}]\n"
            + "      }\n"
            + "    },\n"
            + "    \"parts_by_bin\": {\n"
            + "      \"type\": \"object\",\n"
            + "      \"additionalProperties\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/Part\"}}\n"
            + "    },\n"
            + "    \"main_part\": {\"$ref\": \"#/$defs/Part\"},\n"
            + "    \"spare_part\": {\"anyOf\": [{\"$ref\": \"#/$defs/Part\"}, {\"type\": \"null\"}], \"default\": null},\n"
            + "    \"note\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"null\"}], \"default\": null},\n"
            + "    \"retries\": {\n"
            + "      \"anyOf\": [\n"
            + "        {\"type\": \"integer\", \"minimum\": -2147483648, \"maximum\": 2147483647},\n"
            + "        {\"type\": \"null\"}\n"
            + "      ],\n"
            + "      \"default\": null\n"
            + "    },\n"
            + "    \"gaps\": {\n"
            + "      \"type\": \"array\",\n"
            + "      \"items\": {\"anyOf\": [{\"type\": \"string\"}, {\"type\": \"null\"}]}\n"
            + "    },\n"
            + "    \"parent\": {\"anyOf\": [{\"$ref\": \"#\"}, {\"type\": \"null\"}], \"default\": null}\n"
            + "  },\n"
            + "  \"required\": [\n"
            + "    \"item_names\",\n"
            + "    \"codes\",\n"
            + "    \"counts\",\n"
            + "    \"samples\",\n"
            + "    \"words\",\n"
            + "    \"weights\",\n"
            + "    \"parts_by_bin\",\n"
            + "    \"main_part\",\n"
            + "    \"gaps\"\n"
            + "  ],\n"
            + "  \"additionalProperties\": false,\n"
            + "  \"$defs\": {\n"
            + "    \"Part\": {\n"
            + "      \"title\": \"Part\",\n"
            + "      \"description\": \"A part of the holder.\",\n"
            + "      \"type\": \"object\",\n"
            + "      \"properties\": {\n"
            + "        \"sku\": {\"type\": \"string\"},\n"
            + "        \"quantity\": {\"type\": \"integer\", \"minimum\": -2147483648, \"maximum\": 2147483647},\n"
            + "        \"inner\": {\"anyOf\": [{\"$ref\": \"#/$defs/Part\"}, {\"type\": \"null\"}], \"default\": null}\n"
            + "      },\n"
            + "      \"required\": [\"sku\", \"quantity\"],\n"
            + "      \"additionalProperties\": false\n"
            + "    }\n"
            + "  }\n"
            + "}\n";

    public static final HolderJsonCodec INSTANCE = new HolderJsonCodec();

    private static final JsonName ITEM_NAMES = JsonWrite.name("item_names");

    private static final JsonName CODES = JsonWrite.name("codes");

    private static final JsonName COUNTS = JsonWrite.name("counts");

    private static final JsonName SAMPLES = JsonWrite.name("samples");

    private static final JsonName WORDS = JsonWrite.name("words");

    private static final JsonName WEIGHTS = JsonWrite.name("weights");

    private static final JsonName PARTS_BY_BIN = JsonWrite.name("parts_by_bin");

    private static final JsonName MAIN_PART = JsonWrite.name("main_part");

    private static final JsonName SPARE_PART = JsonWrite.name("spare_part");

    private static final JsonName NOTE = JsonWrite.name("note");

    private static final JsonName RETRIES = JsonWrite.name("retries");

    private static final JsonName GAPS = JsonWrite.name("gaps");

    private static final JsonName PARENT = JsonWrite.name("parent");

    private static final JsonName SKU = JsonWrite.name("sku");

    private static final JsonName QUANTITY = JsonWrite.name("quantity");

    private static final JsonName INNER = JsonWrite.name("inner");

    private static final JsonReader.Fields HOLDER_FIELDS = JsonReader.fields("item_names", "codes", "counts", "samples", "words", "weights", "parts_by_bin", "main_part", "spare_part", "note", "retries", "gaps", "parent");

    private static final JsonReader.Fields HOLDER_PART_FIELDS = JsonReader.fields("sku", "quantity", "inner");

    private HolderJsonCodec() {
    }

    @Override
    public Class<Holder> type() {
        return Holder.class;
    }

    @Override
    public String fullName() {
        return "com.acme.json.Holder";
    }

    @Override
    public String schemaText() {
        return SCHEMA_JSON;
    }

    @Override
    public void write(Holder value, JsonOutput out) {
        writeHolder(JsonWrite.nonNull(value, "Holder"), out);
    }

    @Override
    public Holder read(JsonReader in) throws IOException {
        return readHolder(in);
    }

    static void writeHolder(Holder value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(ITEM_NAMES);
        writeItemNames(JsonWrite.nonNull(value.itemNames(), "item_names"), out);
        out.writeFieldName(CODES);
        writeCodes(JsonWrite.nonNull(value.codes(), "codes"), out);
        out.writeFieldName(COUNTS);
        writeCounts(JsonWrite.nonNull(value.counts(), "counts"), out);
        out.writeFieldName(SAMPLES);
        writeSamples(JsonWrite.nonNull(value.samples(), "samples"), out);
        out.writeFieldName(WORDS);
        writeWords(JsonWrite.nonNull(value.words(), "words"), out);
        out.writeFieldName(WEIGHTS);
        writeWeights(JsonWrite.nonNull(value.weights(), "weights"), out);
        out.writeFieldName(PARTS_BY_BIN);
        writePartsByBin(JsonWrite.nonNull(value.partsByBin(), "parts_by_bin"), out);
        out.writeFieldName(MAIN_PART);
        writeHolder_Part(JsonWrite.nonNull(value.mainPart(), "main_part"), out);
        out.writeFieldName(SPARE_PART);
        Optional<Holder.Part> sparePart = value.sparePart();
        if (sparePart == null || sparePart.isEmpty()) {
            out.writeNull();
        } else {
            writeHolder_Part(sparePart.get(), out);
        }
        out.writeFieldName(NOTE);
        String note = value.note();
        if (note == null) {
            out.writeNull();
        } else {
            out.writeString(note);
        }
        out.writeFieldName(RETRIES);
        Optional<Integer> retries = value.retries();
        if (retries == null || retries.isEmpty()) {
            out.writeNull();
        } else {
            out.writeNumber(retries.get());
        }
        out.writeFieldName(GAPS);
        writeGaps(JsonWrite.nonNull(value.gaps(), "gaps"), out);
        out.writeFieldName(PARENT);
        Holder parent = value.parent();
        if (parent == null) {
            out.writeNull();
        } else {
            writeHolder(parent, out);
        }
        out.writeEndObject();
    }

    static Holder readHolder(JsonReader in) throws IOException {
        List<String> itemNames = null;
        boolean hasItemNames = false;
        Set<Integer> codes = null;
        boolean hasCodes = false;
        Collection<Long> counts = null;
        boolean hasCounts = false;
        long[] samples = null;
        boolean hasSamples = false;
        String[] words = null;
        boolean hasWords = false;
        Map<String, Double> weights = null;
        boolean hasWeights = false;
        Map<String, List<Holder.Part>> partsByBin = null;
        boolean hasPartsByBin = false;
        Holder.Part mainPart = null;
        boolean hasMainPart = false;
        Optional<Holder.Part> sparePart = Optional.empty();
        String note = null;
        Optional<Integer> retries = Optional.empty();
        List<String> gaps = null;
        boolean hasGaps = false;
        Holder parent = null;
        in.beginObject();
        for (int field = in.nextField(HOLDER_FIELDS); field != JsonReader.END; field = in.nextField(HOLDER_FIELDS)) {
            switch (field) {
                case 0 -> { // "item_names"
                    in.beginArray();
                    List<String> items = new ArrayList<>();
                    while (in.nextElement()) {
                        items.add(in.readString());
                    }
                    itemNames = items;
                    hasItemNames = true;
                }
                case 1 -> { // "codes"
                    in.beginArray();
                    LinkedHashSet<Integer> items_ = new LinkedHashSet<>();
                    while (in.nextElement()) {
                        items_.add(in.readInt());
                    }
                    codes = items_;
                    hasCodes = true;
                }
                case 2 -> { // "counts"
                    in.beginArray();
                    Collection<Long> items__ = new ArrayList<>();
                    while (in.nextElement()) {
                        items__.add(in.readLong());
                    }
                    counts = items__;
                    hasCounts = true;
                }
                case 3 -> { // "samples"
                    in.beginArray();
                    List<Long> items___ = new ArrayList<>();
                    while (in.nextElement()) {
                        items___.add(in.readLong());
                    }
                    long[] array = new long[items___.size()];
                    for (int k = 0; k < array.length; k++) {
                        array[k] = items___.get(k);
                    }
                    samples = array;
                    hasSamples = true;
                }
                case 4 -> { // "words"
                    in.beginArray();
                    List<String> items____ = new ArrayList<>();
                    while (in.nextElement()) {
                        items____.add(in.readString());
                    }
                    String[] array_ = items____.toArray(new String[0]);
                    words = array_;
                    hasWords = true;
                }
                case 5 -> { // "weights"
                    in.beginMap();
                    Map<String, Double> map = new LinkedHashMap<>();
                    for (String key = in.nextName(); key != null; key = in.nextName()) {
                        map.put(key, in.readDouble());
                    }
                    weights = map;
                    hasWeights = true;
                }
                case 6 -> { // "parts_by_bin"
                    in.beginMap();
                    Map<String, List<Holder.Part>> map_ = new LinkedHashMap<>();
                    for (String key_ = in.nextName(); key_ != null; key_ = in.nextName()) {
                        in.beginArray();
                        List<Holder.Part> items_____ = new ArrayList<>();
                        while (in.nextElement()) {
                            items_____.add(readHolder_Part(in));
                        }
                        map_.put(key_, items_____);
                    }
                    partsByBin = map_;
                    hasPartsByBin = true;
                }
                case 7 -> { // "main_part"
                    mainPart = readHolder_Part(in);
                    hasMainPart = true;
                }
                case 8 -> { // "spare_part"
                    Optional<Holder.Part> value;
                    if (in.isNull()) {
                        value = Optional.empty();
                    } else {
                        value = Optional.of(readHolder_Part(in));
                    }
                    sparePart = value;
                }
                case 9 -> { // "note"
                    String value_;
                    if (in.isNull()) {
                        value_ = null;
                    } else {
                        value_ = in.readString();
                    }
                    note = value_;
                }
                case 10 -> { // "retries"
                    Optional<Integer> value__;
                    if (in.isNull()) {
                        value__ = Optional.empty();
                    } else {
                        value__ = Optional.of(in.readInt());
                    }
                    retries = value__;
                }
                case 11 -> { // "gaps"
                    in.beginArray();
                    List<String> items______ = new ArrayList<>();
                    while (in.nextElement()) {
                        String value___;
                        if (in.isNull()) {
                            value___ = null;
                        } else {
                            value___ = in.readString();
                        }
                        items______.add(value___);
                    }
                    gaps = items______;
                    hasGaps = true;
                }
                case 12 -> { // "parent"
                    Holder value____;
                    if (in.isNull()) {
                        value____ = null;
                    } else {
                        value____ = readHolder(in);
                    }
                    parent = value____;
                }
                default -> in.skipValue();
            }
        }
        if (!hasItemNames) {
            throw in.missing("item_names");
        }
        if (!hasCodes) {
            throw in.missing("codes");
        }
        if (!hasCounts) {
            throw in.missing("counts");
        }
        if (!hasSamples) {
            throw in.missing("samples");
        }
        if (!hasWords) {
            throw in.missing("words");
        }
        if (!hasWeights) {
            throw in.missing("weights");
        }
        if (!hasPartsByBin) {
            throw in.missing("parts_by_bin");
        }
        if (!hasMainPart) {
            throw in.missing("main_part");
        }
        if (!hasGaps) {
            throw in.missing("gaps");
        }
        return new Holder(itemNames, codes, counts, samples, words, weights, partsByBin, mainPart, sparePart, note, retries, gaps, parent);
    }

    static void writeHolder_Part(Holder.Part value, JsonOutput out) {
        out.writeStartObject();
        out.writeFieldName(SKU);
        out.writeString(JsonWrite.nonNull(value.sku(), "Part.sku"));
        out.writeFieldName(QUANTITY);
        out.writeNumber(value.quantity());
        out.writeFieldName(INNER);
        Optional<Holder.Part> inner = value.inner();
        if (inner == null || inner.isEmpty()) {
            out.writeNull();
        } else {
            writeHolder_Part(inner.get(), out);
        }
        out.writeEndObject();
    }

    static Holder.Part readHolder_Part(JsonReader in) throws IOException {
        String sku = null;
        boolean hasSku = false;
        int quantity = 0;
        boolean hasQuantity = false;
        Optional<Holder.Part> inner = Optional.empty();
        in.beginObject();
        for (int field = in.nextField(HOLDER_PART_FIELDS); field != JsonReader.END; field = in.nextField(HOLDER_PART_FIELDS)) {
            switch (field) {
                case 0 -> { // "sku"
                    sku = in.readString();
                    hasSku = true;
                }
                case 1 -> { // "quantity"
                    quantity = in.readInt();
                    hasQuantity = true;
                }
                case 2 -> { // "inner"
                    Optional<Holder.Part> value;
                    if (in.isNull()) {
                        value = Optional.empty();
                    } else {
                        value = Optional.of(readHolder_Part(in));
                    }
                    inner = value;
                }
                default -> in.skipValue();
            }
        }
        if (!hasSku) {
            throw in.missing("sku");
        }
        if (!hasQuantity) {
            throw in.missing("quantity");
        }
        return new Holder.Part(sku, quantity, inner);
    }

    /**
     * Writes item_names.
     */
    private static void writeItemNames(List<String> values, JsonOutput out) {
        out.writeStartArray();
        if (values instanceof RandomAccess) {
            for (int i = 0, n = values.size(); i < n; i++) {
                String item = values.get(i);
                out.writeString(JsonWrite.nonNull(item, "item_names[]"));
            }
        } else {
            for (String item_ : values) {
                out.writeString(JsonWrite.nonNull(item_, "item_names[]"));
            }
        }
        out.writeEndArray();
    }

    /**
     * Writes codes.
     */
    private static void writeCodes(Set<Integer> values, JsonOutput out) {
        out.writeStartArray();
        for (Integer item : values) {
            out.writeNumber(JsonWrite.nonNull(item, "codes[]"));
        }
        out.writeEndArray();
    }

    /**
     * Writes counts.
     */
    private static void writeCounts(Collection<Long> values, JsonOutput out) {
        out.writeStartArray();
        for (Long item : values) {
            out.writeNumber(JsonWrite.nonNull(item, "counts[]"));
        }
        out.writeEndArray();
    }

    /**
     * Writes samples.
     */
    private static void writeSamples(long[] values, JsonOutput out) {
        out.writeStartArray();
        for (long item : values) {
            out.writeNumber(item);
        }
        out.writeEndArray();
    }

    /**
     * Writes words.
     */
    private static void writeWords(String[] values, JsonOutput out) {
        out.writeStartArray();
        for (String item : values) {
            out.writeString(JsonWrite.nonNull(item, "words[]"));
        }
        out.writeEndArray();
    }

    /**
     * Writes weights.
     */
    private static void writeWeights(Map<String, Double> values, JsonOutput out) {
        out.writeStartObject();
        for (Map.Entry<String, Double> entry : values.entrySet()) {
            out.writeFieldName(JsonWrite.nonNull(entry.getKey(), "weights key"));
            out.writeNumber(JsonWrite.nonNull(entry.getValue(), "weights value"));
        }
        out.writeEndObject();
    }

    /**
     * Writes parts_by_bin value.
     */
    private static void writePartsByBinValues(List<Holder.Part> values, JsonOutput out) {
        out.writeStartArray();
        if (values instanceof RandomAccess) {
            for (int i = 0, n = values.size(); i < n; i++) {
                Holder.Part item = values.get(i);
                writeHolder_Part(JsonWrite.nonNull(item, "parts_by_bin value[]"), out);
            }
        } else {
            for (Holder.Part item_ : values) {
                writeHolder_Part(JsonWrite.nonNull(item_, "parts_by_bin value[]"), out);
            }
        }
        out.writeEndArray();
    }

    /**
     * Writes parts_by_bin.
     */
    private static void writePartsByBin(Map<String, List<Holder.Part>> values, JsonOutput out) {
        out.writeStartObject();
        for (Map.Entry<String, List<Holder.Part>> entry : values.entrySet()) {
            out.writeFieldName(JsonWrite.nonNull(entry.getKey(), "parts_by_bin key"));
            writePartsByBinValues(JsonWrite.nonNull(entry.getValue(), "parts_by_bin value"), out);
        }
        out.writeEndObject();
    }

    /**
     * Writes gaps.
     */
    private static void writeGaps(List<String> values, JsonOutput out) {
        out.writeStartArray();
        if (values instanceof RandomAccess) {
            for (int i = 0, n = values.size(); i < n; i++) {
                String item = values.get(i);
                String item_ = item;
                if (item_ == null) {
                    out.writeNull();
                } else {
                    out.writeString(item_);
                }
            }
        } else {
            for (String item__ : values) {
                String item___ = item__;
                if (item___ == null) {
                    out.writeNull();
                } else {
                    out.writeString(item___);
                }
            }
        }
        out.writeEndArray();
    }
}
