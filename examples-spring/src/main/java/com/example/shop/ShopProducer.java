package com.example.shop;

import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Service;

/**
 * Writes every event, Avro, JSON Schema or Protobuf, with Boot's auto-configured template: no
 * template per event type or format.
 */
@Service
public class ShopProducer {
  public static final String ORDERS = "shop.orders";
  public static final String PAYMENTS = "shop.payments";
  public static final String SHIPMENTS = "shop.shipments";
  public static final String STOCK = "shop.stock";

  private final KafkaTemplate<String, Object> template;

  public ShopProducer(KafkaTemplate<String, Object> template) {
    this.template = template;
  }

  public CompletableFuture<SendResult<String, Object>> placed(OrderPlaced order) {
    return template.send(ORDERS, order.orderId(), order);
  }

  public CompletableFuture<SendResult<String, Object>> paid(PaymentReceived payment) {
    return template.send(PAYMENTS, payment.orderId(), payment);
  }

  public CompletableFuture<SendResult<String, Object>> shipping(ShipmentRequested shipment) {
    return template.send(SHIPMENTS, shipment.orderId(), shipment);
  }

  public CompletableFuture<SendResult<String, Object>> reserved(StockReserved stock) {
    return template.send(STOCK, stock.orderId(), stock);
  }
}
