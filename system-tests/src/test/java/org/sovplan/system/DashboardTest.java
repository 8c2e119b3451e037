package org.sovplan.system;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the dashboard's browser tests share: the started stack, prepared for the dashboard (its
 * address among the sign-in client's redirect URIs), the API beside the page, and a signed-in browser.
 */
@ExtendWith(StackExtension.class)
abstract class DashboardTest {

    private static final Path BUILD = Path.of(System.getProperty("sovplan.build", "target")).toAbsolutePath();

    static Stack stack;
    static Api api;

    @BeforeAll
    static void connect(Stack given) {
        stack = given;
        stack.prepareDashboard();
        api = new Api(stack);
    }

    /** A headless Chromium on the dashboard, signed in through Keycloak's login page as a demo user. */
    static Browser signIn(String user) {
        return new Browser(BUILD).signIn(stack.gatewayUrl(), user);
    }
}
