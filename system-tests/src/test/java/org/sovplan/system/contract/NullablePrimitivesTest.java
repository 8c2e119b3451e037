package org.sovplan.system.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Nullable only where null can be sent: no property of the contract whose Java type is a primitive (a record
 * component of a service, which Jackson always writes as a value) is declared nullable. The services mark those
 * fields (common's NeverNullFilter) and the merge leaves them non-null; this checks the result from the records.
 */
class NullablePrimitivesTest {

    private static final Path CONTRACT = Path.of(System.getProperty("sovplan.root", ".."), "openapi", "sovplan.yaml");

    @Test
    void noPrimitiveIsDeclaredNullable() {
        NullablePrimitives found = NullablePrimitives.of(CONTRACT);
        System.out.print(found.report());
        assertTrue(found.checked > 100, "the services' records are read: " + found.checked);
        assertEquals(List.of(), found.nullable);
    }
}
