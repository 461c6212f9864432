package app.cadence.common.http;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id, echoed in {@code X-Request-Id} and stored with its audit event, so a
 * hospital's support desk and the audit trail can name the same request. A well-formed id sent by
 * a gateway is kept; anything else is replaced.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "cadence.request-id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::assign);
    }

    void assign(RoutingContext context) {
        String sent = context.request().getHeader(HEADER);
        String id = sent != null && ACCEPTABLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        context.put(KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    public static String of(RoutingContext context) {
        String id = context.get(KEY);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
