package com.atlassian.confluence.content.render.xhtml;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class ConversionContextOutputTypeTest {

    @Test
    public void valueIsTheLowerCaseName() {
        assertEquals("display", ConversionContextOutputType.DISPLAY.value());
        assertEquals("preview", ConversionContextOutputType.PREVIEW.value());
        assertEquals("pdf", ConversionContextOutputType.PDF.value());
        assertEquals("word", ConversionContextOutputType.WORD.value());
        assertEquals("html_export", ConversionContextOutputType.HTML_EXPORT.value());
        assertEquals("email", ConversionContextOutputType.EMAIL.value());
        assertEquals("feed", ConversionContextOutputType.FEED.value());
        assertEquals("diff", ConversionContextOutputType.DIFF.value());
        assertEquals(8, ConversionContextOutputType.values().length);
    }
}
