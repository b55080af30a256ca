package io.eventschema.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectsTest {
  static final LocalSchema ORDER = new LocalSchema("shop.OrderPlaced", "AVRO", "{}", Path.of("a"));
  static final LocalSchema ORDER_JSON =
      new LocalSchema("shop.OrderPlaced", "JSON", "{}", Path.of("b"));
  static final LocalSchema PAID = new LocalSchema("shop.Paid", "AVRO", "{}", Path.of("c"));

  @Test
  void topicNameStrategyByDefaultWithTopicsByFullOrSimpleName() {
    Map<LocalSchema, String> s = new Subjects(null,
        Map.of("shop.OrderPlaced", "orders", "Paid", "payments"), null, false)
        .resolve(List.of(ORDER, PAID));
    assertThat(s).containsEntry(ORDER, "orders-value").containsEntry(PAID, "payments-value");
  }

  @Test
  void keySubjectsAndExplicitSubjectsWin() {
    Map<LocalSchema, String> s = new Subjects(Map.of("OrderPlaced", "legacy-orders"),
        Map.of("Paid", "payments"), "TopicNameStrategy", true).resolve(List.of(ORDER, PAID));
    assertThat(s).containsEntry(ORDER, "legacy-orders").containsEntry(PAID, "payments-key");
  }

  @Test
  void recordNameAndTopicRecordNameStrategiesAcceptConfluentsClassNames() {
    assertThat(new Subjects(null, null,
        "io.confluent.kafka.serializers.subject.RecordNameStrategy", false)
        .resolve(List.of(ORDER))).containsEntry(ORDER, "shop.OrderPlaced");
    assertThat(new Subjects(null, Map.of("Paid", "pay"), "TopicRecordNameStrategy", false)
        .resolve(List.of(PAID))).containsEntry(PAID, "pay-shop.Paid");
  }

  @Test
  void eventsWithoutTopicAreNamedInTheError() {
    assertThatThrownBy(() -> new Subjects(null, Map.of("Paid", "payments"), null, false)
        .resolve(List.of(ORDER, PAID)))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("no topic for shop.OrderPlaced")
        .hasMessageContaining("<topics>");
  }

  @Test
  void twoFormatsOfOneEventCannotShareASubject() {
    assertThatThrownBy(() -> new Subjects(null, Map.of("OrderPlaced", "orders"), null, false)
        .resolve(List.of(ORDER, ORDER_JSON)))
        .isInstanceOf(PluginException.class)
        .hasMessageContaining("orders-value (shop.OrderPlaced (AVRO) and shop.OrderPlaced (JSON))");
  }

  @Test
  void unknownStrategyIsRefused() {
    assertThatThrownBy(() -> new Subjects(null, null, "ByColour", false))
        .isInstanceOf(PluginException.class).hasMessageContaining("ByColour");
  }
}
