package app.alongside.workbench.render;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;

/**
 * Writes parsed storage back as storage format: what Confluence hands a macro whose {@code execute} asks for
 * {@code @RequiresFormat(Format.Storage)}. The namespace declarations the parser added are removed again, since
 * storage format never carries them.
 */
final class StorageWriter {

    private StorageWriter() {
    }

    static String children(Element parent) {
        StringWriter out = new StringWriter();
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                transformer.transform(new DOMSource(node), new StreamResult(out));
            }
        } catch (TransformerException e) {
            throw new IllegalStateException("the macro body could not be written back as storage: " + e.getMessage(), e);
        }
        return out.toString()
                .replace(" xmlns:ac=\"" + StorageParser.AC_NAMESPACE + "\"", "")
                .replace(" xmlns:ri=\"" + StorageParser.RI_NAMESPACE + "\"", "")
                .replace(" xmlns:at=\"" + StorageParser.AT_NAMESPACE + "\"", "");
    }
}
