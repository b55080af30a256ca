package io.eventschema.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventschema.serde.EventValidationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event with thousands of violations (a list of blank strings read from a hostile payload):
 * every violation is reported, sorted by path, while the exception's message lists a bounded
 * number of them.
 */
class ManyViolationsTest {
  record Tagged(@Positive long id, List<@NotBlank String> tags) {}

  private static Tagged withBlankTags(int n) {
    return new Tagged(0, Collections.nCopies(n, " "));
  }

  @Test
  void everyViolationIsReportedSortedByPath() {
    List<Violation> found = BeanValidation.<Tagged>shared().validate(withBlankTags(5_000));
    assertThat(found).hasSize(5_001);
    List<String> paths = new ArrayList<>(found.stream().map(Violation::propertyPath).toList());
    assertThat(paths).isSorted().doesNotHaveDuplicates().contains("id", "tags[0].<list element>",
        "tags[4999].<list element>");
    assertThat(found).allSatisfy(v -> assertThat(v.message()).isNotBlank());
  }

  @Test
  void theMessageListsTheFirstViolationsAndCountsTheRest() {
    List<Violation> found = BeanValidation.<Tagged>shared().validate(withBlankTags(5_000));
    EventValidationException e = new EventValidationException("Tagged", found, false, "t", false,
        "t-value", 7);
    assertThat(e.violations()).isEqualTo(found);
    String m = e.getMessage();
    assertThat(m).contains("5001 violations", "\n  - " + found.get(0),
        "\n  - " + found.get(EventValidationException.LISTED - 1),
        "\n  - and " + (5_001 - EventValidationException.LISTED) + " more");
    assertThat(m).doesNotContain(found.get(EventValidationException.LISTED).toString());
    assertThat(m.lines().filter(l -> l.startsWith("  - ")).count())
        .isEqualTo(EventValidationException.LISTED + 1);
  }

  @Test
  void aFewViolationsAreAllListed() {
    List<Violation> found = BeanValidation.<Tagged>shared().validate(withBlankTags(2));
    String m = new EventValidationException("Tagged", found, true, "t", false, "t-value", 7)
        .getMessage();
    assertThat(m).contains("3 violations").doesNotContain("more");
    for (Violation v : found) {
      assertThat(m).contains("\n  - " + v);
    }
  }
}
