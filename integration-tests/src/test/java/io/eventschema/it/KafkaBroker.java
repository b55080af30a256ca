package io.eventschema.it;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real Kafka broker (KRaft, one combined broker+controller node) in this JVM, from Kafka's own
 * test kit, started once per test run on free loopback ports and closed by JUnit at the end of the
 * run, pass or fail; its log directories are deleted on close.
 */
public final class KafkaBroker implements ParameterResolver, AutoCloseable {
  private static final Namespace NS = Namespace.create(KafkaBroker.class);

  private final KafkaClusterTestKit cluster;
  private final long startMillis;

  /** For JUnit's {@code @ExtendWith}. */
  public KafkaBroker() {
    this.cluster = null;
    this.startMillis = 0;
  }

  private KafkaBroker(KafkaClusterTestKit cluster, long startMillis) {
    this.cluster = cluster;
    this.startMillis = startMillis;
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    Object started = e.getRoot().getStore(NS).getOrComputeIfAbsent("broker", k -> {
      try {
        return start();
      } catch (Exception ex) {
        // kept, so that later tests fail at once instead of starting a broker again
        return new IllegalStateException("could not start the Kafka broker: " + ex.getMessage(),
            ex);
      }
    });
    if (started instanceof IllegalStateException failed) {
      throw failed;
    }
    return started;
  }

  static KafkaBroker start() throws Exception {
    long t0 = System.nanoTime();
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
            .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        // one node: internal topics cannot have 3 replicas (consumers would hang)
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    try {
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("Kafka broker (KRaft, in-process) ready in %d ms at %s%n", ms,
        cluster.bootstrapServers());
    return new KafkaBroker(cluster, ms);
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  public long startMillis() {
    return startMillis;
  }

  @Override
  public void close() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }
}
