package com.atlassian.webresource.api.assembler;

/** Stand-in for web-resource {@code PageBuilderService} (subset); signature from decompiled atlassian-plugins-webresource-api 6.1.1. */
public interface PageBuilderService {

    WebResourceAssembler assembler();
}
