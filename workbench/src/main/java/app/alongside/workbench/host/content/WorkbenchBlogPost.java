package app.alongside.workbench.host.content;

import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.spaces.Space;

import java.util.Date;
import java.util.Objects;

/** One version of a workbench blog post as Confluence's {@link BlogPost}. Equal to another with the same id. */
public final class WorkbenchBlogPost extends BlogPost {

    private final ContentRecord record;
    private final WorkbenchSpace space;

    public WorkbenchBlogPost(ContentRecord record, WorkbenchSpace space) {
        this.record = Objects.requireNonNull(record, "record");
        this.space = space;
        if (record.kind() != ContentKind.BLOG_POST) {
            throw new IllegalArgumentException("not a blog post: " + record.id());
        }
    }

    public ContentRecord record() {
        return record;
    }

    @Override
    public long getId() {
        return record.id();
    }

    @Override
    public String getTitle() {
        return record.title();
    }

    @Override
    public String getBodyAsString() {
        return record.body();
    }

    @Override
    public Date getLastModificationDate() {
        return new Date(record.lastModifiedMillis());
    }

    @Override
    public Space getSpace() {
        return space;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkbenchBlogPost post && post.getId() == getId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(getId());
    }

    @Override
    public String toString() {
        return "BlogPost[" + getId() + " v" + record.version() + " '" + getTitle() + "']";
    }
}
