package com.example.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example's whole path through a real (in-process KRaft) broker, Avro and JSON topics. */
class ExampleBrokerTest {

  @Test
  void producesRejectsAndConsumesThroughABroker() throws Exception {
    List<String> log = new ArrayList<>();
    ExampleMain.Received both;
    try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
      both = ExampleMain.run(kafka.bootstrapServers(), log::add);
    }
    List<UserInteractionEvent> received = both.avro();
    assertThat(received).hasSize(3);
    assertThat(received).extracting(UserInteractionEvent::interactionType)
        .containsExactly("click", "view", "purchase");
    assertThat(received.get(1).sessionId()).isEmpty();
    assertThat(received.get(2).details()).containsEntry("currency", "EUR");
    assertThat(String.join("\n", log))
        .contains("Invalid event rejected, nothing sent")
        .contains("userId (user_id): must be greater than 0")
        .doesNotContain("BUG")
        .contains("registered subject 'user-interactions-json-value' (schemaType JSON)");
    // the JSON topic carries the same events, read back equal to what the Avro topic gave
    assertThat(both.json()).isEqualTo(received);
  }
}
