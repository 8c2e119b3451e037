package org.sovplan.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list answer: {@code {"items":[...],"page":0,"size":50,"total":N}}. */
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "50") int size,
        @Schema(description = "Number of items matching the filters, over all pages", example = "123") long total) {

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
