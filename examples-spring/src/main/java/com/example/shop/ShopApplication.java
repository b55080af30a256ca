package com.example.shop;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * The shop: {@link ShopProducer} writes {@link OrderPlaced} and {@link PaymentReceived} through
 * Boot's one auto-configured {@code KafkaTemplate} ({@code EventsSerializer} in
 * application.properties), {@link ShopListeners} reads both topics ({@code EventsDeserializer}
 * behind Spring's {@code ErrorHandlingDeserializer}). The serdes need no Java; the only bean is the
 * error handler, which Boot hands to its listener container factory.
 */
@SpringBootApplication
public class ShopApplication {

  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }

  /**
   * A record that cannot be read (garbage bytes, an invalid event, an unknown schema id) goes to
   * {@code <topic>-dlt} at once, with the original bytes and the exception in its headers, and the
   * listener goes on with the next record. Deserialization failures are not retried (they would
   * fail the same way). The dead letters are the original bytes, so they are written with a
   * byte-array serializer, not the events' one.
   */
  @Bean
  DefaultErrorHandler errorHandler(KafkaProperties kafka) {
    Map<String, Object> props = kafka.buildProducerProperties(null);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    KafkaTemplate<Object, Object> deadLetters =
        new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(props));
    return new DefaultErrorHandler(new DeadLetterPublishingRecoverer(deadLetters));
  }
}
