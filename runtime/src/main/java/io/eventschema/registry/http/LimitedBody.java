package io.eventschema.registry.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * An answer body read into a byte array of at most {@code max} bytes: an answer whose
 * Content-Length says more fails before any byte is read, one that turns out longer fails as soon
 * as it passes the bound (the connection is cancelled), so a registry answering 100 MB never makes
 * the client hold it.
 */
final class LimitedBody implements BodySubscriber<byte[]> {
  /** The answer's body is larger than the client reads. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final long declared;
    private final long max;

    TooLarge(int status, long declared, long max) {
      super("the answer's body is larger than " + max + " bytes");
      this.status = status;
      this.declared = declared;
      this.max = max;
    }

    int status() {
      return status;
    }

    /** "123456789 bytes (Content-Length)" or "more than N bytes". */
    String describeSize() {
      return declared >= 0 ? declared + " bytes (Content-Length)" : "more than " + max + " bytes";
    }
  }

  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final int status;
  private final int max;
  private final long declared;
  private Flow.Subscription subscription;
  private byte[] buf = new byte[1024];
  private int size;

  private LimitedBody(int status, int max, long declared) {
    this.status = status;
    this.max = max;
    this.declared = declared;
  }

  /** A handler whose bodies are at most {@code max} bytes. */
  static HttpResponse.BodyHandler<byte[]> handler(int max) {
    return info -> new LimitedBody(info.statusCode(), max,
        info.headers().firstValueAsLong("Content-Length").orElse(-1L));
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declared > max) {
      s.cancel();
      result.completeExceptionally(new TooLarge(status, declared, max));
      return;
    }
    if (declared > 0) {
      buf = new byte[(int) declared];
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      int n = b.remaining();
      if (n > max - size) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(status, -1, max));
        return;
      }
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(max, Math.max(size + n, 2L * buf.length)));
      }
      b.get(buf, size, n);
      size += n;
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(size == buf.length ? buf : Arrays.copyOf(buf, size));
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
