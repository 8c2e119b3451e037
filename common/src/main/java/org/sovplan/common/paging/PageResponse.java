package org.sovplan.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** One page of a list answer: {@code {"items":[...],"page":0,"size":50,"total":N}}. */
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "50") int size,
        @Schema(description = "Number of items matching the filters, over all pages", example = "123") long total) {

    /** One page of a query, its items mapped to the response shape, with the total over all pages. */
    public static <E, R> PageResponse<R> of(PanacheQuery<E> query, PageQuery page, Function<? super E, R> mapper) {
        PanacheQuery<E> paged = query.page(page.page, page.size);
        return new PageResponse<>(paged.list().stream().<R>map(mapper).toList(), page.page, page.size, paged.count());
    }
}
