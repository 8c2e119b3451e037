package org.sovplan.gateway.openapi;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import org.sovplan.gateway.GatewayConfig;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;

/**
 * Adapts the committed merged contract (openapi/sovplan.yaml, served as a static document) to where this
 * gateway runs, once at start-up: the OIDC security scheme points at the realm this gateway trusts
 * ({@code quarkus.oidc.auth-server-url}), and {@code servers} at {@code sovplan.gateway.public-url} when
 * set. Nothing else of the contract changes.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServedContractFilter implements OASFilter {

    /** The security scheme name of the merged contract (and of every service's). */
    public static final String SCHEME = "oidc";
    private static final String DISCOVERY = "/.well-known/openid-configuration";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var config = ConfigProvider.getConfig();
        Optional<String> realm = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class);
        if (realm.isPresent() && openAPI.getComponents() != null
                && openAPI.getComponents().getSecuritySchemes() != null) {
            SecurityScheme scheme = openAPI.getComponents().getSecuritySchemes().get(SCHEME);
            if (scheme != null) {
                scheme.setOpenIdConnectUrl(realm.get().replaceAll("/+$", "") + DISCOVERY);
            }
        }
        config.unwrap(SmallRyeConfig.class).getConfigMapping(GatewayConfig.class).publicUrl()
                .ifPresent(url -> openAPI.setServers(List.of(
                        OASFactory.createServer().url(url.toString()).description("SovPlan gateway"))));
    }
}
