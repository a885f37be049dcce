package com.hockeyhub.shared.web;

import java.io.IOException;

import com.hockeyhub.shared.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies above {@code hockeyhub.web.max-request-size} (default 1 MB) are refused with 413 before anything
 * parses them: at once when the declared length says so, and as soon as a body without a declared length has sent
 * one byte too many (the reader sees {@link RequestTooLargeException}, which the problem handler maps to 413).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final JsonMapper json;

    public RequestSizeLimitFilter(long maxBytes, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            // the client is told to stop sending; the connection is closed rather than the rest read
            response.setHeader("Connection", "close");
            Problems.write(response, tooLarge(request), json);
            return;
        }
        chain.doFilter(request.getContentLengthLong() >= 0 ? request : new Bounded(request, maxBytes), response);
    }

    private org.springframework.http.ProblemDetail tooLarge(HttpServletRequest request) {
        return Problems.of(ErrorCode.CONTENT_TOO_LARGE, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes", request);
    }

    /** Thrown by a body read past the limit. */
    public static final class RequestTooLargeException extends IOException {

        RequestTooLargeException(long maxBytes) {
            super("The request body is larger than " + maxBytes + " bytes");
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > maxBytes) {
                            throw new RequestTooLargeException(maxBytes);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
