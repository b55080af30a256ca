package io.eventschema.registry.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A local HTTP server standing in for a registry: answers through a handler, records requests. */
final class FakeRegistry implements AutoCloseable {
  record Request(String method, String path, String query, Map<String, List<String>> headers,
      String body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }
  }

  record Response(int status, String contentType, String body, long delayMs) {
    static Response json(int status, String body) {
      return new Response(status, "application/vnd.schemaregistry.v1+json", body, 0);
    }
  }

  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private volatile Function<Request, Response> handler;

  FakeRegistry(Function<Request, Response> handler) throws IOException {
    this.handler = handler;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  void handler(Function<Request, Response> h) {
    this.handler = h;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Request req = new Request(ex.getRequestMethod(), ex.getRequestURI().getRawPath(),
        ex.getRequestURI().getRawQuery(), Map.copyOf(ex.getRequestHeaders()), body);
    requests.add(req);
    Response r = handler.apply(req);
    if (r.delayMs > 0) {
      try {
        Thread.sleep(r.delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = r.body == null ? new byte[0] : r.body.getBytes(StandardCharsets.UTF_8);
    if (r.contentType != null) {
      ex.getResponseHeaders().set("Content-Type", r.contentType);
    }
    try {
      ex.sendResponseHeaders(r.status, bytes.length == 0 ? -1 : bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException clientGone) {
      // the client timed out and left
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** A port nothing listens on (bound, then closed). */
  static int deadPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /**
   * A raw TCP server for faults java's HttpServer cannot make: each accepted connection is handed
   * to {@code behaviour} with its number (from 0).
   */
  static final class RawServer implements AutoCloseable {
    interface Behaviour {
      void on(int connection, Socket socket) throws IOException;
    }

    final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket socket;
    private final Thread acceptor;

    RawServer(Behaviour behaviour) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            Socket s = socket.accept();
            int n = connections.getAndIncrement();
            Thread t = new Thread(() -> {
              try (s) {
                behaviour.on(n, s);
              } catch (IOException ignored) {
                // connection closed by the client
              }
            });
            t.setDaemon(true);
            t.start();
          } catch (IOException closed) {
            return;
          }
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }

    /** Reads one HTTP request's head and body (by Content-Length) from {@code in}. */
    static void readRequest(InputStream in) throws IOException {
      StringBuilder head = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        head.append((char) c);
        if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
          break;
        }
      }
      int length = 0;
      for (String line : head.toString().split("\r\n")) {
        if (line.toLowerCase().startsWith("content-length:")) {
          length = Integer.parseInt(line.substring(15).trim());
        }
      }
      in.readNBytes(length);
    }

    static void answer(Socket s, int status, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      String head = "HTTP/1.1 " + status + " X\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
    }

    /** Closes with a TCP reset (RST) instead of an orderly FIN. */
    static void reset(Socket s) throws IOException {
      s.setSoLinger(true, 0);
      s.close();
    }
  }
}
