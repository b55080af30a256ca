package io.eventschema.generator;

import java.util.Objects;

/**
 * A subject of a schema registry and the version to generate from: a number, or the latest version
 * ({@link #version()} 0). Written {@code subject} or {@code subject@3}.
 */
public record SubjectRef(String subject, int version) {
  /** The version meaning "the latest". */
  public static final int LATEST = 0;

  public SubjectRef {
    Objects.requireNonNull(subject, "subject");
    if (subject.isEmpty()) {
      throw new IllegalArgumentException("empty subject");
    }
    if (version < 0) {
      throw new IllegalArgumentException("version " + version + " of subject '" + subject
          + "': versions start at 1");
    }
  }

  /** The latest version of {@code subject}. */
  public static SubjectRef latest(String subject) {
    return new SubjectRef(subject, LATEST);
  }

  /**
   * {@code subject} or {@code subject@<version>} ({@code @latest} is accepted too). A subject that
   * itself contains {@code @} is split at the last one only if a version follows it.
   */
  public static SubjectRef parse(String text) {
    int at = text.lastIndexOf('@');
    if (at > 0) {
      String v = text.substring(at + 1);
      if (v.equals("latest")) {
        return latest(text.substring(0, at));
      }
      if (!v.isEmpty() && v.chars().allMatch(Character::isDigit)) {
        try {
          return new SubjectRef(text.substring(0, at), Integer.parseInt(v));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("version '" + v + "' of subject '"
              + text.substring(0, at) + "' is too large", e);
        }
      }
    }
    return latest(text);
  }

  public boolean isLatest() {
    return version == LATEST;
  }

  @Override
  public String toString() {
    return isLatest() ? subject : subject + "@" + version;
  }
}
