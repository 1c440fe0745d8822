package com.atlassian.confluence.core;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import org.junit.Test;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class ContentEntityObjectTest {

    @Test
    public void freshPageLooksUnsaved() {
        Page page = new Page();
        assertEquals(0L, page.getId());
        assertEquals("0", page.getIdAsString());
        assertNull(page.getTitle());
        assertEquals("", page.getBodyAsString());
        assertNull(page.getLastModificationDate());
        assertNull(page.getSpace());
        assertNull(page.getSpaceKey());
    }

    @Test
    public void derivedGettersFollowOverriddenOnes() {
        Space space = new Space() {
            @Override public String getKey() { return "COPROD"; }
        };
        Page page = new Page() {
            @Override public long getId() { return 42L; }
            @Override public Space getSpace() { return space; }
        };
        assertEquals("42", page.getIdAsString());
        assertEquals("COPROD", page.getSpaceKey());
    }

    @Test
    public void bodySetIsTheBodyReadAndNullEmptiesIt() {
        Page page = new Page();
        page.setBodyAsString("<p>Hello</p>");
        assertEquals("<p>Hello</p>", page.getBodyAsString());
        page.setBodyAsString(null);
        assertEquals("", page.getBodyAsString());
    }
}
