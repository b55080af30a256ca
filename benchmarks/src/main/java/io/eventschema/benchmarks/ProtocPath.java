package io.eventschema.benchmarks;

import com.example.events.UserInteractionEventOuterClass;
import com.example.orders.OrderPlacedOuterClass;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import com.google.protobuf.Timestamp;
import io.eventschema.benchmarks.events.OrderPlaced;
import io.eventschema.benchmarks.events.ProtobufUserInteractionEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The path a user takes without eventschema: protoc-generated Java classes (from the same
 * {@code .proto} the processor writes, see src/main/proto) and hand-written conversion between
 * them and the record: record → builder → message → bytes, and bytes → {@code parseFrom} →
 * record. Framed as Confluent's KafkaProtobufSerializer frames it (magic byte, 4-byte id, the
 * message index {@code 0x00}, the message), but tighter than Confluent's
 * {@code ByteArrayOutputStream}: one array of exactly the framed size, the message written into it
 * with {@code writeTo(CodedOutputStream)}. So this is a lower bound on that serializer's cost.
 */
abstract class ProtocPath<T> {
  static final int HEADER = 6;

  private final int schemaId;

  ProtocPath(int schemaId) {
    this.schemaId = schemaId;
  }

  /** The record as a protoc message (record → builder → build()). */
  abstract MessageLite toMessage(T value);

  /** The protoc message parsed from {@code in}, converted to the record. */
  abstract T fromMessage(CodedInputStream in) throws IOException;

  final byte[] write(T value) throws IOException {
    MessageLite m = toMessage(value);
    int size = m.getSerializedSize();
    byte[] out = new byte[HEADER + size];
    out[1] = (byte) (schemaId >>> 24);
    out[2] = (byte) (schemaId >>> 16);
    out[3] = (byte) (schemaId >>> 8);
    out[4] = (byte) schemaId;
    CodedOutputStream cos = CodedOutputStream.newInstance(out, HEADER, size);
    m.writeTo(cos);
    cos.checkNoSpaceLeft();
    return out;
  }

  final T read(byte[] bytes) throws IOException {
    Framing.check(bytes, schemaId);
    if (bytes.length <= Framing.HEADER || bytes[Framing.HEADER] != 0) {
      throw new IOException("not the first message of the .proto");
    }
    return fromMessage(CodedInputStream.newInstance(bytes, HEADER, bytes.length - HEADER));
  }

  static Timestamp timestamp(Instant i) {
    return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
  }

  static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  /** UserInteractionEvent through {@code UserInteractionEventOuterClass.UserInteractionEvent}. */
  static final class UserInteraction extends ProtocPath<ProtobufUserInteractionEvent> {
    UserInteraction(int schemaId) {
      super(schemaId);
    }

    @Override
    UserInteractionEventOuterClass.UserInteractionEvent toMessage(ProtobufUserInteractionEvent e) {
      UserInteractionEventOuterClass.UserInteractionEvent.Builder b =
          UserInteractionEventOuterClass.UserInteractionEvent.newBuilder()
              .setUserId(e.userId())
              .setInteractionType(e.interactionType())
              .setTimestamp(timestamp(e.timestamp()))
              .putAllDetails(e.details());
      if (e.targetItemId() != null) {
        b.setTargetItemId(e.targetItemId());
      }
      e.sessionId().ifPresent(b::setSessionId);
      return b.build();
    }

    @Override
    ProtobufUserInteractionEvent fromMessage(CodedInputStream in) throws IOException {
      UserInteractionEventOuterClass.UserInteractionEvent m =
          UserInteractionEventOuterClass.UserInteractionEvent.parseFrom(in);
      return new ProtobufUserInteractionEvent(
          m.getUserId(),
          m.getInteractionType(),
          m.hasTargetItemId() ? m.getTargetItemId() : null,
          instant(m.getTimestamp()),
          m.hasSessionId() ? Optional.of(m.getSessionId()) : Optional.empty(),
          m.getDetailsMap());
    }
  }

  /** OrderPlaced through {@code OrderPlacedOuterClass.OrderPlaced} and its nested messages. */
  static final class Order extends ProtocPath<OrderPlaced> {
    Order(int schemaId) {
      super(schemaId);
    }

