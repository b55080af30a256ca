package io.eventschema.benchmarks;

import io.eventschema.benchmarks.events.OrderPlaced;
import io.eventschema.benchmarks.events.OrderPlaced.Address;
import io.eventschema.benchmarks.events.OrderPlaced.LineItem;
import io.eventschema.benchmarks.events.OrderPlaced.OrderStatus;
import io.eventschema.benchmarks.events.UserInteractionEvent;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;

/**
 * What a careful engineer writes by hand on Avro's own {@code DirectBinaryEncoder} and
 * {@code BinaryDecoder}: field by field, no schema walk, no intermediate objects, encoder and
 * decoder reused. The practical limit the generated code is held to.
 */
final class HandWritten {
  private static final OrderStatus[] STATUSES = OrderStatus.values();
  private static final int TOTAL_SCALE = 2;

  private final ByteSink sink = new ByteSink();
  private BinaryEncoder encoder;
  private BinaryDecoder decoder;
  private final int schemaId;

  HandWritten(int schemaId) {
    this.schemaId = schemaId;
  }

  // ------------------------------------------------------------------ UserInteractionEvent

  byte[] write(UserInteractionEvent e) throws IOException {
    BinaryEncoder out = encoder = EncoderFactory.get().directBinaryEncoder(
        sink.reset().header(schemaId), encoder);
    out.writeLong(e.userId());
    out.writeString(e.interactionType());
    writeNullableString(out, e.targetItemId());
    out.writeLong(micros(e.timestamp()));
    writeNullableString(out, e.sessionId().orElse(null));
    Map<String, String> details = e.details();
    if (details == null) {
      out.writeIndex(0);
    } else {
      out.writeIndex(1);
      writeStringMap(out, details);
    }
    return sink.toByteArray();
  }

  UserInteractionEvent readUserInteraction(byte[] bytes) throws IOException {
    Framing.check(bytes, schemaId);
    BinaryDecoder in = decoder = DecoderFactory.get().binaryDecoder(
        bytes, Framing.HEADER, bytes.length - Framing.HEADER, decoder);
    long userId = in.readLong();
    String interactionType = in.readString();
    String targetItemId = readNullableString(in);
    Instant timestamp = instant(in.readLong());
    Optional<String> sessionId = Optional.ofNullable(readNullableString(in));
    Map<String, String> details = in.readIndex() == 0 ? null : readStringMap(in);
    return new UserInteractionEvent(userId, interactionType, targetItemId, timestamp, sessionId,
        details);
  }

  // ------------------------------------------------------------------ OrderPlaced

  byte[] write(OrderPlaced o) throws IOException {
    BinaryEncoder out = encoder = EncoderFactory.get().directBinaryEncoder(
        sink.reset().header(schemaId), encoder);
    out.writeString(o.orderId());
    out.writeLong(o.customerId());
    out.writeLong(micros(o.placedAt()));
    out.writeEnum(o.status().ordinal());
    writeAddress(out, o.shippingAddress());
    Optional<Address> billing = o.billingAddress();
    if (billing.isEmpty()) {
      out.writeIndex(0);
    } else {
      out.writeIndex(1);
      writeAddress(out, billing.get());
    }
    List<LineItem> items = o.items();
    out.writeArrayStart();
    out.setItemCount(items.size());
    for (LineItem item : items) {
      out.startItem();
      out.writeString(item.sku());
      out.writeInt(item.quantity());
      out.writeLong(item.unitPriceCents());
      writeNullableString(out, item.note().orElse(null));
    }
    out.writeArrayEnd();
    writeStringMap(out, o.attributes());
    writeNullableString(out, o.contactEmail());
    out.writeInt(o.loyaltyPoints());
    out.writeBytes(o.total().setScale(TOTAL_SCALE, RoundingMode.UNNECESSARY).unscaledValue()
        .toByteArray());
    return sink.toByteArray();
  }

  OrderPlaced readOrder(byte[] bytes) throws IOException {
    Framing.check(bytes, schemaId);
    BinaryDecoder in = decoder = DecoderFactory.get().binaryDecoder(
        bytes, Framing.HEADER, bytes.length - Framing.HEADER, decoder);
    String orderId = in.readString();
    long customerId = in.readLong();
    Instant placedAt = instant(in.readLong());
    OrderStatus status = STATUSES[in.readEnum()];
    Address shipping = readAddress(in);
    Optional<Address> billing = in.readIndex() == 0 ? Optional.empty() : Optional.of(readAddress(in));
    List<LineItem> items = new ArrayList<>();
    for (long n = in.readArrayStart(); n != 0; n = in.arrayNext()) {
      for (long i = 0; i < n; i++) {
        String sku = in.readString();
        int quantity = in.readInt();
        long price = in.readLong();
        Optional<String> note = Optional.ofNullable(readNullableString(in));
        items.add(new LineItem(sku, quantity, price, note));
      }
    }
    Map<String, String> attributes = readStringMap(in);
    String email = readNullableString(in);
    int points = in.readInt();
    BigDecimal total = new BigDecimal(new BigInteger(in.readBytes(null).array()), TOTAL_SCALE);
    return new OrderPlaced(orderId, customerId, placedAt, status, shipping, billing, items,
        attributes, email, points, total);
  }

  private static void writeAddress(BinaryEncoder out, Address a) throws IOException {
    out.writeString(a.street());
    out.writeString(a.city());
    out.writeString(a.country());
    writeNullableString(out, a.postalCode());
  }

  private static Address readAddress(BinaryDecoder in) throws IOException {
    return new Address(in.readString(), in.readString(), in.readString(), readNullableString(in));
  }

  // ------------------------------------------------------------------ shared

  private static void writeNullableString(BinaryEncoder out, String s) throws IOException {
    if (s == null) {
      out.writeIndex(0);
    } else {
      out.writeIndex(1);
      out.writeString(s);
    }
  }

  private static String readNullableString(BinaryDecoder in) throws IOException {
    return in.readIndex() == 0 ? null : in.readString();
  }

  private static void writeStringMap(BinaryEncoder out, Map<String, String> map)
      throws IOException {
    out.writeMapStart();
    out.setItemCount(map.size());
    for (Map.Entry<String, String> e : map.entrySet()) {
      out.startItem();
      out.writeString(e.getKey());
      out.writeString(e.getValue());
    }
    out.writeMapEnd();
  }

  private static Map<String, String> readStringMap(BinaryDecoder in) throws IOException {
    Map<String, String> map = new LinkedHashMap<>();
    for (long n = in.readMapStart(); n != 0; n = in.mapNext()) {
      for (long i = 0; i < n; i++) {
        map.put(in.readString(), in.readString());
      }
    }
    return map;
  }

  static long micros(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000L);
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
        Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
