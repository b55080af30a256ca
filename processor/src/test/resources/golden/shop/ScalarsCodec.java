package com.acme.shop;

import io.eventschema.codec.Codecs;
import io.eventschema.codec.EventCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Reads and writes {@link Scalars} as Avro binary of schema {@code com.acme.shop.Scalars}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class ScalarsCodec implements EventCodec<Scalars> {
    /**
     * The Avro schema in compact JSON, as registered.
     */
    public static final String SCHEMA_JSON = "{\"type\":\"record\",\"name\":\"Scalars\",\"namespace\":\"com.acme.shop\",\"doc\":\"Numbers, characters, text, bytes, fixed, uuid and decimals.\",\"fields\":[{\"name\":\"tiny\",\"type\":\"int\"},{\"name\":\"tinyBox\",\"type\":\"int\"},{\"name\":\"small\",\"type\":\"int\"},{\"name\":\"smallBox\",\"type\":\"int\"},{\"name\":\"initial\",\"type\":\"string\"},{\"name\":\"code\",\"type\":\"int\"},{\"name\":\"label\",\"type\":\"string\"},{\"name\":\"blob\",\"type\":\"bytes\"},{\"name\":\"md5\",\"type\":{\"type\":\"fixed\",\"name\":\"Md5\",\"size\":16}},{\"name\":\"tag\",\"type\":{\"type\":\"fixed\",\"name\":\"Tag\",\"size\":4}},{\"name\":\"otherTag\",\"type\":\"Tag\"},{\"name\":\"id\",\"type\":{\"type\":\"string\",\"logicalType\":\"uuid\"}},{\"name\":\"parentId\",\"type\":[\"null\",{\"type\":\"string\",\"logicalType\":\"uuid\"}],\"default\":null},{\"name\":\"price\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":12,\"scale\":2}},{\"name\":\"rate\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":20,\"scale\":4}},{\"name\":\"discount\",\"type\":[\"null\",{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":3,\"scale\":0}],\"default\":null}]}";

    public static final Schema SCHEMA = new Schema.Parser().parse(SCHEMA_JSON);

    public static final ScalarsCodec INSTANCE = new ScalarsCodec();

    /**
     * The fields of Scalars, by position: which one a failed read was in.
     */
    private static final String[] SCALARS_FIELDS = {"tiny", "tinyBox", "small", "smallBox", "initial", "code", "label", "blob", "md5", "tag", "otherTag", "id", "parentId", "price", "rate", "discount"};

    private ScalarsCodec() {
    }

    @Override
    public Class<Scalars> type() {
        return Scalars.class;
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
    public void encode(Scalars value, Encoder out) throws IOException {
        writeScalars(Codecs.nonNull(value, "Scalars"), out);
    }

    @Override
    public Scalars decode(Decoder in) throws IOException {
        return readScalars(in);
    }

    static void writeScalars(Scalars value, Encoder out) throws IOException {
        out.writeInt(value.tiny());
        out.writeInt(Codecs.nonNull(value.tinyBox(), "tinyBox"));
        out.writeInt(value.small());
        out.writeInt(Codecs.nonNull(value.smallBox(), "smallBox"));
        out.writeString(String.valueOf(value.initial()));
        out.writeInt(Codecs.nonNull(value.code(), "code"));
        out.writeString(Codecs.nonNull(value.label(), "label"));
        out.writeBytes(Codecs.nonNull(value.blob(), "blob"));
        out.writeFixed(Codecs.fixed(Codecs.nonNull(value.md5(), "md5"), 16, "md5"));
        out.writeFixed(Codecs.fixed(Codecs.nonNull(value.tag(), "tag"), 4, "tag"));
        out.writeFixed(Codecs.fixed(Codecs.nonNull(value.otherTag(), "otherTag"), 4, "otherTag"));
        out.writeString(Codecs.nonNull(value.id(), "id").toString());
        Optional<UUID> parentId = value.parentId();
        if (parentId == null || parentId.isEmpty()) {
            out.writeIndex(0);
        } else {
            out.writeIndex(1);
            out.writeString(parentId.get().toString());
        }
        Codecs.writeDecimal(out, value.price(), 12, 2, "price");
        Codecs.writeDecimal(out, value.rate(), 20, 4, "rate");
        Optional<BigDecimal> discount = value.discount();
        if (discount == null || discount.isEmpty()) {
            out.writeIndex(0);
        } else {
            out.writeIndex(1);
            Codecs.writeDecimal(out, discount.get(), 3, 0, "discount");
        }
    }

    static Scalars readScalars(Decoder in) throws IOException {
        int field = 0;
        try {
            byte tiny = Codecs.toByte(in.readInt(), "tiny");
            field = 1;
            Byte tinyBox = Codecs.toByte(in.readInt(), "tinyBox");
            field = 2;
            short small = Codecs.toShort(in.readInt(), "small");
            field = 3;
            Short smallBox = Codecs.toShort(in.readInt(), "smallBox");
            field = 4;
            char initial = Codecs.toChar(in.readString(), "initial");
            field = 5;
            Character code = Codecs.toChar(in.readInt(), "code");
            field = 6;
            CharSequence label = in.readString();
            field = 7;
            ByteBuffer blob = Codecs.readByteBuffer(in);
            field = 8;
            byte[] md5 = Codecs.readFixed(in, 16);
            field = 9;
            ByteBuffer tag = ByteBuffer.wrap(Codecs.readFixed(in, 4));
            field = 10;
            byte[] otherTag = Codecs.readFixed(in, 4);
            field = 11;
            UUID id = Codecs.toUuid(in.readString(), "id");
            field = 12;
            Optional<UUID> parentId;
            if (Codecs.unionIndex(in, 2, "parentId") == 0) {
                parentId = Optional.empty();
            } else {
                parentId = Optional.of(Codecs.toUuid(in.readString(), "parentId"));
            }
            field = 13;
            BigDecimal price = Codecs.readDecimal(in, 2, "price");
            field = 14;
            BigDecimal rate = Codecs.readDecimal(in, 4, "rate");
            field = 15;
            Optional<BigDecimal> discount;
            if (Codecs.unionIndex(in, 2, "discount") == 0) {
                discount = Optional.empty();
            } else {
                discount = Optional.of(Codecs.readDecimal(in, 0, "discount"));
            }
            return new Scalars(tiny, tinyBox, small, smallBox, initial, code, label, blob, md5, tag, otherTag, id, parentId, price, rate, discount);
        } catch (IOException e) {
            Codecs.failedIn(in, SCALARS_FIELDS[field]);
            throw e;
        }
    }
}
