package org.sovplan.common.paging;

import java.util.Map;

import org.sovplan.common.problem.ApiException;

import io.quarkus.panache.common.Sort;

/**
 * Turns the {@code sort=field,asc} parameter into a Panache {@link Sort}, accepting only the
 * fields a resource names: a client never sorts by an arbitrary column.
 *
 * @param fields API field name to entity property
 * @param fallback the property to sort by when the client names none, also the tie-breaker
 */
public record Sorting(Map<String, String> fields, String fallback) {

    public Sort of(String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.by(fallback);
        }
        String[] parts = sort.split(",");
        String property = fields.get(parts[0]);
        if (property == null) {
            throw ApiException.invalidField("sort", "cannot sort by '" + parts[0] + "'; sortable fields are "
                    + fields.keySet().stream().sorted().toList());
        }
        Sort.Direction direction = parts.length > 1 && parts[1].equals("desc")
                ? Sort.Direction.Descending : Sort.Direction.Ascending;
        Sort result = Sort.by(property, direction);
        return property.equals(fallback) ? result : result.and(fallback);
    }
}
