package io.eventschema.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The per-message item and nesting budget, as AvroInput and AvroOutput count it. */
class ReadBudgetTest {
  @Test
  void zeroWidthItemsAreBoundedByTheBudgetAcrossBlocks() throws IOException {
    AvroInput in = new AvroInput().reset(new byte[] {20, 20, 20, 0}, 0, 4);
    in.budget().limits(new Limits(25, 10));
    assertThat(in.readBlockCount(0, "ticks")).isEqualTo(10);
    assertThat(in.readBlockCount(0, "ticks")).isEqualTo(10);
    assertThatThrownBy(() -> in.readBlockCount(0, "ticks"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("10 more at field 'ticks', after 20")
        .hasMessageContaining(Limits.MAX_ITEMS_CONFIG);
    // a new message starts a new count, with the same limits
    in.reset(new byte[] {40, 0}, 0, 2);
    assertThat(in.readBlockCount(0, "ticks")).isEqualTo(20);
    assertThat(in.budget().limits()).isEqualTo(new Limits(25, 10));
  }

  @Test
  void itemsThatTakeBytesMustFitTheBytesLeft() throws IOException {
    // a block of 3 items of at least 2 bytes in 5 bytes left: no; of 1 byte: yes
    byte[] bytes = {6, 0, 0, 0, 0, 0};
    assertThatThrownBy(() -> new AvroInput().reset(bytes, 0, bytes.length)
        .readBlockCount(2, "pairs"))
        .isInstanceOf(EOFException.class)
        .hasMessageContaining("3 items of at least 2 byte(s)")
        .hasMessageContaining("field 'pairs'");
    assertThat(new AvroInput().reset(bytes, 0, bytes.length).readBlockCount(1, "xs"))
        .isEqualTo(3);
  }

  @Test
  void nestingPastTheLimitNamesTheFieldAndTheKey() throws IOException {
    ReadBudget budget = new ReadBudget(new Limits(100, 2));
    budget.enter("next");
    budget.enter("next");
    assertThatThrownBy(() -> budget.enter("Link.next"))
        .isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("deeper than 2 levels at field 'Link.next'")
        .hasMessageContaining(Limits.MAX_DEPTH_CONFIG);
    budget.exit();
    budget.enter("next");
    assertThat(budget.depth()).isEqualTo(2);
    assertThat(budget.restart().depth()).isZero();
  }

  @Test
  void writersCountNestingInTheOutputsBudget() throws IOException {
    AvroOutput out = new AvroOutput();
    out.budget().limits(new Limits(100, 1));
    Codecs.enter(out, "child");
    assertThatThrownBy(() -> Codecs.enter(out, "child.child"))
        .isInstanceOf(LimitExceededException.class);
    out.reset();
    Codecs.enter(out, "child");
    Codecs.exit(out);
    assertThat(out.budget().depth()).isZero();
  }

  @Test
  void limitsRefuseNonsense() {
    assertThatThrownBy(() -> new Limits(-1, 10)).hasMessageContaining(Limits.MAX_ITEMS_CONFIG);
    assertThatThrownBy(() -> new Limits(10, 0)).hasMessageContaining(Limits.MAX_DEPTH_CONFIG);
  }
}
