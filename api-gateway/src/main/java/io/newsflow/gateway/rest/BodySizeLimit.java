package io.newsflow.gateway.rest;

import io.newsflow.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts a body's bytes as it is read and stops at {@code newsflow.gateway.limits.max-body-bytes}: a chunked body
 * declares no length for {@link BodySizeFilter} to refuse up front, so one past the limit is refused (413
 * problem+json, {@link BodyTooLargeException}) once that many bytes have come, and no more are read.
 */
// Application-scoped, so that REST's start-up, which makes its interceptors before the configuration is read, gets a
// proxy and the interceptor itself is made at the first body read.
@Provider
@ApplicationScoped
public class BodySizeLimit implements ReaderInterceptor {

    private final GatewayConfig config;

    public BodySizeLimit(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), config.limits().maxBodyBytes()));
        return context.proceed();
    }

    /** A body that fails once it has given more than {@code max} bytes. */
    private static final class Limited extends FilterInputStream {

        private final long max;
        private long read;

        Limited(InputStream body, long max) {
            super(body);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max);
            }
        }
    }
}
