package app.alongside.confluence.decision.sync;

import app.alongside.confluence.ladder.PlacementRefresh;
import app.alongside.confluence.meeting.sync.MeetingPageIndexer;
import app.alongside.confluence.participant.sync.ParticipantPageIndexer;
import app.alongside.decision.register.IndexedPage;
import app.alongside.meeting.MeetingIndex;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantIndex;
import app.alongside.perspective.SubjectKey;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostCreateEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRemoveEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostRestoreEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostTrashedEvent;
import com.atlassian.confluence.event.events.content.blogpost.BlogPostUpdateEvent;
import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageMoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRemoveEvent;
import com.atlassian.confluence.event.events.content.page.PageRestoreEvent;
import com.atlassian.confluence.event.events.content.page.PageTrashedEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.event.events.label.LabelAddEvent;
import com.atlassian.confluence.event.events.label.LabelEvent;
import com.atlassian.confluence.event.events.label.LabelRemoveEvent;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.BlogPost;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

import java.util.Optional;

/**
 * Keeps the decision index, and the participant index of the directory, in step with pages and blog posts: created,
 * updated, restored and moved content, and content whose global labels change, is re-read from its storage;
 * trashed content is hidden (and kept, for a restore); removed content is forgotten. Participant profiles are read
 * from pages only (not blog posts), and a label changes nothing in the directory. Every handler is idempotent and
 * never throws: a failure is logged at WARN with the page id and the save goes on (one index failing never stops
 * the other); a rebuild repairs whatever was missed.
 *
 * <p>The meeting index is kept the same way, at no cost for the many pages that never record a meeting: a page's
 * meeting is only forgotten when the version before an update recorded one, and trash and removal only touch the
 * meeting index for content whose storage records one.
 */
