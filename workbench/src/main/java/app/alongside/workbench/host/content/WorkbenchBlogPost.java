package app.alongside.workbench.host.content;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.confluence.spaces.Space;

import java.util.Date;
import java.util.List;
import java.util.Objects;

/** One version of a workbench blog post as Confluence's {@link BlogPost}. Equal to another with the same id. */
public final class WorkbenchBlogPost extends BlogPost {

    private final ContentRecord record;
    private final WorkbenchSpace space;
    private final boolean deleted;
    private String newBody;

    public WorkbenchBlogPost(ContentRecord record, WorkbenchSpace space) {
        this(record, space, false);
    }

    /** {@code deleted}: the content is in its space's trash. */
    public WorkbenchBlogPost(ContentRecord record, WorkbenchSpace space, boolean deleted) {
        this.record = Objects.requireNonNull(record, "record");
        this.space = space;
        this.deleted = deleted;
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

    /** The version's body, or the body a pending {@code saveNewVersion} modification set. */
    @Override
    public String getBodyAsString() {
        return newBody != null ? newBody : record.body();
    }

    /** Held on this object until {@link HostPageManager#saveNewVersion} saves it as a new version, as in Confluence. */
    @Override
    public void setBodyAsString(String content) {
        this.newBody = content == null ? "" : content;
    }

    @Override
    public Date getLastModificationDate() {
        return new Date(record.lastModifiedMillis());
    }

    @Override
    public Space getSpace() {
        return space;
    }

    /** The content's labels, all global (the workbench has no personal labels). */
    @Override
    public List<Label> getLabels() {
        return record.labels().stream().map(Label::new).toList();
    }

    @Override
    public boolean isDeleted() {
        return deleted;
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
