package com.atlassian.confluence.content.render.xhtml.macro.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for Confluence 10.2 {@code RequiresFormat}: on a macro's {@code execute}, asks Confluence for the body in
 * the given format ({@link Format#Storage}: unrendered storage format). Signature from decompiled Confluence 8.7.2;
 * usage documented at developer.atlassian.com "How do I configure my Rich Text macro to receive unformatted input?".
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresFormat {

    Format value();
}
