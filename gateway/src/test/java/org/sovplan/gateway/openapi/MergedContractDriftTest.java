package org.sovplan.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The committed platform contract (openapi/sovplan.yaml) must be exactly the merge of the services'
 * committed contracts, so that a change to any service's API shows up in the merged file in the same
 * review. With {@code -Dsovplan.openapi.update=true} this test rewrites the file instead: that is the
 * regenerate command, {@value OpenApiMerger#REGENERATE}.
 */
class MergedContractDriftTest {

    /** Surefire runs in the module directory; the repository root is its parent. */
    static final Path REPOSITORY_ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void committedContractIsTheMergeOfTheServicesContracts() throws IOException {
        String fresh = OpenApiMerger.render(OpenApiMerger.merge(OpenApiMerger.readCommitted(REPOSITORY_ROOT)));
        Path committed = REPOSITORY_ROOT.resolve(OpenApiMerger.MERGED_CONTRACT);
        if (Boolean.getBoolean("sovplan.openapi.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, fresh);
            return;
        }
        assertTrue(Files.exists(committed), "no merged contract at " + committed + "; create it with: "
                + OpenApiMerger.REGENERATE);
        assertEquals(fresh, Files.readString(committed).replace("\r\n", "\n"),
                "openapi/sovplan.yaml is not the merge of the services' committed contracts. If their change is "
                        + "intended, regenerate it with: " + OpenApiMerger.REGENERATE + " (then rebuild the gateway)");
    }
}
