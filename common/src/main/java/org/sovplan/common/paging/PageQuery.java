package org.sovplan.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging and sorting query parameters every list endpoint accepts. Used as a
 * {@code @BeanParam}; Bean Validation turns a bad value into a 400 problem.
 */
public class PageQuery {

    /** Largest page a client may ask for. */
    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = 1_000_000, message = "must be at most 1000000")
    @Parameter(description = "Zero-based page number", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    @Parameter(description = "Page size, 1 to 500", example = "50")
    public int size;

    @QueryParam("sort")
    @Pattern(regexp = "[A-Za-z]+(,(asc|desc))?", message = "must look like 'field' or 'field,asc' or 'field,desc'")
    @Parameter(description = "Sort field and direction, e.g. name,asc", example = "name,asc")
    public String sort;

    public PageQuery() {
    }

    public PageQuery(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }
}
