import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Post -> receive latency of communication-service's real-time channel (bench/communication-bench.sh), run as a
 * single source file ({@code java bench/CommunicationRealtime.java}, JDK 17, no dependencies).
 *
 * Opens one SSE stream (GET /api/stream) per receiver token, waits for every stream's "ready", then posts messages to
 * one conversation at a fixed rate (POST /api/conversations/{id}/messages, SENDERS keep-alive connections, body
 * "live <n>") and times, per message and receiver, from the moment the POST is written to the moment the
 * message.created event with that body is read from the receiver's stream (one process, one clock: System.nanoTime).
 * All streams are read by one thread through a selector, so the receivers cost what reading the bytes costs (the
 * earlier Python receivers spent a core parsing 15,000 events a second on the machine under test). The first WARMUP
 * seconds are posted but not counted. Prints one line of key=value figures (client_cpu_per_message: this process's
 * CPU milliseconds per message posted, its compilation at start included); asserts nothing.
 * Env: HOST, PORT, CONVERSATION, SENDER_TOKEN (one or several, comma-separated), RECEIVER_TOKENS (a file, one token a line), RATE (messages/s), WARMUP,
 * MEASURE_SECONDS, SENDERS.
 */
public class CommunicationRealtime {

    static final String HOST = env("HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(System.getenv("PORT"));
    static final String CONVERSATION = System.getenv("CONVERSATION");
    /** SENDER_TOKEN: one member's token, or several separated by commas: message n is posted by token n mod count. */
    static final String[] SENDER_TOKENS = System.getenv("SENDER_TOKEN").split(",");
    static final double RATE = Double.parseDouble(env("RATE", "50"));
    static final double WARMUP = Double.parseDouble(env("WARMUP", "10"));
    static final double SECONDS = Double.parseDouble(env("MEASURE_SECONDS", "20"));
    static final int SENDERS = Integer.parseInt(env("SENDERS", "8"));
    static final byte[] MARKER = "\"body\":\"live ".getBytes(StandardCharsets.US_ASCII);
    static final byte[] READY = "event:ready".getBytes(StandardCharsets.US_ASCII);

    static final int TOTAL = (int) (RATE * (WARMUP + SECONDS));
    static final int FIRST_COUNTED = (int) (RATE * WARMUP);
    /** nanoTime each message's POST was written; 0 until then. */
    static final long[] SENT_AT = new long[TOTAL];
    static final AtomicLong RECEIVED = new AtomicLong();

    public static void main(String[] args) throws Exception {
        List<String> tokens = Files.readAllLines(Path.of(System.getenv("RECEIVER_TOKENS"))).stream()
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        int counted = TOTAL - FIRST_COUNTED;
        // microseconds, counted messages x receivers; written by the reader thread only
        int[] latencies = new int[Math.max(counted, 0) * tokens.size()];
        CountDownLatch ready = new CountDownLatch(tokens.size());
        Receivers receivers = new Receivers(tokens, ready, latencies);
        Thread reader = new Thread(receivers, "receivers");
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("streams not ready: " + ready.getCount() + " of " + tokens.size());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        int[] postLatencies = new int[Math.max(counted, 0)];
        long start = System.nanoTime() + 500_000_000L;
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            Thread sender = new Thread(() -> post(start, next, errors, postLatencies), "sender-" + i);
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        double posting = (System.nanoTime() - start) / 1e9;
        Thread.sleep(5000); // the last messages arrive
        receivers.stop();
        reader.join(2000);
        int delivered = (int) Math.min(RECEIVED.get(), latencies.length);
        int[] measured = Arrays.copyOf(latencies, delivered);
        Arrays.sort(measured);
        Arrays.sort(postLatencies);
        long cpuNanos = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
        System.out.printf("receivers=%d rate=%s achieved=%.0f posted=%d post_errors=%d delivered=%d expected=%d "
                        + "p50=%s p99=%s max=%s post_p50=%s post_p99=%s client_cpu_per_message=%.2f%n",
                tokens.size(), fmt(RATE), TOTAL / posting, counted, errors.get(), delivered, latencies.length,
                ms(percentile(measured, 50)), ms(percentile(measured, 99)),
                ms(measured.length == 0 ? -1 : measured[measured.length - 1]),
                ms(percentile(postLatencies, 50)), ms(percentile(postLatencies, 99)), cpuNanos / 1e6 / TOTAL);
        System.exit(0);
    }

    /** One sender: takes the next message number, waits for its moment, posts it and reads the answer. */
    static void post(long start, AtomicInteger next, AtomicInteger errors, int[] postLatencies) {
        Socket socket = null;
        try {
            socket = connect();
            for (int n = next.getAndIncrement(); n < TOTAL; n = next.getAndIncrement()) {
                long due = start + (long) (n * 1e9 / RATE);
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                byte[] body = ("{\"body\":\"live " + n + "\"}").getBytes(StandardCharsets.UTF_8);
                byte[] request = ("POST /api/conversations/" + CONVERSATION + "/messages HTTP/1.1\r\nHost: " + HOST
                        + "\r\nAuthorization: Bearer " + SENDER_TOKENS[n % SENDER_TOKENS.length]
                        + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                SENT_AT[n] = t0;
                OutputStream out = socket.getOutputStream();
                out.write(concat(request, body));
                out.flush();
                Response response = Response.read(socket.getInputStream());
                if (response.status != 200 && response.status != 201) {
                    errors.incrementAndGet();
                }
                if (n >= FIRST_COUNTED) {
                    postLatencies[n - FIRST_COUNTED] = (int) ((System.nanoTime() - t0) / 1000);
                }
                if (response.close) { // Tomcat ends a keep-alive connection after maxKeepAliveRequests (100)
                    socket.close();
                    socket = connect();
                }
            }
        } catch (IOException e) {
            errors.incrementAndGet();
            System.err.println("sender: " + e);
        } finally {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    static Socket connect() throws IOException {
        Socket socket = new Socket(HOST, PORT);
        socket.setTcpNoDelay(true);
        return socket;
    }

    /** Every stream, read by one thread: finds the "live n" bodies in the bytes as they arrive. */
    static final class Receivers implements Runnable {
        private final Selector selector;
        private final CountDownLatch ready;
        private final int[] latencies;
        private volatile boolean running = true;

        Receivers(List<String> tokens, CountDownLatch ready, int[] latencies) throws IOException {
            this.selector = Selector.open();
            this.ready = ready;
            this.latencies = latencies;
            for (String token : tokens) {
                SocketChannel channel = SocketChannel.open(new InetSocketAddress(HOST, PORT));
                channel.socket().setTcpNoDelay(true);
                channel.write(ByteBuffer.wrap(("GET /api/stream HTTP/1.1\r\nHost: " + HOST + "\r\nAuthorization: Bearer "
                        + token + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8)));
                channel.configureBlocking(false);
                channel.register(selector, SelectionKey.OP_READ, new Stream());
            }
        }

        void stop() {
            running = false;
            selector.wakeup();
        }

        @Override
        public void run() {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            try {
                while (running) {
                    selector.select();
                    long now = System.nanoTime();
                    for (SelectionKey key : selector.selectedKeys()) {
                        buffer.clear();
                        int read = ((SocketChannel) key.channel()).read(buffer);
                        if (read < 0) {
                            key.cancel();
                            continue;
                        }
                        ((Stream) key.attachment()).scan(buffer.array(), read, now, ready, latencies);
                    }
                    selector.selectedKeys().clear();
                }
            } catch (IOException e) {
                System.err.println("receivers: " + e);
            }
        }
    }

    /**
     * What one stream has read: the status line first (200 or the run stops), then the markers. The last bytes of a
     * read are kept so that a marker split between two reads is still found.
     */
    static final class Stream {
        private static final int KEEP = 32;
        private final byte[] carry = new byte[KEEP + (1 << 16)];
        private int carried;
        private boolean statusChecked;
        private boolean signalled;

        void scan(byte[] bytes, int length, long now, CountDownLatch ready, int[] latencies) {
            System.arraycopy(bytes, 0, carry, carried, length);
            int end = carried + length;
            if (!statusChecked) {
                String head = new String(carry, 0, Math.min(end, 16), StandardCharsets.US_ASCII);
                if (head.length() >= 12) {
                    statusChecked = true;
                    if (!head.startsWith("HTTP/1.1 200")) {
                        System.err.println("GET /api/stream: " + head);
                        System.exit(1);
                    }
                }
            }
            if (!signalled && indexOf(carry, 0, end, READY) >= 0) {
                signalled = true;
                ready.countDown();
            }
            int at = 0;
            for (int found = indexOf(carry, at, end, MARKER); found >= 0; found = indexOf(carry, at, end, MARKER)) {
                int digit = found + MARKER.length;
                int n = 0;
                while (digit < end && carry[digit] >= '0' && carry[digit] <= '9') {
                    n = n * 10 + (carry[digit++] - '0');
                }
                if (digit == end) { // the number may go on in the next read
                    break;
                }
                at = digit;
                if (n >= FIRST_COUNTED && n < TOTAL && SENT_AT[n] != 0) {
                    long slot = RECEIVED.getAndIncrement();
                    if (slot < latencies.length) {
                        latencies[(int) slot] = (int) ((now - SENT_AT[n]) / 1000);
                    }
                }
            }
            int keepFrom = Math.max(at, end - KEEP);
            carried = end - keepFrom;
            System.arraycopy(carry, keepFrom, carry, 0, carried);
        }
    }

    record Response(int status, boolean close) {
        /** Reads one HTTP/1.1 response: status line, headers, then a Content-Length or chunked body. */
        static Response read(InputStream in) throws IOException {
            String status = line(in);
            if (status == null) {
                throw new IOException("connection closed");
            }
            int code = Integer.parseInt(status.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                        size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                    in.readNBytes(size + 2);
                }
                while (!line(in).isEmpty()) { // trailers, then the blank line
                }
            } else if (length > 0) {
                in.readNBytes((int) length);
            }
            return new Response(code, close);
        }
    }

    static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return line.length() == 0 ? null : line.toString();
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    static int indexOf(byte[] bytes, int from, int end, byte[] pattern) {
        outer:
        for (int i = from; i <= end - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static int percentile(int[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.round(p / 100 * sorted.length + 0.5) - 1)];
    }

    static String ms(int micros) {
        return micros < 0 ? "nan" : String.format("%.1f", micros / 1000.0);
    }

    static String fmt(double rate) {
        return rate == Math.rint(rate) ? String.valueOf((long) rate) : String.valueOf(rate);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
