package org.mallcrm.adapters.http.common;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.Header;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.ServerResponseTrailers;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerResponse;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A response a route writes into memory instead of onto the wire, so that the idempotency filter can keep it in
 * the write's transaction before anything is sent. Routes send whole bodies ({@link Responses}); streaming is not
 * something a retryable write does.
 */
final class CapturedResponse implements ServerResponse {

    private final ServerResponseHeaders headers = ServerResponseHeaders.create();
    private Status status = Status.OK_200;
    private byte[] body;

    @Override
    public ServerResponse status(Status status) {
        this.status = status;
        return this;
    }

    @Override
    public Status status() {
        return status;
    }

    @Override
    public ServerResponse header(Header header) {
        headers.set(header);
        return this;
    }

    @Override
    public void send() {
        body = new byte[0];
    }

    @Override
    public void send(byte[] bytes) {
        body = bytes.clone();
    }

    @Override
    public void send(Object entity) {
        if (entity instanceof byte[] b) {
            send(b);
        } else if (entity instanceof String s) {
            send(s.getBytes(StandardCharsets.UTF_8));
        } else {
            throw new UnsupportedOperationException("a retryable write answers with bytes (see Responses)");
        }
    }

    @Override
    public boolean isSent() {
        return body != null;
    }

    byte[] body() {
        return body == null ? new byte[0] : body;
    }

    @Override
    public OutputStream outputStream() {
        throw new UnsupportedOperationException("a retryable write answers with bytes (see Responses)");
    }

    @Override
    public long bytesWritten() {
        return body == null ? 0 : body.length;
    }

    @Override
    public ServerResponse whenSent(Runnable listener) {
        throw new UnsupportedOperationException("not for a retryable write");
    }

    @Override
    public ServerResponse reroute(String path) {
        throw new UnsupportedOperationException("not for a retryable write");
    }

    @Override
    public ServerResponse reroute(String path, UriQuery query) {
        throw new UnsupportedOperationException("not for a retryable write");
    }

    @Override
    public ServerResponse next() {
        throw new UnsupportedOperationException("not for a retryable write");
    }

    @Override
    public ServerResponseHeaders headers() {
        return headers;
    }

    @Override
    public ServerResponseTrailers trailers() {
        throw new UnsupportedOperationException("not for a retryable write");
    }

    @Override
    public void streamResult(String result) {
        // nothing is streamed
    }

    @Override
    public void streamFilter(UnaryOperator<OutputStream> filterFunction) {
        throw new UnsupportedOperationException("not for a retryable write");
    }
}
