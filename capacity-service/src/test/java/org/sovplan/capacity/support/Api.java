package org.sovplan.capacity.support;

import static io.restassured.RestAssured.given;

import org.sovplan.testsupport.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the dev realm's users, with JSON bodies. */
public final class Api {

    private static final String ADMIN = TestTokens.admin();
    private static final String VIEWER = TestTokens.viewer();
    private static final String RESERVER = TestTokens.user("service-account-placement")
            .roles("capacity-reserver").regions("*").sign();

    private Api() {
    }

    /** ada: admin of every region. */
    public static RequestSpecification asAdmin() {
        return as(ADMIN);
    }

    /** vera: read-only. */
    public static RequestSpecification asViewer() {
        return as(VIEWER);
    }

    /** placement-service's account: capacity-reserver of every region. */
    public static RequestSpecification asReserver() {
        return as(RESERVER);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
