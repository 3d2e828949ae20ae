package org.consultationregistry.minutes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The minutes part of a session page, as one reader may see it: the revision shown (the current one, or an
 * earlier one asked for, with what changed against the revision before it), the revisions this reader may open,
 * the suggestions they may see, and which actions they are offered.
 *
 * @param minutes the session's minutes, or {@code null} if none have been written (or none this reader may read)
 * @param shown the revision shown, or {@code null} if there is nothing this reader may read
 * @param comparedWith the revision before {@code shown} that {@code changes} compares it with, if any
 * @param changes what changed from {@code comparedWith} to {@code shown}, word by word; empty when the current
 * text is shown as it stands
 * @param revisions the revisions this reader may open, oldest first
 * @param suggestions every suggestion for the board's staff; a participant's own for a participant
 * @param staff whether the reader is one of the board's staff, who may change the minutes
 * @param participant whether the reader took part in the session and may suggest corrections to the circulated
 * draft
 */
public record MinutesView(Minutes minutes, MinutesRevision shown, MinutesRevision comparedWith,
		List<TextChange> changes, List<MinutesRevision> revisions, List<MinutesSuggestion> suggestions, boolean staff,
		boolean participant) {

	static MinutesView unwritten(boolean staff) {
		return new MinutesView(null, null, null, List.of(), List.of(), List.of(), staff, false);
	}

	public boolean isWritten() {
		return this.shown != null;
	}

	public MinutesStage stage() {
		return (this.minutes != null) ? this.minutes.getStage() : null;
	}

	/** Whether the current text is shown, rather than an earlier revision. */
	public boolean isLatest() {
		return this.shown != null && this.shown.getNumber() == this.minutes.getCurrentRevision();
	}

	public boolean isPublishedRevision(MinutesRevision revision) {
		Integer published = this.minutes.getPublishedRevision();
		return published != null && published == revision.getNumber();
	}

	public List<MinutesRevision> revisionsNewestFirst() {
		List<MinutesRevision> newestFirst = new ArrayList<>(this.revisions);
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	public long pendingCount() {
		return this.suggestions.stream().filter(MinutesSuggestion::isPending).count();
	}

	/** Whether the reader may write the first draft or edit the current one. */
	public boolean mayEdit() {
		return this.staff && stage() != MinutesStage.PUBLISHED;
	}

	public boolean mayCirculate() {
		return this.staff && stage() == MinutesStage.DRAFT;
	}

	public boolean mayPublish() {
		return this.staff && stage() == MinutesStage.CIRCULATED && pendingCount() == 0;
	}

	public boolean mayCorrect() {
		return this.staff && stage() == MinutesStage.PUBLISHED;
	}

	public boolean maySuggest() {
		return this.participant && stage() == MinutesStage.CIRCULATED;
	}

}
