package app.alongside.workbench.host.content;

import com.atlassian.confluence.spaces.Space;

import java.util.Objects;

/** A workbench space as Confluence's {@link Space}. Equal to another with the same id, as Confluence's entities. */
public final class WorkbenchSpace extends Space {

    private final SpaceRecord record;

    public WorkbenchSpace(SpaceRecord record) {
        this.record = Objects.requireNonNull(record, "record");
    }

    public SpaceRecord record() {
        return record;
    }

    @Override
    public long getId() {
        return record.id();
    }

    @Override
    public String getKey() {
        return record.key();
    }

    @Override
    public String getName() {
        return record.name();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkbenchSpace space && space.getId() == getId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(getId());
    }

    @Override
    public String toString() {
        return "Space[" + getKey() + "]";
    }
}
