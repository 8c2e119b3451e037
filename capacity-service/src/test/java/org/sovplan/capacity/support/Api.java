package org.sovplan.capacity.support;

import static io.restassured.RestAssured.given;

import org.sovplan.testsupport.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests as the dev realm's users, with JSON bodies. Each request signs a fresh token: a token
 * kept for the whole run would expire (after five minutes) in a slow run.
 */
public final class Api {

    private Api() {
    }

    /** ada: admin of every region. */
    public static RequestSpecification asAdmin() {
        return as(TestTokens.admin());
    }

    /** vera: read-only. */
    public static RequestSpecification asViewer() {
        return as(TestTokens.viewer());
    }

    /** placement-service's account: capacity-reserver of every region. */
    public static RequestSpecification asReserver() {
        return as(TestTokens.user("service-account-placement").roles("capacity-reserver").regions("*").sign());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
