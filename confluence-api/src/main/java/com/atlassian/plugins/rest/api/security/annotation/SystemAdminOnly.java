package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stand-in for REST v2 {@code @SystemAdminOnly}; target and retention as the REST v1 twin in decompiled atlassian-rest-module 7.1.9 (v2 copy unverified). */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SystemAdminOnly {
}
