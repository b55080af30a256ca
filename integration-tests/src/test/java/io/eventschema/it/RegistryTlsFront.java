package io.eventschema.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * A TLS front that requires a client certificate, in front of a real registry's https port.
 *
 * <p>Why it exists: the Apicurio Registry distribution cannot be made to require one.
 * {@code quarkus.http.ssl.client-auth} is a Quarkus property fixed at build time
 * ({@code BUILD_AND_RUN_TIME_FIXED} in quarkus-vertx-http's config model, and 3.3.3 is built with
 * {@code NONE}): set at run time it only logs "quarkus.http.ssl.client-auth is set to 'required'
 * but it is build time fixed to 'NONE'" and serves every client. Its only run-time switch is a
 * CDI bean in the application itself, and the distribution is not a mutable jar that could be
 * re-augmented. So the handshake that demands and checks the client's certificate is done here,
 * by the JDK's own TLS server ({@link SSLServerSocket#setNeedClientAuth}, trusting only the
 * certificates in the given trust store), and every accepted connection is piped, over a second
 * TLS connection that trusts the registry's certificate, to the real registry.
 */
final class RegistryTlsFront implements AutoCloseable {
  private final SSLServerSocket server;
  private final SSLContext upstream;
  private final int upstreamPort;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();

  /**
   * Listens on a free loopback port with {@code serverKey}, requires a client certificate that
   * {@code clientTrust} holds, and forwards to {@code 127.0.0.1:upstreamPort} trusting
   * {@code upstreamTrust}. All stores are PKCS12 with {@code password}.
   */
  RegistryTlsFront(Path serverKey, Path clientTrust, int upstreamPort, Path upstreamTrust,
      String password) throws Exception {
    char[] pass = password.toCharArray();
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(load(serverKey, pass), pass);
    SSLContext front = SSLContext.getInstance("TLS");
    front.init(keys.getKeyManagers(), trust(clientTrust, pass).getTrustManagers(), null);
    this.server = (SSLServerSocket) front.getServerSocketFactory()
        .createServerSocket(0, 50, InetAddress.getLoopbackAddress());
    server.setNeedClientAuth(true);
    this.upstream = SSLContext.getInstance("TLS");
    upstream.init(null, trust(upstreamTrust, pass).getTrustManagers(), null);
    this.upstreamPort = upstreamPort;
    Thread acceptor = new Thread(this::acceptLoop, "mtls-front-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private static KeyStore load(Path store, char[] pass) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, pass);
    }
    return ks;
  }

  private static TrustManagerFactory trust(Path store, char[] pass) throws Exception {
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(load(store, pass));
    return tmf;
  }

  /** The Confluent-compatible API's base URL through this front. */
  String ccompatUrl() {
    return "https://127.0.0.1:" + server.getLocalPort() + "/apis/ccompat/v7";
  }

  /** Connections whose handshake failed here: no or an untrusted client certificate. */
  int refused() {
    return refused.get();
  }

  /** Connections with a trusted client certificate, forwarded to the registry. */
  int accepted() {
    return accepted.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      SSLSocket client;
      try {
        client = (SSLSocket) server.accept();
      } catch (IOException closed) {
        return;
      }
      open.add(client);
      Thread t = new Thread(() -> serve(client), "mtls-front-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(SSLSocket client) {
    try {
      client.setSoTimeout(60_000);
      client.startHandshake();
      // a TLS 1.3 server checks the client's certificate while reading its Finished message:
      // the handshake has failed by now if the certificate is missing or not trusted
      client.getSession().getPeerCertificates();
    } catch (IOException e) {
      refused.incrementAndGet();
      closeQuietly(client);
      return;
    }
    accepted.incrementAndGet();
    try {
      SSLSocket registry = (SSLSocket) upstream.getSocketFactory()
          .createSocket(InetAddress.getLoopbackAddress(), upstreamPort);
      open.add(registry);
      registry.setSoTimeout(60_000);
      registry.startHandshake();
      Thread back = new Thread(() -> pipe(registry, client), "mtls-front-back");
      back.setDaemon(true);
      back.start();
      pipe(client, registry);
    } catch (IOException e) {
      closeQuietly(client);
    }
  }

  private void pipe(Socket from, Socket to) {
    byte[] buf = new byte[16384];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
        out.flush();
      }
    } catch (IOException closed) {
      // one side closed: close both
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException ignored) {
      // closing
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // closing
    }
    open.forEach(RegistryTlsFront::closeQuietly);
  }
}
