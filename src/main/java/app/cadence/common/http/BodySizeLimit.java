package app.cadence.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads API request bodies up to 1 MiB before any resource runs, whether their size is declared or
 * they arrive in chunks: a larger one fails the route with 413, which RouteProblems answers as a
 * problem (and closes the connection). No uploads are kept on disk.
 */
@ApplicationScoped
class BodySizeLimit {

    static final long MAX_BODY_BYTES = 1024 * 1024;

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 3)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES).setHandleFileUploads(false));
    }
}
