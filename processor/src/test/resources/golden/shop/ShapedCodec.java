package com.acme.shop;

import io.eventschema.codec.Codecs;
import io.eventschema.codec.EventCodec;
import java.io.IOException;
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
 * Reads and writes {@link Shaped} as Avro binary of schema {@code com.acme.shop.Shaped}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class ShapedCodec implements EventCodec<Shaped> {
    /**
     * The Avro schema in compact JSON, as registered.
     */
    public static final String SCHEMA_JSON = "{\"type\":\"record\",\"name\":\"Shaped\",\"namespace\":\"com.acme.shop\",\"doc\":\"A customer's order, as checkout records it. Second paragraph.\",\"fields\":[{\"name\":\"order_id\",\"type\":\"long\",\"doc\":\"the order's id, from the Shaped checkout\",\"constraints\":[{\"name\":\"Positive\"}]},{\"name\":\"currency\",\"type\":\"string\",\"doc\":\"ISO 4217 code\",\"default\":\"EUR\",\"constraints\":[{\"name\":\"Size\",\"max\":3,\"min\":3}]},{\"name\":\"note\",\"type\":[\"string\",\"null\"],\"doc\":\"free text\",\"default\":\"none\"},{\"name\":\"attempts\",\"type\":[\"int\",\"null\"],\"default\":0},{\"name\":\"status\",\"type\":{\"type\":\"enum\",\"name\":\"Status\",\"doc\":\"Where an order stands.\",\"symbols\":[\"OPEN\",\"PAID\",\"SHIPPED\",\"UNKNOWN\"],\"default\":\"UNKNOWN\"},\"default\":\"OPEN\"},{\"name\":\"tags\",\"type\":{\"type\":\"array\",\"items\":\"string\"},\"default\":[],\"constraints\":[{\"name\":\"NotBlank\",\"on\":\"items\"}]},{\"name\":\"quantities\",\"type\":{\"type\":\"map\",\"values\":\"int\"},\"default\":{},\"constraints\":[{\"name\":\"Min\",\"on\":\"values\",\"value\":1}]},{\"name\":\"shape\",\"type\":[{\"type\":\"record\",\"name\":\"Square\",\"fields\":[{\"name\":\"side\",\"type\":\"double\"}]},{\"type\":\"record\",\"name\":\"Circle\",\"fields\":[{\"name\":\"radius\",\"type\":\"double\"}]},{\"type\":\"record\",\"name\":\"Polygon\",\"fields\":[{\"name\":\"sides\",\"type\":{\"type\":\"array\",\"items\":\"double\"}}]}],\"default\":{\"side\":1.0}},{\"name\":\"previous_shape\",\"type\":[\"null\",\"Circle\",\"Square\",\"Polygon\"],\"default\":null},{\"name\":\"customerRef\",\"type\":\"string\",\"aliases\":[\"customer\"]},{\"name\":\"email\",\"type\":\"string\",\"doc\":\"overrides any Javadoc\",\"pii\":true},{\"name\":\"coupon\",\"type\":[\"null\",\"string\"],\"default\":null,\"constraints\":[{\"name\":\"Size\",\"max\":64,\"min\":0}]}],\"owner\":\"checkout-team\",\"retention\":{\"days\":30},\"aliases\":[\"Order\",\"com.acme.legacy.Order\"]}";

    public static final Schema SCHEMA = new Schema.Parser().parse(SCHEMA_JSON);

    public static final ShapedCodec INSTANCE = new ShapedCodec();

    private static final Status[] STATUS_SYMBOLS = Status.values();

    /**
     * The fields of Shaped, by position: which one a failed read was in.
     */
    private static final String[] SHAPED_FIELDS = {"order_id", "currency", "note", "attempts", "status", "tags", "quantities", "shape", "previous_shape", "customerRef", "email", "coupon"};

    private ShapedCodec() {
    }

    @Override
    public Class<Shaped> type() {
        return Shaped.class;
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
    public void encode(Shaped value, Encoder out) throws IOException {
        writeShaped(Codecs.nonNull(value, "Shaped"), out);
    }

    @Override
    public Shaped decode(Decoder in) throws IOException {
        return readShaped(in);
    }

    static void writeShaped(Shaped value, Encoder out) throws IOException {
        out.writeLong(value.orderId());
        Codecs.writeString(out, value.currency(), "currency");
        String note = value.note();
        if (note == null) {
            out.writeIndex(1);
        } else {
            out.writeIndex(0);
            Codecs.writeString(out, note, "note");
        }
        Optional<Integer> attempts = value.attempts();
        if (attempts == null || attempts.isEmpty()) {
            out.writeIndex(1);
        } else {
            out.writeIndex(0);
            out.writeInt(attempts.get());
        }
        Codecs.writeEnum(out, value.status(), "status");
        Codecs.writeStringArray(out, value.tags(), "tags");
        Map<String, Integer> quantities = Codecs.nonNull(value.quantities(), "quantities");
        out.writeMapStart();
        out.setItemCount(quantities.size());
        for (Map.Entry<String, Integer> entry : quantities.entrySet()) {
            out.startItem();
            out.writeString(Codecs.nonNull(entry.getKey(), "quantities key"));
            out.writeInt(Codecs.nonNull(entry.getValue(), "quantities value"));
        }
        out.writeMapEnd();
        Shape shape = Codecs.nonNull(value.shape(), "shape");
        if (shape instanceof Shape.Square square) {
            out.writeIndex(0);
            Codecs.enter(out, "shape");
            writeShape_Square(square, out);
            Codecs.exit(out);
        } else if (shape instanceof Shape.Circle circle) {
            out.writeIndex(1);
            Codecs.enter(out, "shape");
            writeShape_Circle(circle, out);
            Codecs.exit(out);
        } else if (shape instanceof Shape.Polygon polygon) {
            out.writeIndex(2);
            Codecs.enter(out, "shape");
            writeShape_Polygon(polygon, out);
            Codecs.exit(out);
        } else {
            throw Codecs.unknownSubtype(shape, "shape");
        }
        Shape previousShape = value.previousShape();
        if (previousShape == null) {
            out.writeIndex(0);
        } else {
            if (previousShape instanceof Shape.Circle circle_) {
                out.writeIndex(1);
                Codecs.enter(out, "previous_shape");
                writeShape_Circle(circle_, out);
                Codecs.exit(out);
            } else if (previousShape instanceof Shape.Square square_) {
                out.writeIndex(2);
                Codecs.enter(out, "previous_shape");
                writeShape_Square(square_, out);
                Codecs.exit(out);
            } else if (previousShape instanceof Shape.Polygon polygon_) {
                out.writeIndex(3);
                Codecs.enter(out, "previous_shape");
                writeShape_Polygon(polygon_, out);
                Codecs.exit(out);
            } else {
                throw Codecs.unknownSubtype(previousShape, "previous_shape");
            }
        }
        Codecs.writeString(out, value.customerId(), "customerRef");
        Codecs.writeString(out, value.email(), "email");
        Codecs.writeOptionalString(out, value.coupon());
    }

    static Shaped readShaped(Decoder in) throws IOException {
        int field = 0;
        try {
            long orderId = in.readLong();
            field = 1;
            String currency = in.readString();
            field = 2;
            String note;
            if (Codecs.unionIndex(in, 2, "note") == 1) {
                note = null;
            } else {
                note = in.readString();
            }
            field = 3;
            Optional<Integer> attempts;
            if (Codecs.unionIndex(in, 2, "attempts") == 1) {
                attempts = Optional.empty();
            } else {
                attempts = Optional.of(in.readInt());
            }
            field = 4;
            Status status = (Status) Codecs.readSymbol(in, STATUS_SYMBOLS, "status");
            field = 5;
            List<String> tags = Codecs.readStringList(in, "tags");
            field = 6;
            long count = Codecs.mapStart(in, 2, "quantities");
            Map<String, Integer> quantities = new LinkedHashMap<>(Codecs.capacity(count));
            for (; count != 0; count = Codecs.mapNext(in, 2, "quantities")) {
                for (long i = 0; i < count; i++) {
                    String key = in.readString();
                    try {
                        quantities.put(key, in.readInt());
                    } catch (IOException e) {
                        Codecs.failedAtKey(in, key);
                        throw e;
                    }
                }
            }
            field = 7;
            Shape shape;
            int shapeBranch = Codecs.unionIndex(in, 3, "shape");
            if (shapeBranch == 0) {
                Codecs.enter(in, "shape");
                shape = Codecs.exit(in, readShape_Square(in));
            } else if (shapeBranch == 1) {
                Codecs.enter(in, "shape");
                shape = Codecs.exit(in, readShape_Circle(in));
            } else {
                Codecs.enter(in, "shape");
                shape = Codecs.exit(in, readShape_Polygon(in));
            }
            field = 8;
            Shape previousShape;
            int previousShapeBranch = Codecs.unionIndex(in, 4, "previous_shape");
            if (previousShapeBranch == 0) {
                previousShape = null;
            } else if (previousShapeBranch == 1) {
                Codecs.enter(in, "previous_shape");
                previousShape = Codecs.exit(in, readShape_Circle(in));
            } else if (previousShapeBranch == 2) {
                Codecs.enter(in, "previous_shape");
                previousShape = Codecs.exit(in, readShape_Square(in));
            } else {
                Codecs.enter(in, "previous_shape");
                previousShape = Codecs.exit(in, readShape_Polygon(in));
            }
            field = 9;
            String customerId = in.readString();
            field = 10;
            String email = in.readString();
            field = 11;
            Optional<String> coupon = Codecs.readOptionalString(in, "coupon");
            return new Shaped(orderId, currency, note, attempts, status, tags, quantities, shape, previousShape, customerId, email, coupon);
        } catch (IOException e_) {
            Codecs.failedIn(in, SHAPED_FIELDS[field]);
            throw e_;
        }
    }

    static void writeShape_Square(Shape.Square value, Encoder out) throws IOException {
        out.writeDouble(value.side());
    }

    static Shape.Square readShape_Square(Decoder in) throws IOException {
        try {
            double side = in.readDouble();
            return new Shape.Square(side);
        } catch (IOException e) {
            Codecs.failedIn(in, "side");
            throw e;
        }
    }

    static void writeShape_Circle(Shape.Circle value, Encoder out) throws IOException {
        out.writeDouble(value.radius());
    }

    static Shape.Circle readShape_Circle(Decoder in) throws IOException {
        try {
            double radius = in.readDouble();
            return new Shape.Circle(radius);
        } catch (IOException e) {
            Codecs.failedIn(in, "radius");
            throw e;
        }
    }

    static void writeShape_Polygon(Shape.Polygon value, Encoder out) throws IOException {
        List<Double> sides = Codecs.nonNull(value.sides(), "Polygon.sides");
        out.writeArrayStart();
        out.setItemCount(sides.size());
        for (Double item : sides) {
            out.startItem();
            out.writeDouble(Codecs.nonNull(item, "Polygon.sides[]"));
        }
        out.writeArrayEnd();
    }

    static Shape.Polygon readShape_Polygon(Decoder in) throws IOException {
        try {
            long count = Codecs.arrayStart(in, 8, "Polygon.sides");
            List<Double> sides = new ArrayList<>(Codecs.capacity(count));
            long before = 0;
            for (; count != 0; before += count, count = Codecs.arrayNext(in, 8, "Polygon.sides")) {
                for (long i = 0; i < count; i++) {
                    try {
                        sides.add(in.readDouble());
                    } catch (IOException e) {
                        Codecs.failedAtItem(in, before + i);
                        throw e;
                    }
                }
            }
            return new Shape.Polygon(sides);
        } catch (IOException e_) {
            Codecs.failedIn(in, "sides");
            throw e_;
        }
    }
}
