package io.eventschema.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A bounded least-recently-used cache whose concurrent loads of one key are merged: while one
 * thread asks the registry, the others asking for the same key wait for its answer instead of
 * asking again. Failed loads are not cached.
 */
final class LruCache<K, V> {
  private final LinkedHashMap<K, V> map;
  private final Map<K, CompletableFuture<V>> loading = new ConcurrentHashMap<>();

  LruCache(int maxEntries) {
    this.map = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** The cached value, or null. */
  synchronized V peek(K key) {
    return map.get(key);
  }

  synchronized void put(K key, V value) {
    map.put(key, value);
  }

  synchronized void remove(K key) {
    map.remove(key);
  }

  synchronized void removeIf(Predicate<K> which) {
    map.keySet().removeIf(which);
  }

  synchronized int size() {
    return map.size();
  }

  /** The cached value, or the one {@code loader} gives (then cached). */
  V get(K key, Supplier<V> loader) {
    V cached = peek(key);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> other = loading.putIfAbsent(key, mine);
    if (other != null) {
      try {
        return other.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw e;
      }
    }
    try {
      V value = peek(key);
      if (value == null) {
        value = loader.get();
        put(key, value);
      }
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      loading.remove(key, mine);
    }
  }
}
