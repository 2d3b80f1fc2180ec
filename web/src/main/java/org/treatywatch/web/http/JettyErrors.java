package org.treatywatch.web.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses, for requests the app never sees (400 for a malformed request, 414
 * for a URI too long, 431 for headers too large, 408 and 413 from {@link BodyLoader}): Jetty's
 * pages, with the {@link SecurityHeaders} and without stack traces or causes.
 */
public final class JettyErrors extends ErrorHandler {
    public JettyErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.apply((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }

    /** The answer to a request the parser refused, written before any handler runs. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.apply(fields::put);
        return super.badMessageError(status, reason, fields);
    }
}
