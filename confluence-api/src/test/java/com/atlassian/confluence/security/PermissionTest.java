package com.atlassian.confluence.security;

import org.junit.Test;

import java.lang.reflect.Modifier;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertTrue;

public class PermissionTest {

    @Test
    public void instancesNameThemselves() {
        assertEquals("VIEW", Permission.VIEW.toString());
        assertEquals("EDIT", Permission.EDIT.toString());
        assertEquals("EXPORT", Permission.EXPORT.toString());
        assertEquals("REMOVE", Permission.REMOVE.toString());
        assertEquals("SET_PERMISSIONS", Permission.SET_PERMISSIONS.toString());
        assertEquals("ADMINISTER", Permission.ADMINISTER.toString());
        assertNotSame(Permission.VIEW, Permission.EDIT);
    }

    @Test
    public void isAnAbstractClassNotAnEnum() {
        assertTrue(Modifier.isAbstract(Permission.class.getModifiers()));
        assertTrue(!Permission.class.isEnum());
    }

    @Test
    public void constantsHaveTheRealValues() {
        assertEquals("APPLICATION", PermissionManager.TARGET_APPLICATION);
        assertEquals("VIEWSPACE", SpacePermission.VIEWSPACE_PERMISSION);
        assertEquals("SETSPACEPERMISSIONS", SpacePermission.ADMINISTER_SPACE_PERMISSION);
    }
}
