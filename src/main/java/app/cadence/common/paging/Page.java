package app.cadence.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a keyset-paged list. {@code nextCursor} is absent on the last page. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Opaque cursor for the next page; absent on the last page") String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only tells
     * that another page exists, and the cursor points after the last row returned.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, Cursor> cursorOf, Function<E, T> mapper) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(mapper).toList(), next);
    }
}