    @Override
    OrderPlacedOuterClass.OrderPlaced toMessage(OrderPlaced o) {
      OrderPlacedOuterClass.OrderPlaced.Builder b = OrderPlacedOuterClass.OrderPlaced.newBuilder()
          .setOrderId(o.orderId())
          .setCustomerId(o.customerId())
          .setPlacedAt(timestamp(o.placedAt()))
          .setStatus(status(o.status()))
          .setShippingAddress(address(o.shippingAddress()))
          .putAllAttributes(o.attributes())
          .setLoyaltyPoints(o.loyaltyPoints())
          .setTotal(o.total().toPlainString());
      o.billingAddress().ifPresent(a -> b.setBillingAddress(address(a)));
      for (OrderPlaced.LineItem item : o.items()) {
        OrderPlacedOuterClass.LineItem.Builder l = OrderPlacedOuterClass.LineItem.newBuilder()
            .setSku(item.sku())
            .setQuantity(item.quantity())
            .setUnitPriceCents(item.unitPriceCents());
        item.note().ifPresent(l::setNote);
        b.addItems(l);
      }
      if (o.contactEmail() != null) {
        b.setContactEmail(o.contactEmail());
      }
      return b.build();
    }

    @Override
    OrderPlaced fromMessage(CodedInputStream in) throws IOException {
      OrderPlacedOuterClass.OrderPlaced m = OrderPlacedOuterClass.OrderPlaced.parseFrom(in);
      List<OrderPlaced.LineItem> items = new ArrayList<>(m.getItemsCount());
      for (OrderPlacedOuterClass.LineItem l : m.getItemsList()) {
        items.add(new OrderPlaced.LineItem(l.getSku(), l.getQuantity(), l.getUnitPriceCents(),
            l.hasNote() ? Optional.of(l.getNote()) : Optional.empty()));
      }
      return new OrderPlaced(
          m.getOrderId(),
          m.getCustomerId(),
          instant(m.getPlacedAt()),
          status(m.getStatus()),
          address(m.getShippingAddress()),
          m.hasBillingAddress() ? Optional.of(address(m.getBillingAddress())) : Optional.empty(),
          items,
          m.getAttributesMap(),
          m.hasContactEmail() ? m.getContactEmail() : null,
          m.getLoyaltyPoints(),
          new BigDecimal(m.getTotal()));
    }

    static OrderPlacedOuterClass.Address address(OrderPlaced.Address a) {
      OrderPlacedOuterClass.Address.Builder b = OrderPlacedOuterClass.Address.newBuilder()
          .setStreet(a.street())
          .setCity(a.city())
          .setCountry(a.country());
      if (a.postalCode() != null) {
        b.setPostalCode(a.postalCode());
      }
      return b.build();
    }

    static OrderPlaced.Address address(OrderPlacedOuterClass.Address a) {
      return new OrderPlaced.Address(a.getStreet(), a.getCity(), a.getCountry(),
          a.hasPostalCode() ? a.getPostalCode() : null);
    }

    static OrderPlacedOuterClass.OrderStatus status(OrderPlaced.OrderStatus s) {
      return switch (s) {
        case PLACED -> OrderPlacedOuterClass.OrderStatus.ORDER_STATUS_PLACED;
        case PAID -> OrderPlacedOuterClass.OrderStatus.ORDER_STATUS_PAID;
        case SHIPPED -> OrderPlacedOuterClass.OrderStatus.ORDER_STATUS_SHIPPED;
        case CANCELLED -> OrderPlacedOuterClass.OrderStatus.ORDER_STATUS_CANCELLED;
      };
    }

    static OrderPlaced.OrderStatus status(OrderPlacedOuterClass.OrderStatus s) throws IOException {
      return switch (s) {
        case ORDER_STATUS_PLACED -> OrderPlaced.OrderStatus.PLACED;
        case ORDER_STATUS_PAID -> OrderPlaced.OrderStatus.PAID;
        case ORDER_STATUS_SHIPPED -> OrderPlaced.OrderStatus.SHIPPED;
        case ORDER_STATUS_CANCELLED -> OrderPlaced.OrderStatus.CANCELLED;
        default -> throw new IOException("unknown order status " + s);
      };
    }
  }
}
