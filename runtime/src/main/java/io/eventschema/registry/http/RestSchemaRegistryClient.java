package io.eventschema.registry.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventschema.registry.CompatibilityResult;
import io.eventschema.registry.RegisteredSchema;
import io.eventschema.registry.RegistryClientConfig;
import io.eventschema.registry.SchemaReference;
import io.eventschema.registry.SchemaRegistryClient;
import io.eventschema.registry.SchemaRegistryException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SchemaRegistryClient} that speaks Confluent's REST API over {@code java.net.http}:
 * Confluent Schema Registry, Apicurio Registry's {@code /apis/ccompat/v7}, Karapace, Redpanda.
 *
 * <p>Each call tries the configured URLs in turn, starting with the last one that answered; a
 * round in which none answers, or all answer 5xx, is retried up to {@code max.retries} times
 * after a randomised exponential wait. A 4xx answer is final at once. Every failure is a
 * {@link SchemaRegistryException} with the HTTP status (0 when no answer came), the registry's
 * {@code error_code} and message, and the URL asked, never with credentials.
 *
 * <p>No caching here: wrap it in {@link io.eventschema.registry.CachedSchemaRegistryClient}, as
 * {@link io.eventschema.registry.RegistryClientConfig#createClient} does. Thread-safe.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {
  /** Confluent's media type, sent as Content-Type and preferred in Accept. */
  public static final String MEDIA_TYPE = "application/vnd.schemaregistry.v1+json";
  static final String ACCEPT = MEDIA_TYPE
      + ", application/vnd.schemaregistry+json; q=0.9, application/json; q=0.5";

  private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
  private static final AtomicInteger CLIENTS = new AtomicInteger();

  private final HttpClientSettings settings;
  private final ExecutorService executor;
  private final HttpClient http;
  private final Backoff backoff;
  private final AtomicInteger preferred = new AtomicInteger();
  private volatile boolean closed;

  public RestSchemaRegistryClient(HttpClientSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    int n = CLIENTS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    this.executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "eventschema-registry-" + n + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofMillis(settings.connectTimeoutMs()))
        .executor(executor);
    if (settings.sslContext() != null) {
      b.sslContext(settings.sslContext());
    }
    this.http = b.build();
    this.backoff = new Backoff(settings.retriesWaitMs(), settings.retriesMaxWaitMs());
  }

  // ---------------------------------------------------------------- endpoints

  @Override
  public int register(String subject, String schemaType, String schema,
      List<SchemaReference> references, boolean normalize) {
    ObjectNode body = schemaBody(schemaType, schema, references);
    Json.Body answer = call("POST", "/subjects/" + seg(subject) + "/versions"
        + (normalize ? "?normalize=true" : ""), body);
    return answer.requiredInt("id");
  }

  @Override
  public RegisteredSchema lookUp(String subject, String schemaType, String schema,
      List<SchemaReference> references, boolean normalize) {
    ObjectNode body = schemaBody(schemaType, schema, references);
    Json.Body answer = call("POST", "/subjects/" + seg(subject)
        + (normalize ? "?normalize=true" : ""), body);
    RegisteredSchema found = versioned(answer, subject);
    if (answer.optionalText("schemaType") == null && schemaType != null) {
      // the registry matched the schema by type and text, so it is of the type asked for; Apicurio
      // 3's ccompat API leaves schemaType out of this answer even for JSON
      found = new RegisteredSchema(found.subject(), found.version(), found.id(), schemaType,
          found.schema(), found.references());
    }
    return found;
  }

  @Override
  public RegisteredSchema schemaById(int id) {
    Json.Body answer = call("GET", "/schemas/ids/" + id, null);
    return new RegisteredSchema(null, 0, id, answer.optionalText("schemaType"),
        answer.requiredText("schema"), answer.references());
  }

  @Override
  public RegisteredSchema latestVersion(String subject) {
    return versioned(call("GET", "/subjects/" + seg(subject) + "/versions/latest", null),
        subject);
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    return versioned(call("GET", "/subjects/" + seg(subject) + "/versions/" + version, null),
        subject);
  }

  @Override
  public List<String> subjects() {
    Json.Body answer = call("GET", "/subjects", null);
    return answer.stringList(answer.root, "the subject list");
  }

  @Override
  public List<Integer> versions(String subject) {
    Json.Body answer = call("GET", "/subjects/" + seg(subject) + "/versions", null);
    return answer.intList(answer.root, "the version list");
  }

  @Override
  public CompatibilityResult testCompatibility(String subject, String version, String schemaType,
      String schema, List<SchemaReference> references) {
    ObjectNode body = schemaBody(schemaType, schema, references);
    Json.Body answer = call("POST", "/compatibility/subjects/" + seg(subject) + "/versions/"
        + seg(version) + "?verbose=true", body);
    boolean compatible = answer.requiredBoolean("is_compatible");
    JsonNode messages = answer.requireObject().get("messages");
    List<String> reasons = new ArrayList<>();
    if (messages != null && messages.isArray()) {
      for (JsonNode m : messages) {
        reasons.add(m.isTextual() ? m.textValue() : m.toString());
      }
    }
    return new CompatibilityResult(compatible, reasons);
  }

  @Override
  public String compatibility(String subject) {
    String path = subject == null ? "/config" : "/config/" + seg(subject) + "?defaultToGlobal=true";
    Json.Body answer = call("GET", path, null);
    String level = answer.optionalText("compatibilityLevel");
    if (level == null) {
      level = answer.optionalText("compatibility");
    }
    if (level == null) {
      throw answer.malformed("has neither 'compatibilityLevel' nor 'compatibility'");
    }
    return level;
  }

  @Override
  public void setCompatibility(String subject, String level) {
    ObjectNode body = Json.object().put("compatibility", level);
    call("PUT", subject == null ? "/config" : "/config/" + seg(subject), body);
  }

  @Override
  public List<Integer> deleteSubject(String subject, boolean permanent) {
    Json.Body answer = call("DELETE", "/subjects/" + seg(subject)
        + (permanent ? "?permanent=true" : ""), null);
    return answer.intList(answer.root, "the deleted version list");
  }

  @Override
  public int deleteVersion(String subject, int version, boolean permanent) {
    Json.Body answer = call("DELETE", "/subjects/" + seg(subject) + "/versions/" + version
        + (permanent ? "?permanent=true" : ""), null);
    if (!answer.root.isIntegralNumber() || !answer.root.canConvertToInt()) {
      throw answer.malformed("is not the deleted version number");
    }
    return answer.root.intValue();
  }

  @Override
  public void close() {
    closed = true;
    executor.shutdownNow();
  }

  /** The request body; {@code schemaType} is left out for Avro, as Confluent's client does. */
  private static ObjectNode schemaBody(String schemaType, String schema,
      List<SchemaReference> references) {
    Objects.requireNonNull(schema, "schema");
    ObjectNode body = Json.object();
    if (schemaType != null && !AVRO.equals(schemaType)) {
      body.put("schemaType", schemaType);
    }
    body.put("schema", schema);
    Json.putReferences(body, references);
    return body;
  }

  private static RegisteredSchema versioned(Json.Body answer, String subject) {
    String s = answer.optionalText("subject");
    return new RegisteredSchema(s == null ? subject : s, answer.requiredInt("version"),
        answer.requiredInt("id"), answer.optionalText("schemaType"),
        answer.requiredText("schema"), answer.references());
  }

  /** One path segment, percent-encoded (a subject may hold '/', ' ', '%' or ':'). */
  static String seg(String value) {
    Objects.requireNonNull(value, "subject or version");
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // ---------------------------------------------------------------- transport

  /** Sends a request with failover and retries; returns a 2xx answer or throws. */
  private Json.Body call(String method, String pathAndQuery, JsonNode body) {
    if (closed) {
      throw new SchemaRegistryException(0, 0, "the registry client is closed",
          settings.urls().get(0).base() + pathAndQuery);
    }
    String json = body == null ? null : Json.write(body);
    List<RegistryUrl> urls = settings.urls();
    SchemaRegistryException last = null;
    int attempts = settings.maxRetries() + 1;
    for (int attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) {
        long wait = backoff.delayMs(attempt - 1);
        LOG.warn("schema registry: {}; retry {} of {} in {} ms", last.getMessage(), attempt,
            settings.maxRetries(), wait);
        sleep(wait, last);
      }
      int start = Math.floorMod(preferred.get(), urls.size());
      for (int k = 0; k < urls.size(); k++) {
        int index = (start + k) % urls.size();
        RegistryUrl base = urls.get(index);
        String url = base.base() + pathAndQuery;
        Answer answer;
        try {
          answer = exchange(method, base, url, json);
        } catch (NoAnswer e) {
          last = new SchemaRegistryException(0, 0, e.getMessage(), url, e.getCause());
          if (urls.size() > 1) {
            LOG.warn("schema registry: {}; trying the next URL", last.getMessage());
          }
          continue;
        }
        if (answer.status >= 500) {
          last = errorOf(answer, url);
          continue;
        }
        preferred.set(index);
        if (answer.status >= 200 && answer.status < 300) {
          return Json.Body.parse(answer.status, url, answer.body, settings::redact);
        }
        throw errorOf(answer, url);
      }
    }
    throw exhausted(last, attempts, urls.size());
  }

  private static SchemaRegistryException exhausted(SchemaRegistryException last, int attempts,
      int urlCount) {
    String where = urlCount > 1 ? " over " + urlCount + " URLs" : "";
    return new SchemaRegistryException(last.httpStatus(), last.errorCode(),
        "gave up after " + attempts + (attempts == 1 ? " attempt" : " attempts") + where + ": "
            + last.registryMessage(), last.url(), last.getCause() != null
            ? last.getCause() : last);
  }

  private Answer exchange(String method, RegistryUrl base, String url, String json)
      throws NoAnswer {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(url));
    } catch (IllegalArgumentException e) {
      throw new SchemaRegistryException(0, 0, "not a valid request URL: " + e.getMessage(), url,
          e);
    }
    b.timeout(Duration.ofMillis(settings.readTimeoutMs()))
        .header("Accept", ACCEPT);
    settings.extraHeaders().forEach(b::header);
    String authorization = settings.authorization(base);
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    if (json != null) {
      b.header("Content-Type", MEDIA_TYPE)
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    CompletableFuture<HttpResponse<byte[]>> future;
    try {
      future = http.sendAsync(b.build(), LimitedBody.handler(settings.maxResponseBytes()));
    } catch (RuntimeException e) {
      throw new NoAnswer(method + " could not be sent (" + e + ")", e);
    }
    long overall = (long) settings.connectTimeoutMs() + settings.readTimeoutMs();
    try {
      HttpResponse<byte[]> response = future.get(overall, TimeUnit.MILLISECONDS);
      return new Answer(response.statusCode(), response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new NoAnswer("no complete answer within " + overall + " ms", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException(0, 0, "interrupted while waiting for the registry", url,
          e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      LimitedBody.TooLarge tooLarge = find(cause, LimitedBody.TooLarge.class);
      if (tooLarge != null) {
        // an answer came: asking again would only bring the same answer
        throw new SchemaRegistryException(tooLarge.status(), 0, "registry answered HTTP "
            + tooLarge.status() + " with a body of " + tooLarge.describeSize() + ", more than the "
            + settings.maxResponseBytes() + " bytes read ("
            + RegistryClientConfig.MAX_RESPONSE_BYTES + ")", url, tooLarge);
      }
      javax.net.ssl.SSLException tls = find(cause, javax.net.ssl.SSLException.class);
      if (tls != null) {
        // a certificate the client does not trust, a host name it does not match, a client
        // certificate the registry wants: not cured by asking again
        throw new SchemaRegistryException(0, 0, Tls.describe(tls, base.base()), url, tls);
      }
      throw new NoAnswer(describe(cause), cause);
    }
  }

  private static <E extends Throwable> E find(Throwable t, Class<E> type) {
    for (int i = 0; t != null && i < 10; i++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private String describe(Throwable cause) {
    if (cause instanceof HttpConnectTimeoutException) {
      return "could not connect within " + settings.connectTimeoutMs()
          + " ms (http.connect.timeout.ms)";
    }
    if (cause instanceof HttpTimeoutException) {
      return "no answer within " + settings.readTimeoutMs() + " ms (http.read.timeout.ms)";
    }
    if (cause instanceof java.net.ConnectException) {
      return "could not connect (" + (cause.getMessage() == null ? "connection refused"
          : cause.getMessage()) + ")";
    }
    if (cause instanceof IOException) {
      return "no answer: " + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
    }
    return "no answer: " + cause;
  }

  private SchemaRegistryException errorOf(Answer answer, String url) {
    String hint = "";
    int code = 0;
    String message = null;
    try {
      JsonNode root = answer.body == null || answer.body.length == 0 ? null
          : Json.MAPPER.readTree(answer.body);
      if (root != null && root.isObject()) {
        JsonNode c = root.get("error_code");
        JsonNode m = root.get("message");
        if (c != null && c.isIntegralNumber() && c.canConvertToInt()) {
          code = c.intValue();
        }
        if (m != null && m.isTextual()) {
          message = m.textValue();
        }
      }
    } catch (IOException | RuntimeException notJson) {
      // described below from the raw body
    }
    if (message == null) {
      if (answer.status == 404 && code == 0) {
        hint = " (is schema.registry.url the API's base? For Apicurio Registry it ends in"
            + " /apis/ccompat/v7)";
      }
      message = "registry answered HTTP " + answer.status
          + (answer.contentType.isEmpty() ? "" : " (" + answer.contentType + ")")
          + (answer.body == null || answer.body.length == 0 ? " with no body"
              : ": " + Json.snippet(answer.body, settings::redact)) + hint;
    }
    // a body (or its message) may echo the request's credentials back: never quote them
    return new SchemaRegistryException(answer.status, code, settings.redact(message), url);
  }

  private static void sleep(long ms, SchemaRegistryException last) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchemaRegistryException(last.httpStatus(), last.errorCode(),
          "interrupted while waiting to retry: " + last.getMessage(), last.url(), e);
    }
  }

  private record Answer(int status, byte[] body, String contentType) {}

  /** No HTTP answer came: connection refused or reset, timeout. Worth retrying. */
  private static final class NoAnswer extends Exception {
    private static final long serialVersionUID = 1L;

    NoAnswer(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }
}
