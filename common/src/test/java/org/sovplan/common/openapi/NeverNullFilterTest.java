package org.sovplan.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

class NeverNullFilterTest {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Totals")
    record Totals(long installed, Long reserved, String modelCode, boolean estimated) {
    }

    record Plain(int count) {
    }

    @Test
    void primitiveComponentsAreMarkedUnderTheirSchemaName() throws IOException {
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("Totals", object("installed", "reserved", "modelCode", "estimated"))
                .addSchema("Plain", object("count")));

        new NeverNullFilter(Index.of(Totals.class, Plain.class)).filterOpenAPI(openAPI);

        Schema totals = openAPI.getComponents().getSchemas().get("Totals");
        assertEquals(Boolean.TRUE, mark(totals, "installed"));
        assertEquals(Boolean.TRUE, mark(totals, "estimated"));
        assertNull(mark(totals, "reserved"), "a boxed Long can be null");
        assertNull(mark(totals, "modelCode"));
        assertEquals(Boolean.TRUE, mark(openAPI.getComponents().getSchemas().get("Plain"), "count"));
    }

    private static Schema object(String... names) {
        Schema schema = OASFactory.createSchema();
        for (String name : names) {
            schema.addProperty(name, OASFactory.createSchema());
        }
        return schema;
    }

    private static Object mark(Schema schema, String property) {
        var extensions = schema.getProperties().get(property).getExtensions();
        return extensions == null ? null : extensions.get(NeverNullFilter.NEVER_NULL);
    }
}
