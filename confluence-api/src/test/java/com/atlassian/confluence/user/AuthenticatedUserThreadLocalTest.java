package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import org.junit.After;
import org.junit.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

public class AuthenticatedUserThreadLocalTest {

    private static ConfluenceUser user(String name) {
        return new ConfluenceUser() {
            @Override public UserKey getKey() { return new UserKey("key-" + name); }
            @Override public String getFullName() { return name.toUpperCase(); }
            @Override public String getEmail() { return name + "@example.org"; }
            @Override public String getName() { return name; }
        };
    }

    @After
    public void tearDown() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    public void anonymousByDefault() {
        assertNull(AuthenticatedUserThreadLocal.get());
        assertNull(AuthenticatedUserThreadLocal.getUsername());
        assertTrue(AuthenticatedUserThreadLocal.isAnonymousUser());
    }

    @Test
    public void setThenReset() {
        ConfluenceUser sam = user("sam");
        AuthenticatedUserThreadLocal.set(sam);
        assertSame(sam, AuthenticatedUserThreadLocal.get());
        assertEquals("sam", AuthenticatedUserThreadLocal.getUsername());
        assertFalse(AuthenticatedUserThreadLocal.isAnonymousUser());

        AuthenticatedUserThreadLocal.reset();
        assertNull(AuthenticatedUserThreadLocal.get());
        assertTrue(AuthenticatedUserThreadLocal.isAnonymousUser());
    }

    @Test
    public void settingNullMeansAnonymous() {
        AuthenticatedUserThreadLocal.set(user("sam"));
        AuthenticatedUserThreadLocal.set(null);
        assertTrue(AuthenticatedUserThreadLocal.isAnonymousUser());
    }

    @Test
    public void isPerThread() throws Exception {
        AuthenticatedUserThreadLocal.set(user("main"));
        AtomicReference<ConfluenceUser> seen = new AtomicReference<>(user("sentinel"));
        Thread other = new Thread(() -> seen.set(AuthenticatedUserThreadLocal.get()));
        other.start();
        other.join();
        assertNull(seen.get());
        assertEquals("main", AuthenticatedUserThreadLocal.getUsername());
    }
}
