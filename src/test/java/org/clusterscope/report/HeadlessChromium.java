package org.clusterscope.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's headless Chromium driven over the DevTools protocol, with the JDK's WebSocket client and
 * Jackson, both already on the classpath (Selenium would bring a Guava that Spark's Hive cannot
 * live with). It records every JavaScript exception, console error, log error and failed request
 * of the page it opens. Started with the flags this machine needs: no sandbox as root, and no
 * background networking, whose connections a closed network refuses.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration START = Duration.ofSeconds(60);

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();

  private HeadlessChromium(Process process, WebSocket socket) {
    this.process = process;
    this.socket = socket;
  }

  /** The browser, or why it cannot start here (no Chromium installed, say), for a skipped test. */
  static Result start(Path workFolder) {
    Optional<Path> executable = executable();
    if (executable.isEmpty()) {
      return new Result(null, "no Chromium found (/usr/bin/chromium; Debian package chromium, installed by .ci/run)");
    }
    try {
      Path profile = Files.createTempDirectory(Files.createDirectories(workFolder), "chromium-");
      Process process = new ProcessBuilder(executable.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
          "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--window-size=1280,900",
          "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "--user-data-dir=" + profile,
          "about:blank")
          .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
      Path portFile = profile.resolve("DevToolsActivePort");
      long deadline = System.nanoTime() + START.toNanos();
      while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          process.destroyForcibly();
          return new Result(null, "Chromium did not start; see " + profile.resolve("chromium.log"));
        }
        Thread.sleep(100);
      }
      int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
      return new Result(connect(process, port), null);
    } catch (IOException e) {
      return new Result(null, "Chromium could not be started: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(null, "interrupted while starting Chromium");
    }
  }

  /** @param browser the browser, or null with {@code whyNot} */
  record Result(HeadlessChromium browser, String whyNot) {}

  private static Optional<Path> executable() {
    String configured = System.getenv("CHROMIUM");
    List<String> candidates = new ArrayList<>();
    if (configured != null) {
      candidates.add(configured);
    }
    candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  private static HeadlessChromium connect(Process process, int port) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
        .build(), HttpResponse.BodyHandlers.ofString()).body());
    String url = null;
    for (JsonNode target : targets) {
      if ("page".equals(target.path("type").asText())) {
        url = target.path("webSocketDebuggerUrl").asText();
      }
    }
    if (url == null) {
      throw new IOException("Chromium offers no page to drive: " + targets);
    }
    Listener listener = new Listener();
    WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(url), listener).join();
    HeadlessChromium browser = new HeadlessChromium(process, socket);
    listener.browser = browser;
    for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
      browser.call(domain + ".enable", JSON.createObjectNode());
    }
    return browser;
  }

  /** Calls a DevTools method and waits for its result. */
  JsonNode call(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    socket.sendText(message.toString(), true).join();
    try {
      JsonNode reply = answer.get(120, TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + " failed: " + reply.get("error"));
      }
      return reply.path("result");
    } catch (Exception e) {
      throw new IllegalStateException(method + " got no answer: " + e, e);
    }
  }

  /** Evaluates an expression in the page and returns its value (JSON-compatible values only). */
  JsonNode evaluate(String expression) {
    JsonNode result = call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("the page could not evaluate " + expression + ": " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /**
   * Opens {@code file} and waits until {@code readyExpression} is true.
   *
   * @return the time from navigation to ready
   */
  Duration open(Path file, String readyExpression, Duration timeout) {
    problems.clear();
    long start = System.nanoTime();
    call("Page.navigate", JSON.createObjectNode().put("url", file.toUri().toString()));
    long deadline = start + timeout.toNanos();
    while (!evaluate("Boolean(" + readyExpression + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(file + " was not ready (" + readyExpression + ") after " + timeout
            + "; problems: " + problems);
      }
      sleep(50);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** JavaScript errors and failed requests since the last {@link #open}. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  /** A PNG of the whole page, 1280 pixels wide. */
  byte[] screenshot() {
    JsonNode metrics = call("Page.getLayoutMetrics", JSON.createObjectNode());
    double height = metrics.path("cssContentSize").path("height").asDouble(900);
    ObjectNode clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", 1280).put("height", height)
        .put("scale", 1);
    ObjectNode params = JSON.createObjectNode().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    return Base64.getDecoder().decode(call("Page.captureScreenshot", params).path("data").asText());
  }

  private void onMessage(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    JsonNode params = message.path("params");
    switch (message.path("method").asText()) {
      case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(params.path("type").asText())) {
          problems.add("console.error: " + params.path("args"));
        }
      }
      case "Log.entryAdded" -> {
        if ("error".equals(params.path("entry").path("level").asText())) {
          problems.add("log: " + params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
        }
      }
      case "Network.loadingFailed" -> problems.add("failed request: " + params.path("errorText").asText()
          + " (" + params.path("type").asText() + ")");
      case "Network.responseReceived" -> {
        int status = params.path("response").path("status").asInt(0);
        if (status >= 400) {
          problems.add("HTTP " + status + ": " + params.path("response").path("url").asText());
        }
      }
      default -> { }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The browser is stopped below either way.
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Joins the parts of each text message and hands it to the browser object. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();
    private volatile HeadlessChromium browser;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        HeadlessChromium target = browser;
        if (target != null) {
          target.onMessage(text);
        }
      }
      webSocket.request(1);
      return null;
    }
  }
}
