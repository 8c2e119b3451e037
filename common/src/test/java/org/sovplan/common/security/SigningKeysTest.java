package org.sovplan.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private final SigningKeys keys = new SigningKeys();

    @Test
    void aKeyTheRealmStopsPublishingIsWithdrawn() {
        keys.published(List.of("old"));
        keys.published(List.of("old", "new"));
        assertFalse(keys.isWithdrawn("old"));
        keys.published(List.of("new"));
        assertTrue(keys.isWithdrawn("old"));
        assertFalse(keys.isWithdrawn("new"));
    }

    @Test
    void aKeyOnlySeenInATokenIsWithdrawnWhenTheKeySetLacksIt() {
        keys.published(List.of("a"));
        keys.seen("short-lived");
        keys.published(List.of("a"));
        assertTrue(keys.isWithdrawn("short-lived"));
    }

    @Test
    void aKeyNeverSeenIsNotJudgedAndAKeyThatComesBackIsTrustedAgain() {
        keys.published(List.of("a"));
        assertFalse(keys.isWithdrawn("unknown"));
        assertFalse(keys.isWithdrawn(null));
        keys.published(List.of("b"));
        assertTrue(keys.isWithdrawn("a"));
        keys.published(List.of("a", "b"));
        assertFalse(keys.isWithdrawn("a"));
    }
}
