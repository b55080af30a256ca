package com.acme.shop;

import io.eventschema.codec.Codecs;
import io.eventschema.codec.EventCodec;
import java.io.IOException;
import java.math.BigDecimal;
import javax.annotation.processing.Generated;
import org.apache.avro.Schema;
import org.apache.avro.io.Decoder;
import org.apache.avro.io.Encoder;

/**
 * Reads and writes {@link OrderEvent} as Avro binary of schema {@code com.acme.orders.OrderEvent}.
 */
@Generated("io.eventschema.processor.EventProcessor")
public final class OrderEventCodec implements EventCodec<OrderEvent> {
    /**
     * The Avro schema in compact JSON, as registered.
     */
    public static final String SCHEMA_JSON = "[{\"type\":\"record\",\"name\":\"Placed\",\"namespace\":\"com.acme.orders\",\"doc\":\"An order was placed.\",\"fields\":[{\"name\":\"orderId\",\"type\":\"string\"},{\"name\":\"items\",\"type\":\"int\"}]},{\"type\":\"record\",\"name\":\"Paid\",\"namespace\":\"com.acme.orders\",\"doc\":\"It was paid.\",\"fields\":[{\"name\":\"orderId\",\"type\":\"string\"},{\"name\":\"amount\",\"type\":{\"type\":\"bytes\",\"logicalType\":\"decimal\",\"precision\":10,\"scale\":2}}]},{\"type\":\"record\",\"name\":\"Shipped\",\"namespace\":\"com.acme.orders\",\"doc\":\"It left the warehouse.\",\"fields\":[{\"name\":\"orderId\",\"type\":\"string\"},{\"name\":\"carrier\",\"type\":\"string\"}]}]";

    public static final Schema SCHEMA = new Schema.Parser().parse(SCHEMA_JSON);

    public static final OrderEventCodec INSTANCE = new OrderEventCodec();

    /**
     * The fields of Placed, by position: which one a failed read was in.
     */
    private static final String[] ORDER_EVENT_PLACED_FIELDS = {"orderId", "items"};

    /**
     * The fields of Paid, by position: which one a failed read was in.
     */
    private static final String[] ORDER_EVENT_PAID_FIELDS = {"orderId", "amount"};

    /**
     * The fields of Shipped, by position: which one a failed read was in.
     */
    private static final String[] ORDER_EVENT_SHIPPED_FIELDS = {"orderId", "carrier"};

    private OrderEventCodec() {
    }

    @Override
    public Class<OrderEvent> type() {
        return OrderEvent.class;
    }

    @Override
    public String schemaText() {
        return SCHEMA_JSON;
    }

    @Override
    public Schema schema() {
        return SCHEMA;
    }

    /**
     * A union has no name of its own: the event's name.
     */
    @Override
    public String fullName() {
        return "com.acme.orders.OrderEvent";
    }

    @Override
    public void encode(OrderEvent value, Encoder out) throws IOException {
        OrderEvent event = Codecs.nonNull(value, "OrderEvent");
        if (event instanceof OrderEvent.Placed placed) {
            out.writeIndex(0);
            Codecs.enter(out, "OrderEvent");
            writeOrderEvent_Placed(placed, out);
            Codecs.exit(out);
        } else if (event instanceof OrderEvent.Paid paid) {
            out.writeIndex(1);
            Codecs.enter(out, "OrderEvent");
            writeOrderEvent_Paid(paid, out);
            Codecs.exit(out);
        } else if (event instanceof OrderEvent.Shipped shipped) {
            out.writeIndex(2);
            Codecs.enter(out, "OrderEvent");
            writeOrderEvent_Shipped(shipped, out);
            Codecs.exit(out);
        } else {
            throw Codecs.unknownSubtype(event, "OrderEvent");
        }
    }

    @Override
    public OrderEvent decode(Decoder in) throws IOException {
        OrderEvent event;
        int eventBranch = Codecs.unionIndex(in, 3, "OrderEvent");
        if (eventBranch == 0) {
            Codecs.enter(in, "OrderEvent");
            event = Codecs.exit(in, readOrderEvent_Placed(in));
        } else if (eventBranch == 1) {
            Codecs.enter(in, "OrderEvent");
            event = Codecs.exit(in, readOrderEvent_Paid(in));
        } else {
            Codecs.enter(in, "OrderEvent");
            event = Codecs.exit(in, readOrderEvent_Shipped(in));
        }
        return event;
    }

    static void writeOrderEvent_Placed(OrderEvent.Placed value, Encoder out) throws IOException {
        Codecs.writeString(out, value.orderId(), "Placed.orderId");
        out.writeInt(value.items());
    }

    static OrderEvent.Placed readOrderEvent_Placed(Decoder in) throws IOException {
        int field = 0;
        try {
            String orderId = in.readString();
            field = 1;
            int items = in.readInt();
            return new OrderEvent.Placed(orderId, items);
        } catch (IOException e) {
            Codecs.failedIn(in, ORDER_EVENT_PLACED_FIELDS[field]);
            throw e;
        }
    }

    static void writeOrderEvent_Paid(OrderEvent.Paid value, Encoder out) throws IOException {
        Codecs.writeString(out, value.orderId(), "Paid.orderId");
        Codecs.writeDecimal(out, value.amount(), 10, 2, "Paid.amount");
    }

    static OrderEvent.Paid readOrderEvent_Paid(Decoder in) throws IOException {
        int field = 0;
        try {
            String orderId = in.readString();
            field = 1;
            BigDecimal amount = Codecs.readDecimal(in, 2, "Paid.amount");
            return new OrderEvent.Paid(orderId, amount);
        } catch (IOException e) {
            Codecs.failedIn(in, ORDER_EVENT_PAID_FIELDS[field]);
            throw e;
        }
    }

    static void writeOrderEvent_Shipped(OrderEvent.Shipped value, Encoder out) throws IOException {
        Codecs.writeString(out, value.orderId(), "Shipped.orderId");
        Codecs.writeString(out, value.carrier(), "Shipped.carrier");
    }

    static OrderEvent.Shipped readOrderEvent_Shipped(Decoder in) throws IOException {
        int field = 0;
        try {
            String orderId = in.readString();
            field = 1;
            String carrier = in.readString();
            return new OrderEvent.Shipped(orderId, carrier);
        } catch (IOException e) {
            Codecs.failedIn(in, ORDER_EVENT_SHIPPED_FIELDS[field]);
            throw e;
        }
    }
}
