package app.alongside.confluence.decision.sync;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;

import java.util.List;

/** Pages and blog posts as Confluence hands them to listeners: saved, in a space, with a body and labels. */
final class TestContent {

    private TestContent() {
    }

    static Page page(long id, String spaceKey, String title, String storage, Label... labels) {
        return page(id, spaceKey, title, storage, false, labels);
    }

    static Page trashedPage(long id, String spaceKey, String storage) {
        return page(id, spaceKey, "Trashed", storage, true);
    }

    static Page page(long id, String spaceKey, String title, String storage, boolean deleted, Label... labels) {
        Space space = space(spaceKey);
        return new Page() {
            @Override public long getId() { return id; }
            @Override public String getTitle() { return title; }
            @Override public Space getSpace() { return space; }
            @Override public String getBodyAsString() { return storage; }
            @Override public List<Label> getLabels() { return List.of(labels); }
            @Override public boolean isDeleted() { return deleted; }
        };
    }

    static BlogPost blogPost(long id, String spaceKey, String title, String storage) {
        Space space = space(spaceKey);
        return new BlogPost() {
            @Override public long getId() { return id; }
            @Override public String getTitle() { return title; }
            @Override public Space getSpace() { return space; }
            @Override public String getBodyAsString() { return storage; }
        };
    }

    static Space space(String key) {
        return key == null ? null : new Space() {
            @Override public String getKey() { return key; }
        };
    }

    /** Storage holding one decision macro per title, with a stage and a pending "you said". */
    static String decisions(String... titles) {
        StringBuilder storage = new StringBuilder("<p>Minutes</p>");
        int n = 0;
        for (String title : titles) {
            storage.append("""
                    <ac:structured-macro ac:name="alongside-decision" ac:schema-version="1">
                      <ac:parameter ac:name="id">d%d</ac:parameter>
                      <ac:parameter ac:name="title">%s</ac:parameter>
                      <ac:parameter ac:name="status">decided</ac:parameter>
                      <ac:parameter ac:name="decidedOn">2026-10-14</ac:parameter>
                      <ac:rich-text-body>
                        <p>What we agreed.</p>
                        <ac:structured-macro ac:name="alongside-stage">
                          <ac:parameter ac:name="stage">deciding</ac:parameter>
                          <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-alex"/></ac:link>, Sam</p></ac:rich-text-body>
                        </ac:structured-macro>
                        <ac:structured-macro ac:name="alongside-you-said">
                          <ac:parameter ac:name="response">pending</ac:parameter>
                          <ac:rich-text-body><p>Could we have hot drinks?</p></ac:rich-text-body>
                        </ac:structured-macro>
                      </ac:rich-text-body>
                    </ac:structured-macro>
                    """.formatted(n++, title));
        }
        return storage.toString();
    }

    /** Storage of a participant page: one profile macro with a name and skills. */
    static String profile(String name, String skills) {
        return """
                <ac:structured-macro ac:name="alongside-participant" ac:schema-version="1">
                  <ac:parameter ac:name="name">%s</ac:parameter>
                  <ac:parameter ac:name="skills">%s</ac:parameter>
                  <ac:rich-text-body><p>What I bring, in my words.</p></ac:rich-text-body>
                </ac:structured-macro>
                """.formatted(name, skills);
    }
}
