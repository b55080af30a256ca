package com.acme.shop;

import io.eventschema.codec.Codecs;
import io.eventschema.codec.EventCodec;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Reads and writes {@link Times} as Avro binary of schema {@code com.acme.shop.Times}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class TimesCodec implements EventCodec<Times> {
    /**
     * The Avro schema in compact JSON, as registered.
     */
    public static final String SCHEMA_JSON = "{\"type\":\"record\",\"name\":\"Times\",\"namespace\":\"com.acme.shop\",\"doc\":\"java.time with a per-event precision (millis) and per-field overrides.\",\"fields\":[{\"name\":\"createdAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"seenAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}},{\"name\":\"measuredAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-nanos\"}},{\"name\":\"localMillis\",\"type\":{\"type\":\"long\",\"logicalType\":\"local-timestamp-millis\"}},{\"name\":\"localMicros\",\"type\":{\"type\":\"long\",\"logicalType\":\"local-timestamp-micros\"}},{\"name\":\"localNanos\",\"type\":{\"type\":\"long\",\"logicalType\":\"local-timestamp-nanos\"}},{\"name\":\"day\",\"type\":{\"type\":\"int\",\"logicalType\":\"date\"}},{\"name\":\"opensAt\",\"type\":{\"type\":\"int\",\"logicalType\":\"time-millis\"}},{\"name\":\"closesAt\",\"type\":{\"type\":\"long\",\"logicalType\":\"time-micros\"}},{\"name\":\"ticks\",\"type\":{\"type\":\"array\",\"items\":{\"type\":\"long\",\"logicalType\":\"timestamp-nanos\"}}},{\"name\":\"holiday\",\"type\":[\"null\",{\"type\":\"int\",\"logicalType\":\"date\"}],\"default\":null},{\"name\":\"slot\",\"type\":{\"type\":\"record\",\"name\":\"Slot\",\"doc\":\"A nested record without its own precision: the event's (millis) applies.\",\"fields\":[{\"name\":\"start\",\"type\":{\"type\":\"long\",\"logicalType\":\"timestamp-millis\"}},{\"name\":\"at\",\"type\":{\"type\":\"int\",\"logicalType\":\"time-millis\"}}]}}]}";

    public static final Schema SCHEMA = new Schema.Parser().parse(SCHEMA_JSON);

    public static final TimesCodec INSTANCE = new TimesCodec();

    /**
     * The fields of Times, by position: which one a failed read was in.
     */
    private static final String[] TIMES_FIELDS = {"createdAt", "seenAt", "measuredAt", "localMillis", "localMicros", "localNanos", "day", "opensAt", "closesAt", "ticks", "holiday", "slot"};

    /**
     * The fields of Slot, by position: which one a failed read was in.
     */
    private static final String[] TIMES_SLOT_FIELDS = {"start", "at"};

    private TimesCodec() {
    }

    @Override
    public Class<Times> type() {
        return Times.class;
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
    public void encode(Times value, Encoder out) throws IOException {
        writeTimes(Codecs.nonNull(value, "Times"), out);
    }

    @Override
    public Times decode(Decoder in) throws IOException {
        return readTimes(in);
    }

    static void writeTimes(Times value, Encoder out) throws IOException {
        Codecs.writeTimestampMillis(out, value.createdAt(), "createdAt");
        Codecs.writeTimestampMicros(out, value.seenAt(), "seenAt");
        Codecs.writeTimestampNanos(out, value.measuredAt(), "measuredAt");
        out.writeLong(Codecs.toEpochMillis(Codecs.atUtc(Codecs.nonNull(value.localMillis(), "localMillis"))));
        out.writeLong(Codecs.toEpochMicros(Codecs.atUtc(Codecs.nonNull(value.localMicros(), "localMicros"))));
        out.writeLong(Codecs.toEpochNanos(Codecs.atUtc(Codecs.nonNull(value.localNanos(), "localNanos"))));
        out.writeInt(Codecs.toEpochDay(Codecs.nonNull(value.day(), "day")));
        out.writeInt(Codecs.toMillisOfDay(Codecs.nonNull(value.opensAt(), "opensAt")));
        out.writeLong(Codecs.toMicrosOfDay(Codecs.nonNull(value.closesAt(), "closesAt")));
        List<Instant> ticks = Codecs.nonNull(value.ticks(), "ticks");
        out.writeArrayStart();
        out.setItemCount(ticks.size());
        for (Instant item : ticks) {
            out.startItem();
            Codecs.writeTimestampNanos(out, item, "ticks[]");
        }
        out.writeArrayEnd();
        Optional<LocalDate> holiday = value.holiday();
        if (holiday == null || holiday.isEmpty()) {
            out.writeIndex(0);
        } else {
            out.writeIndex(1);
            out.writeInt(Codecs.toEpochDay(holiday.get()));
        }
        Codecs.enterRecord(out, value.slot(), "slot");
        writeTimes_Slot(value.slot(), out);
        Codecs.exit(out);
    }

    static Times readTimes(Decoder in) throws IOException {
        int field = 0;
        try {
            Instant createdAt = Codecs.fromEpochMillis(in.readLong());
            field = 1;
            Instant seenAt = Codecs.fromEpochMicros(in.readLong());
            field = 2;
            Instant measuredAt = Codecs.fromEpochNanos(in.readLong());
            field = 3;
            LocalDateTime localMillis = Codecs.localAtUtc(Codecs.fromEpochMillis(in.readLong()));
            field = 4;
            LocalDateTime localMicros = Codecs.localAtUtc(Codecs.fromEpochMicros(in.readLong()));
            field = 5;
            LocalDateTime localNanos = Codecs.localAtUtc(Codecs.fromEpochNanos(in.readLong()));
            field = 6;
            LocalDate day = Codecs.fromEpochDay(in.readInt());
            field = 7;
            LocalTime opensAt = Codecs.fromMillisOfDay(in.readInt());
            field = 8;
            LocalTime closesAt = Codecs.fromMicrosOfDay(in.readLong());
            field = 9;
            long count = Codecs.arrayStart(in, 1, "ticks");
            List<Instant> ticks = new ArrayList<>(Codecs.capacity(count));
            long before = 0;
            for (; count != 0; before += count, count = Codecs.arrayNext(in, 1, "ticks")) {
                for (long i = 0; i < count; i++) {
                    try {
                        ticks.add(Codecs.fromEpochNanos(in.readLong()));
                    } catch (IOException e) {
                        Codecs.failedAtItem(in, before + i);
                        throw e;
                    }
                }
            }
            field = 10;
            Optional<LocalDate> holiday;
            if (Codecs.unionIndex(in, 2, "holiday") == 0) {
                holiday = Optional.empty();
            } else {
                holiday = Optional.of(Codecs.fromEpochDay(in.readInt()));
            }
            field = 11;
            Codecs.enter(in, "slot");
            Times.Slot slot = Codecs.exit(in, readTimes_Slot(in));
            return new Times(createdAt, seenAt, measuredAt, localMillis, localMicros, localNanos, day, opensAt, closesAt, ticks, holiday, slot);
        } catch (IOException e_) {
            Codecs.failedIn(in, TIMES_FIELDS[field]);
            throw e_;
        }
    }

    static void writeTimes_Slot(Times.Slot value, Encoder out) throws IOException {
        Codecs.writeTimestampMillis(out, value.start(), "Slot.start");
        out.writeInt(Codecs.toMillisOfDay(Codecs.nonNull(value.at(), "Slot.at")));
    }

    static Times.Slot readTimes_Slot(Decoder in) throws IOException {
        int field = 0;
        try {
            Instant start = Codecs.fromEpochMillis(in.readLong());
            field = 1;
            LocalTime at = Codecs.fromMillisOfDay(in.readInt());
            return new Times.Slot(start, at);
        } catch (IOException e) {
            Codecs.failedIn(in, TIMES_SLOT_FIELDS[field]);
            throw e;
        }
    }
}
