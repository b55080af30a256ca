package io.eventschema.registry.http;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The credentials the client sends, in every form a registry (or a proxy in front of it) could echo
 * them back in a body: as configured, URL-encoded, URL-decoded and base64 (the Basic header's
 * form). {@link #redact} cuts each from text the client quotes in a message, so an answer that
 * repeats the request's {@code Authorization} header never puts a credential into an exception or
 * a log line. Immutable.
 */
final class Secrets {
  static final String HIDDEN = "[hidden]";
  static final Secrets NONE = new Secrets(List.of());

  /** Longest first, so that a secret containing another is cut whole. */
  private final List<String> forms;

  private Secrets(Collection<String> forms) {
    List<String> sorted = new ArrayList<>(forms);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.forms = List.copyOf(sorted);
  }

  /**
   * The secrets among {@code credentials}: each {@code user:password} pair, password and token as
   * given. A {@code user:password} pair also hides its password on its own; the user name alone
   * is not a secret.
   */
  static Secrets of(Collection<String> credentials) {
    Set<String> forms = new LinkedHashSet<>();
    for (String c : credentials) {
      if (c == null || c.isEmpty()) {
        continue;
      }
      addForms(forms, c);
      String decoded = decode(c);
      if (!decoded.equals(c)) {
        addForms(forms, decoded);
      }
      for (String pair : List.of(c, decoded)) {
        int colon = pair.indexOf(':');
        if (colon >= 0 && colon < pair.length() - 1) {
          addForms(forms, pair.substring(colon + 1));
        }
      }
    }
    forms.remove("");
    return forms.isEmpty() ? NONE : new Secrets(forms);
  }

  private static void addForms(Set<String> forms, String secret) {
    forms.add(secret);
    String form = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    forms.add(form);
    forms.add(form.replace("+", "%20"));
    String b64 = Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
    forms.add(b64);
    String unpadded = b64.replaceAll("=+$", "");
    forms.add(unpadded);
    forms.add(Base64.getUrlEncoder().withoutPadding()
        .encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
    // a JSON body escapes '/' and '"' in strings
    forms.add(b64.replace("/", "\\/"));
    forms.add(secret.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /** {@code text} with every form of every secret replaced by {@value #HIDDEN}. */
  String redact(String text) {
    if (text == null || forms.isEmpty()) {
      return text;
    }
    String out = text;
    for (String f : forms) {
      if (out.contains(f)) {
        out = out.replace(f, HIDDEN);
      }
    }
    return out;
  }
}
