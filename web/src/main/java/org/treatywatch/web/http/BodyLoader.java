package org.treatywatch.web.http;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each request body in full, without holding a request thread, before the app sees the
 * request; the app then reads it from memory and never blocks on a slow client. Without this, six
 * clients that send a 100 kB body one byte every 2 s held every request thread of the server.
 *
 * <p>A body is given {@link Limits#deadlineMillis} in all to arrive, and once
 * {@link Limits#graceMillis} have passed it must have come at {@link Limits#minBytesPerSecond} on
 * average; a slower one is answered 408 and its connection closed. (Jetty's
 * {@code MinimumDataRateHandler} measures from the first byte without a grace period, so a fast
 * client whose first packet is small could fail it.) A body over {@link Limits#maxBytes} is
 * answered 413; one announced as larger is passed on at once, for the app to refuse without
 * reading it. A client that goes away mid-upload costs one line in the log.
 */
public final class BodyLoader extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(BodyLoader.class);

    /** How big a body may be, how long it may take, and how slowly it may come. */
    public record Limits(long maxBytes, long deadlineMillis, long graceMillis, long minBytesPerSecond) {
        /** 60 s in all, and at least 1 KiB/s once 3 s have passed. */
        public static Limits of(long maxBytes) {
            return new Limits(maxBytes, 60_000, 3_000, 1024);
        }
    }

    private final Limits limits;

    public BodyLoader(Limits limits) {
        this.limits = limits;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING, "chunked");
        if ((length <= 0 && !chunked) || length > limits.maxBytes()) {
            return super.handle(request, response, callback);
        }
        new Load(request, response, callback, length).start();
        return true;
    }

    /** One body being read: called again by Jetty whenever more of it has arrived. */
    private final class Load implements Runnable {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final AtomicBoolean finished = new AtomicBoolean();
        private final long started = System.nanoTime();
        private byte[] bytes;
        private int size;
        private Scheduler.Task deadline;

        Load(Request request, Response response, Callback callback, long length) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.bytes = new byte[(int) Math.min(Math.max(length, 1024), 64 * 1024)];
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(
                    () -> refuse(HttpStatus.REQUEST_TIMEOUT_408, "the request body did not arrive within "
                            + limits.deadlineMillis() / 1000 + " s"), limits.deadlineMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        @Override
        public void run() {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                boolean last = chunk.isLast();
                append(chunk.getByteBuffer());
                chunk.release();
                if (size > limits.maxBytes()) {
                    refuse(HttpStatus.PAYLOAD_TOO_LARGE_413, "the request body is larger than " + limits.maxBytes() + " bytes");
                    return;
                }
                if (last) {
                    dispatch();
                    return;
                }
                long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
                if (elapsedMillis >= limits.graceMillis() && size * 1000L / elapsedMillis < limits.minBytesPerSecond()) {
                    refuse(HttpStatus.REQUEST_TIMEOUT_408, "the request body came slower than "
                            + limits.minBytesPerSecond() + " bytes a second");
                    return;
                }
            }
        }

        private void append(ByteBuffer buffer) {
            int n = buffer.remaining();
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(bytes.length * 2L, size + (long) n), limits.maxBytes() + 1 + n));
            }
            buffer.get(bytes, size, n);
            size += n;
        }

        private boolean finish() {
            if (!finished.compareAndSet(false, true)) {
                return false;
            }
            deadline.cancel();
            return true;
        }

        private void refuse(int status, String message) {
            if (finish()) {
                LOG.info("{} {} from {}: {} ({} bytes read)", request.getMethod(), request.getHttpURI().getPath(),
                        Request.getRemoteAddr(request), message, size);
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                Response.writeError(request, response, callback, status, message);
            }
        }

        private void failed(Throwable cause) {
            if (cause instanceof TimeoutException) {
                refuse(HttpStatus.REQUEST_TIMEOUT_408, "the connection was idle too long while sending the body");
            } else if (finish()) {
                LOG.info("{} {} from {}: the client went away while sending the body ({} bytes read): {}",
                        request.getMethod(), request.getHttpURI().getPath(), Request.getRemoteAddr(request), size, cause.getMessage());
                callback.failed(cause);
            }
        }

        private void dispatch() {
            if (!finish()) {
                return;
            }
            Request loaded = new Loaded(request, Content.Chunk.from(ByteBuffer.wrap(bytes, 0, size), true));
            try {
                if (!getHandler().handle(loaded, response, callback)) {
                    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                }
            } catch (Throwable t) {
                Response.writeError(request, response, callback, t);
            }
        }
    }

    /** The request with its whole body in memory: the first read returns all of it. */
    private static final class Loaded extends Request.Wrapper {
        private Content.Chunk body;

        Loaded(Request request, Content.Chunk body) {
            super(request);
            this.body = body;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk c = body;
            if (c == null) {
                return super.read();
            }
            body = null;
            return c;
        }

        @Override
        public void demand(Runnable demandCallback) {
            if (body != null) {
                demandCallback.run();
            } else {
                super.demand(demandCallback);
            }
        }
    }
}