@Named
public final class DecisionIndexSync implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DecisionIndexSync.class);

    private final EventPublisher eventPublisher;
    private final PageIndexer indexer;
    private final ParticipantPageIndexer participantIndexer;
    private final ParticipantIndex participants;
    private final MeetingPageIndexer meetingIndexer;
    private final MeetingIndex meetings;
    private final PlacementRefresh placements;

    @Inject
    public DecisionIndexSync(EventPublisher eventPublisher, PageIndexer indexer,
                             ParticipantPageIndexer participantIndexer, ParticipantIndex participants,
                             MeetingPageIndexer meetingIndexer, MeetingIndex meetings, PlacementRefresh placements) {
        this.eventPublisher = eventPublisher;
        this.indexer = indexer;
        this.participantIndexer = participantIndexer;
        this.participants = participants;
        this.meetingIndexer = meetingIndexer;
        this.meetings = meetings;
        this.placements = placements;
    }

    /** Only registers with the event system: nothing touches the database while the app starts. */
    @Override
    public void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public void destroy() {
        eventPublisher.unregister(this);
    }

    @EventListener
    public void onPageCreated(PageCreateEvent event) {
        reindex(event.getPage(), true, false);
    }

    @EventListener
    public void onPageUpdated(PageUpdateEvent event) {
        reindex(event.getPage(), true, mayHaveRecordedAMeeting(event.getOriginalPage()));
    }

    @EventListener
    public void onPageRestored(PageRestoreEvent event) {
        reindex(event.getPage(), true, false);
    }

    @EventListener
    public void onPageTrashed(PageTrashedEvent event) {
        trash(event.getPage());
    }

    @EventListener
    public void onPageRemoved(PageRemoveEvent event) {
        remove(event.getPage());
    }

    /** A move can change the page's space. */
    @EventListener
    public void onPageMoved(PageMoveEvent event) {
        reindex(event.getPage(), true, false);
    }

    @EventListener
    public void onBlogPostCreated(BlogPostCreateEvent event) {
        reindex(event.getBlogPost(), false, false);
    }

    @EventListener
    public void onBlogPostUpdated(BlogPostUpdateEvent event) {
        reindex(event.getBlogPost(), false, mayHaveRecordedAMeeting(event.getOriginalBlogPost()));
    }

    @EventListener
    public void onBlogPostRestored(BlogPostRestoreEvent event) {
        reindex(event.getBlogPost(), false, false);
    }

    @EventListener
    public void onBlogPostTrashed(BlogPostTrashedEvent event) {
        trash(event.getBlogPost());
    }

    @EventListener
    public void onBlogPostRemoved(BlogPostRemoveEvent event) {
        remove(event.getBlogPost());
    }

    @EventListener
    public void onLabelAdded(LabelAddEvent event) {
        relabel(event);
    }

    @EventListener
    public void onLabelRemoved(LabelRemoveEvent event) {
        relabel(event);
    }

    /** Only global labels filter registers; personal ones (favourites among them) change nothing here. */
    private void relabel(LabelEvent event) {
        if (event.getLabel() != null && Namespace.GLOBAL.equals(event.getLabel().getNamespace())
                && event.getLabelled() instanceof AbstractPage content) {
            reindex(content, false, false);
        }
    }

    /** Without the previous version (Confluence may not give one) assume it did, so nothing stale is kept. */
    private static boolean mayHaveRecordedAMeeting(AbstractPage previous) {
        if (previous == null) {
            return true;
        }
        try {
            return MeetingPageIndexer.mayRecordAMeeting(previous.getBodyAsString());
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * Re-reads the content's decisions, and with {@code profile} its participant profile; content already in the
     * trash stays hidden whatever event came. {@code hadMeeting}: the meeting index may hold a meeting for the
     * content that its storage no longer records.
     */
    private void reindex(AbstractPage content, boolean profile, boolean hadMeeting) {
        if (content.isDeleted()) {
            trash(content);
            return;
        }
        Optional<PageSnapshot> snapshot;
        try {
            snapshot = PageSnapshot.of(content);
        } catch (RuntimeException e) {
            warn("read", content, e);
            return;
        }
        if (snapshot.isEmpty()) {
            return;
        }
        try {
            indexer.index(snapshot.get());
        } catch (RuntimeException e) {
            warn("index", content, e);
        }
        try {
            meetingIndexer.index(snapshot.get(), hadMeeting);
        } catch (RuntimeException e) {
            warnMeetings("index the meeting on", content, e);
        }
        if (profile && snapshot.get().page().type() == IndexedPage.ContentType.PAGE) {
            IndexedPage page = snapshot.get().page();
            try {
                Optional<String> linkedBefore = linkedAccount(page.pageId());
                participantIndexer.index(page.pageId(), page.spaceKey(), page.title(), snapshot.get().storage());
                if (!linkedBefore.equals(linkedAccount(page.pageId()))) {
                    // Decisions naming the page now count the newly linked account's perspective (or none): their
                    // stored placements are re-placed, as after a perspective change.
                    placements.changed(SubjectKey.participantPage(page.pageId()));
                }
            } catch (RuntimeException e) {
                warnDirectory("index the profile on", content, e);
            }
        }
    }

    private Optional<String> linkedAccount(long pageId) {
        return participants.findByPageId(pageId).flatMap(IndexedParticipant::userKey);
    }

    private void trash(AbstractPage content) {
        try {
            indexer.setTrashed(content.getId(), true);
        } catch (RuntimeException e) {
            warn("hide the decisions of trashed", content, e);
        }
        if (recordsAMeeting(content)) {
            try {
                meetings.setTrashed(content.getId(), true);
            } catch (RuntimeException e) {
                warnMeetings("hide the meeting of trashed", content, e);
            }
        }
        if (isPage(content)) {
            try {
                participants.setTrashed(content.getId(), true);
            } catch (RuntimeException e) {
                warnDirectory("hide the profile of trashed", content, e);
            }
        }
    }

    private void remove(AbstractPage content) {
        try {
            indexer.remove(content.getId());
        } catch (RuntimeException e) {
            warn("forget the decisions of removed", content, e);
        }
        if (recordsAMeeting(content)) {
            try {
                meetings.removePage(content.getId());
            } catch (RuntimeException e) {
                warnMeetings("forget the meeting of removed", content, e);
            }
        }
        if (isPage(content)) {
            try {
                participants.removePage(content.getId());
            } catch (RuntimeException e) {
                warnDirectory("forget the profile of removed", content, e);
            }
        }
    }

    /**
     * Content whose storage records no meeting has no row in the meeting index (the sync keeps it so), and costs it
     * no statement. Should a row be left by a missed event, it is a trashed page's and never counts; a rebuild
     * forgets it.
     */
    private static boolean recordsAMeeting(AbstractPage content) {
        try {
            return MeetingPageIndexer.mayRecordAMeeting(content.getBodyAsString());
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static void warnMeetings(String what, AbstractPage content, RuntimeException e) {
        log.warn("Alongside: could not {} page {}; the page was saved, and a rebuild of the indexes will catch up "
                + "with the meetings: {}", what, content.getId(), e.toString(), e);
    }

    private static boolean isPage(AbstractPage content) {
        return !(content instanceof BlogPost);
    }

    private static void warnDirectory(String what, AbstractPage content, RuntimeException e) {
        log.warn("Alongside: could not {} page {}; the page was saved, and a rebuild of the indexes will catch up "
                + "with the participant directory: {}", what, content.getId(), e.toString(), e);
    }

    private static void warn(String what, AbstractPage content, RuntimeException e) {
        log.warn("Alongside: could not {} page {}; the page was saved, and a rebuild of the decision index will "
                + "catch up: {}", what, content.getId(), e.toString(), e);
    }
}
