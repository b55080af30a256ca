package com.example.shop;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One listener per topic, each receiving its event type: EventsDeserializer returns the record
 * the writer schema names, whatever its format (Avro, JSON Schema, Protobuf). What they received
 * is kept for the example's tests.
 */
@Component
public class ShopListeners {
  private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();

  @KafkaListener(topics = ShopProducer.ORDERS)
  void onOrder(OrderPlaced order) {
    received.add(order);
  }

  @KafkaListener(topics = ShopProducer.PAYMENTS)
  void onPayment(PaymentReceived payment) {
    received.add(payment);
  }

  @KafkaListener(topics = ShopProducer.SHIPMENTS)
  void onShipment(ShipmentRequested shipment) {
    received.add(shipment);
  }

  @KafkaListener(topics = ShopProducer.STOCK)
  void onStock(StockReserved stock) {
    received.add(stock);
  }

  /** Every event received so far, in arrival order, taken by the caller. */
  public BlockingQueue<Object> received() {
    return received;
  }
}
