package com.acme.types;

import io.eventschema.codec.Codecs;
import io.eventschema.codec.EventCodec;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Reads and writes {@link AllTypes} as Avro binary of schema {@code com.acme.types.AllTypes}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class AllTypesCodec implements EventCodec<AllTypes> {
    /**
     * The Avro schema in compact JSON, as registered.
     */
    public static final String SCHEMA_JSON = "{\"type\":\"record\",\"name\":\"AllTypes\",\"namespace\":\"com.acme.types\",\"doc\":\"Every basic type, once each, and the nested record twice.\",\"fields\":[{\"name\":\"flag\",\"type\":\"boolean\"},{\"name\":\"flagBox\",\"type\":\"boolean\"},{\"name\":\"count\",\"type\":\"int\"},{\"name\":\"countBox\",\"type\":\"int\"},{\"name\":\"id\",\"type\":\"long\"},{\"name\":\"idBox\",\"type\":\"long\"},{\"name\":\"ratio\",\"type\":\"float\"},{\"name\":\"ratioBox\",\"type\":\"float\"},{\"name\":\"score\",\"type\":\"double\"},{\"name\":\"scoreBox\",\"type\":\"double\"},{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"payload\",\"type\":\"bytes\"},{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"symbols\":[\"ACTIVE\",\"SUSPENDED\",\"CLOSED\"]}},{\"name\":\"home\",\"type\":{\"type\":\"record\",\"name\":\"Address\",\"fields\":[{\"name\":\"street\",\"type\":\"string\"},{\"name\":\"city\",\"type\":\"string\"},{\"name\":\"postcode\",\"type\":[\"null\",\"string\"],\"default\":null}]}},{\"name\":\"work\",\"type\":\"Address\"},{\"name\":\"at\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}},{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"string\"}},{\"name\":\"previous\",\"type\":{\"type\":\"array\",\"items\":\"Address\"}},{\"name\":\"counters\",\"type\":{\"type\":\"map\",\"values\":\"long\"}},{\"name\":\"history\",\"type\":{\"type\":\"map\",\"values\":{\"type\":\"array\",\"items\":\"Status\"}}},{\"name\":\"nickname\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"billing\",\"type\":[\"null\",\"Address\"],\"default\":null},{\"name\":\"closedAt\",\"type\":[\"null\",{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}],\"default\":null},{\"name\":\"jspecifyNote\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"javaxNote\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"jakartaCount\",\"type\":[\"null\",\"int\"],\"default\":null},{\"name\":\"typeUseId\",\"type\":[\"null\",\"long\"],\"default\":null},{\"name\":\"lastStatus\",\"type\":[\"null\",\"Status\"],\"default\":null},{\"name\":\"sparse\",\"type\":{\"type\":\"array\",\"items\":[\"null\",\"string\"]}}]}";

    public static final Schema SCHEMA = new Schema.Parser().parse(SCHEMA_JSON);

    public static final AllTypesCodec INSTANCE = new AllTypesCodec();

    private static final Status[] STATUS_SYMBOLS = Status.values();

    /**
     * The fields of AllTypes, by position: which one a failed read was in.
     */
    private static final String[] ALL_TYPES_FIELDS = {"flag", "flagBox", "count", "countBox", "id", "idBox", "ratio", "ratioBox", "score", "scoreBox", "name", "payload", "status", "home", "work", "at", "tags", "previous", "counters", "history", "nickname", "billing", "closedAt", "jspecifyNote", "javaxNote", "jakartaCount", "typeUseId", "lastStatus", "sparse"};

    /**
     * The fields of Address, by position: which one a failed read was in.
     */
    private static final String[] ADDRESS_FIELDS = {"street", "city", "postcode"};

    private AllTypesCodec() {
    }

    @Override
    public Class<AllTypes> type() {
        return AllTypes.class;
    }

    @Override
    public String schemaText() {
        return SCHEMA_JSON;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    @Override
    public void encode(AllTypes value, Encoder out) throws IOException {
        writeAllTypes(Codecs.nonNull(value, "AllTypes"), out);
    }

    @Override
    public AllTypes decode(Decoder in) throws IOException {
        return readAllTypes(in);
    }

    static void writeAllTypes(AllTypes value, Encoder out) throws IOException {
        out.writeBoolean(value.flag());
        out.writeBoolean(Codecs.nonNull(value.flagBox(), "flagBox"));
        out.writeInt(value.count());
        out.writeInt(Codecs.nonNull(value.countBox(), "countBox"));
        out.writeLong(value.id());
        out.writeLong(Codecs.nonNull(value.idBox(), "idBox"));
        out.writeFloat(value.ratio());
        out.writeFloat(Codecs.nonNull(value.ratioBox(), "ratioBox"));
        out.writeDouble(value.score());
        out.writeDouble(Codecs.nonNull(value.scoreBox(), "scoreBox"));
        Codecs.writeString(out, value.name(), "name");
        out.writeBytes(Codecs.nonNull(value.payload(), "payload"));
        Codecs.writeEnum(out, value.status(), "status");
        Codecs.enterRecord(out, value.home(), "home");
        writeAddress(value.home(), out);
        Codecs.exit(out);
        Codecs.enterRecord(out, value.work(), "work");
        writeAddress(value.work(), out);
        Codecs.exit(out);
        Codecs.writeTimestampMicros(out, value.at(), "at");
        Codecs.writeStringArray(out, value.tags(), "tags");
        List<Address> previous = Codecs.nonNull(value.previous(), "previous");
        out.writeArrayStart();
        out.setItemCount(previous.size());
        for (Address item : previous) {
            out.startItem();
            Codecs.enterRecord(out, item, "previous[]");
            writeAddress(item, out);
            Codecs.exit(out);
        }
        out.writeArrayEnd();
        Map<String, Long> counters = Codecs.nonNull(value.counters(), "counters");
        out.writeMapStart();
        out.setItemCount(counters.size());
        for (Map.Entry<String, Long> entry : counters.entrySet()) {
            out.startItem();
            out.writeString(Codecs.nonNull(entry.getKey(), "counters key"));
            out.writeLong(Codecs.nonNull(entry.getValue(), "counters value"));
        }
        out.writeMapEnd();
        Map<String, List<Status>> history = Codecs.nonNull(value.history(), "history");
        out.writeMapStart();
        out.setItemCount(history.size());
        for (Map.Entry<String, List<Status>> entry_ : history.entrySet()) {
            out.startItem();
            out.writeString(Codecs.nonNull(entry_.getKey(), "history key"));
            List<Status> value_ = Codecs.nonNull(entry_.getValue(), "history value");
            out.writeArrayStart();
            out.setItemCount(value_.size());
            for (Status item_ : value_) {
                out.startItem();
                Codecs.writeEnum(out, item_, "history value[]");
            }
            out.writeArrayEnd();
        }
        out.writeMapEnd();
        Codecs.writeOptionalString(out, value.nickname());
        Optional<Address> billing = value.billing();
        if (billing == null || billing.isEmpty()) {
            out.writeIndex(0);
        } else {
            out.writeIndex(1);
            Codecs.enterRecord(out, billing.get(), "billing");
            writeAddress(billing.get(), out);
            Codecs.exit(out);
        }
        Optional<Instant> closedAt = value.closedAt();
        if (closedAt == null || closedAt.isEmpty()) {
            out.writeIndex(0);
        } else {
            out.writeIndex(1);
            Codecs.writeTimestampMicros(out, closedAt.get(), "closedAt");
        }
        Codecs.writeNullableString(out, value.jspecifyNote());
        Codecs.writeNullableString(out, value.javaxNote());
        Codecs.writeNullableInt(out, value.jakartaCount());
        Codecs.writeNullableLong(out, value.typeUseId());
        Status lastStatus = value.lastStatus();
        if (lastStatus == null) {
            out.writeIndex(0);
        } else {
            out.writeIndex(1);
            Codecs.writeEnum(out, lastStatus, "lastStatus");
        }
        List<String> sparse = Codecs.nonNull(value.sparse(), "sparse");
        out.writeArrayStart();
        out.setItemCount(sparse.size());
        for (String item__ : sparse) {
            out.startItem();
            Codecs.writeNullableString(out, item__);
        }
        out.writeArrayEnd();
    }

    static AllTypes readAllTypes(Decoder in) throws IOException {
        int field = 0;
        try {
            boolean flag = in.readBoolean();
            field = 1;
            Boolean flagBox = in.readBoolean();
            field = 2;
            int count = in.readInt();
            field = 3;
            Integer countBox = in.readInt();
            field = 4;
            long id = in.readLong();
            field = 5;
            Long idBox = in.readLong();
            field = 6;
            float ratio = in.readFloat();
            field = 7;
            Float ratioBox = in.readFloat();
            field = 8;
            double score = in.readDouble();
            field = 9;
            Double scoreBox = in.readDouble();
            field = 10;
            String name = in.readString();
            field = 11;
            byte[] payload = Codecs.readByteArray(in);
            field = 12;
            Status status = (Status) Codecs.readSymbol(in, STATUS_SYMBOLS, "status");
            field = 13;
            Codecs.enter(in, "home");
            Address home = Codecs.exit(in, readAddress(in));
            field = 14;
            Codecs.enter(in, "work");
            Address work = Codecs.exit(in, readAddress(in));
            field = 15;
            Instant at = Codecs.fromEpochMicros(in.readLong());
            field = 16;
            List<String> tags = Codecs.readStringList(in, "tags");
            field = 17;
            long count_ = Codecs.arrayStart(in, 3, "previous");
            List<Address> previous = new ArrayList<>(Codecs.capacity(count_));
            long before = 0;
            for (; count_ != 0; before += count_, count_ = Codecs.arrayNext(in, 3, "previous")) {
                for (long i = 0; i < count_; i++) {
                    try {
                        Codecs.enter(in, "previous[]");
                        previous.add(Codecs.exit(in, readAddress(in)));
                    } catch (IOException e) {
                        Codecs.failedAtItem(in, before + i);
                        throw e;
                    }
                }
            }
            field = 18;
            long count__ = Codecs.mapStart(in, 2, "counters");
            Map<String, Long> counters = new LinkedHashMap<>(Codecs.capacity(count__));
            for (; count__ != 0; count__ = Codecs.mapNext(in, 2, "counters")) {
                for (long i_ = 0; i_ < count__; i_++) {
                    String key = in.readString();
                    try {
                        counters.put(key, in.readLong());
                    } catch (IOException e_) {
                        Codecs.failedAtKey(in, key);
                        throw e_;
                    }
                }
            }
            field = 19;
            long count___ = Codecs.mapStart(in, 2, "history");
            Map<String, List<Status>> history = new LinkedHashMap<>(Codecs.capacity(count___));
            for (; count___ != 0; count___ = Codecs.mapNext(in, 2, "history")) {
                for (long i__ = 0; i__ < count___; i__++) {
                    String key_ = in.readString();
                    try {
                        long count____ = Codecs.arrayStart(in, 1, "history value");
                        List<Status> value_ = new ArrayList<>(Codecs.capacity(count____));
                        long before_ = 0;
                        for (; count____ != 0; before_ += count____, count____ = Codecs.arrayNext(in, 1, "history value")) {
                            for (long i___ = 0; i___ < count____; i___++) {
                                try {
                                    value_.add((Status) Codecs.readSymbol(in, STATUS_SYMBOLS, "history value[]"));
                                } catch (IOException e__) {
                                    Codecs.failedAtItem(in, before_ + i___);
                                    throw e__;
                                }
                            }
                        }
                        history.put(key_, value_);
                    } catch (IOException e___) {
                        Codecs.failedAtKey(in, key_);
                        throw e___;
                    }
                }
            }
            field = 20;
            Optional<String> nickname = Codecs.readOptionalString(in, "nickname");
            field = 21;
            Optional<Address> billing;
            if (Codecs.unionIndex(in, 2, "billing") == 0) {
                billing = Optional.empty();
            } else {
                Codecs.enter(in, "billing");
                billing = Optional.of(Codecs.exit(in, readAddress(in)));
            }
            field = 22;
            Optional<Instant> closedAt;
            if (Codecs.unionIndex(in, 2, "closedAt") == 0) {
                closedAt = Optional.empty();
            } else {
                closedAt = Optional.of(Codecs.fromEpochMicros(in.readLong()));
            }
            field = 23;
            String jspecifyNote = Codecs.readNullableString(in, "jspecifyNote");
            field = 24;
            String javaxNote = Codecs.readNullableString(in, "javaxNote");
            field = 25;
            Integer jakartaCount = Codecs.readNullableInt(in, "jakartaCount");
            field = 26;
            Long typeUseId = Codecs.readNullableLong(in, "typeUseId");
            field = 27;
            Status lastStatus;
            if (Codecs.unionIndex(in, 2, "lastStatus") == 0) {
                lastStatus = null;
            } else {
                lastStatus = (Status) Codecs.readSymbol(in, STATUS_SYMBOLS, "lastStatus");
            }
            field = 28;
            long count_____ = Codecs.arrayStart(in, 1, "sparse");
            List<String> sparse = new ArrayList<>(Codecs.capacity(count_____));
            long before__ = 0;
            for (; count_____ != 0; before__ += count_____, count_____ = Codecs.arrayNext(in, 1, "sparse")) {
                for (long i____ = 0; i____ < count_____; i____++) {
                    try {
                        sparse.add(Codecs.readNullableString(in, "sparse[]"));
                    } catch (IOException e____) {
                        Codecs.failedAtItem(in, before__ + i____);
                        throw e____;
                    }
                }
            }
            return new AllTypes(flag, flagBox, count, countBox, id, idBox, ratio, ratioBox, score, scoreBox, name, payload, status, home, work, at, tags, previous, counters, history, nickname, billing, closedAt, jspecifyNote, javaxNote, jakartaCount, typeUseId, lastStatus, sparse);
        } catch (IOException e_____) {
            Codecs.failedIn(in, ALL_TYPES_FIELDS[field]);
            throw e_____;
        }
    }

    static void writeAddress(Address value, Encoder out) throws IOException {
        Codecs.writeString(out, value.street(), "Address.street");
        Codecs.writeString(out, value.city(), "Address.city");
        Codecs.writeOptionalString(out, value.postcode());
    }

    static Address readAddress(Decoder in) throws IOException {
        int field = 0;
        try {
            String street = in.readString();
            field = 1;
            String city = in.readString();
            field = 2;
            Optional<String> postcode = Codecs.readOptionalString(in, "Address.postcode");
            return new Address(street, city, postcode);
        } catch (IOException e) {
            Codecs.failedIn(in, ADDRESS_FIELDS[field]);
            throw e;
        }
    }
}
