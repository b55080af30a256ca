package io.eventschema.processor.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Javadoc comment that become Avro docs: the description (the text before the
 * first block tag) and the {@code @param} tags. Whitespace is collapsed to single spaces and inline
 * tags ({@code {@code x}}, {@code {@link X label}}) are replaced by their text.
 */
record Javadoc(String description, Map<String, String> params) {
  private static final Pattern INLINE = Pattern.compile("\\{@(\\w+)\\s*([^}]*)}");
  private static final Javadoc NONE = new Javadoc("", Map.of());

  static Javadoc parse(String comment) {
    if (comment == null || comment.isBlank()) {
      return NONE;
    }
    StringBuilder description = new StringBuilder();
    Map<String, StringBuilder> params = new LinkedHashMap<>();
    StringBuilder current = description;
    boolean inTags = false;
    for (String raw : comment.split("\n", -1)) {
      String line = raw.strip();
      if (line.startsWith("@")) {
        inTags = true;
        current = null;
        if (line.startsWith("@param")) {
          String rest = line.substring("@param".length()).strip();
          int space = rest.indexOf(' ');
          String name = space < 0 ? rest : rest.substring(0, space);
          current = new StringBuilder(space < 0 ? "" : rest.substring(space + 1));
          params.put(name, current);
        }
        continue;
      }
      if (current != null && (!inTags || current != description)) {
        current.append(' ').append(line);
      }
    }
    Map<String, String> cleaned = new LinkedHashMap<>();
    params.forEach((k, v) -> cleaned.put(k, clean(v.toString())));
    return new Javadoc(clean(description.toString()), cleaned);
  }

  private static String clean(String text) {
    Matcher m = INLINE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String tag = m.group(1);
      String body = m.group(2).strip();
      if (tag.equals("link") || tag.equals("linkplain")) {
        int space = body.indexOf(' ');
        body = space < 0 ? body.substring(body.lastIndexOf('.') + 1).replace('#', '.')
            : body.substring(space + 1).strip();
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(body));
    }
    m.appendTail(sb);
    // HTML markup has no meaning in an Avro doc: drop the tags, keep the text
    return sb.toString().replaceAll("</?[a-zA-Z][^>]*>", " ").replaceAll("\\s+", " ").strip();
  }
}
