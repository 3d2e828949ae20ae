package org.consultationregistry.intake;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text says of the session itself: what kind of meeting on what ("A consultative session focusing on IT
 * hardware production was held"), where ("held here at the P&D Board Complex"), who organised it, what it was for
 * ("The session aimed to ...") and how it ended ("concluded with a consensus on ...", "it was decided").
 */
final class Heading {

	private static final String MEETING = "(?:session|meeting|workshop|seminar|conference|round ?table|roundtable|"
			+ "dialogue|consultation|working party|forum|symposium|huddle|briefing)";

	private static final Pattern MEETING_ON = Pattern.compile("(?i)\\b(?:a|an|the|its)\\s+((?:[\\w'’&-]+\\s+){0,4}?"
			+ MEETING + ")\\s+(?:(?:focusing|focussing|focused|focussed|centred|centered)\\s+)?"
			+ "(on|regarding|about|to discuss|to review|to deliberate (?:on|upon)|to consider|of|with)\\s+"
			+ "(.+?)(?=\\s+(?:was|were|is|has been|had been|held|organi[sz]ed|convened|took place|chaired|"
			+ "presided|under|at|here|today|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b|"
			+ "\\s*[,;(]|\\.(?:\\s|$)|$)");

	private static final Pattern HELD_MEETING = Pattern.compile("(?i)^(?:the\\s+)?(.{3,100}?)\\s+(?:held|convened|"
			+ "organi[sz]ed|hosted)\\s+(?:its|a|an|the)\\s+((?:[\\w'’-]+\\s+){0,4}?" + MEETING + ")");

	private static final Pattern MET = Pattern.compile("(?i)^(?:the\\s+)?(.{3,100}?)\\s+met\\b");

	/** A title longer than this is cut, at a word. */
	private static final int TITLE = 200;

	private static final Pattern TOPIC = Pattern.compile("(?i)\\b(?:to discuss|to review|to deliberate (?:on|upon)|"
			+ "focusing on|focused on|regarding|on the (?:subject|topic) of)\\s+(.+?)(?=\\s*[,;.(]|$)");

	private static final Pattern VENUE = Pattern.compile("(?i)\\b(?:held|convened|organi[sz]ed|took place|met|"
			+ "was (?:held|organi[sz]ed))\\s+(?:here\\s+|today\\s+|on\\s+\\w+\\s+)?(?:at|in)\\s+(?:the\\s+)?"
			+ "(.+?)(?=\\s+(?:on|under|with|to|in|where|which|chaired|presided)\\s|\\s+and\\s+(?:was|were|is|"
			+ "attended|chaired|presided|participated)\\b|\\s*[,;]|\\.(?:\\s|$)|$)");

	/** Premises named anywhere: "at the P&D Board Complex", "in the Committee Room of PBIT". */
	private static final Pattern PREMISES = Pattern.compile("\\b(?:at|in) (?:the )?((?:\\(?\\p{Lu}[\\p{L}&().'-]*\\s+|of\\s+|and\\s+|the\\s+)*?"
			+ "(?:Complex|Hall|Auditorium|Committee Room|Conference Room|Secretariat|Hotel|House|Centre|Center|Office|"
			+ "Headquarters)(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}&().'-]*(?:\\s+\\p{Lu}[\\p{L}&().'-]*)*)?)");

	private static final Pattern ORGANISED_BY = Pattern.compile("(?i)\\b(?:organi[sz]ed|hosted|convened|"
			+ "arranged) by\\s+(?:the\\s+)?(.+?)(?=\\s+(?:on|at|in|under|with|to)\\s|\\s*[,;]|\\.(?:\\s|$)|$)");

	private static final Pattern AIM = Pattern.compile("(?i)\\b(?:aimed (?:at|to)|aims (?:at|to)|objective(?:s)? of|"
			+ "purpose of|was convened to|was held to|intended to)\\b");

	private static final Pattern OUTCOME = Pattern.compile("(?i)\\b(?:concluded with|ended with|consensus|"
			+ "it was (?:agreed|decided|resolved)|(?:were|was) (?:agreed|decided|approved)|agreed (?:to|that|on)|"
			+ "decided (?:to|that)|resolved to|approved)\\b");

	private Heading() {
	}

	/** The session as the text introduces it. */
	/** @param namesAMeeting whether the text calls what it describes a meeting, session, workshop or the like */
	record About(String title, String theme, String venue, String objectives, String outcome,
			OrganisationMention organiser, boolean namesAMeeting) {
	}

	static About read(List<String> sentences) {
		String title = null;
		String theme = null;
		OrganisationMention host = null;
		for (String written : sentences) {
			String sentence = Dateline.strip(written);
			Matcher meeting = MEETING_ON.matcher(sentence);
			if (meeting.find()) {
				String kind = meeting.group(1).strip();
				String preposition = meeting.group(2).toLowerCase();
				String subject = meeting.group(3).strip();
				if (preposition.equals("of") || preposition.equals("with")) {
					title = capitalised(kind + " " + preposition + " " + subject);
					theme = topic(sentence);
				}
				else {
					title = capitalised(kind) + " on " + subject;
					theme = subject;
				}
				break;
			}
			Matcher held = HELD_MEETING.matcher(sentence);
			if (held.find()) {
				title = capitalised(held.group(2).strip()) + " of " + held.group(1).strip();
				theme = topic(sentence);
				host = OrganisationMention.of(held.group(1));
				break;
			}
			Matcher met = MET.matcher(sentence);
			if (met.find() && met.group(1).matches(".*\\p{Lu}.*")) {
				title = "Meeting of " + met.group(1).strip();
				theme = topic(sentence);
				break;
			}
		}
		boolean namesAMeeting = title != null;
		if (title == null && !sentences.isEmpty()) {
			// No meeting named as such: its first sentence says what it was, and the official shortens it.
			title = cut(Dateline.strip(sentences.get(0)).replaceAll("[.]$", ""), TITLE);
		}
		if (theme == null && title != null) {
			theme = title;
		}
		String venue = null;
		OrganisationMention organiser = null;
		StringBuilder objectives = new StringBuilder();
		StringBuilder outcome = new StringBuilder();
		for (String sentence : sentences) {
			Matcher place = VENUE.matcher(sentence);
			if (venue == null && place.find() && !Dateline.isCity(place.group(1))) {
				venue = place.group(1).replaceAll("(?i)\\s+here$", "").strip();
			}
			Matcher premises = PREMISES.matcher(sentence);
			if (venue == null && premises.find()) {
				venue = premises.group(1).strip();
			}
			Matcher organisedBy = ORGANISED_BY.matcher(sentence);
			if (organiser == null && organisedBy.find()) {
				organiser = OrganisationMention.of(organisedBy.group(1));
			}
			if (AIM.matcher(sentence).find()) {
				append(objectives, sentence);
			}
			if (OUTCOME.matcher(sentence).find()) {
				append(outcome, Dateline.strip(sentence));
			}
		}
		if (organiser == null) {
			organiser = OrganisationMention.owningPremises(venue);
		}
		if (organiser == null) {
			organiser = host;
		}
		return new About(title, theme, venue, blankToNull(objectives), blankToNull(outcome), organiser,
				namesAMeeting);
	}

	static String cut(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		int space = text.lastIndexOf(' ', length - 1);
		return text.substring(0, (space > length / 2) ? space : length - 1) + "…";
	}

	private static String topic(String sentence) {
		Matcher topic = TOPIC.matcher(sentence);
		return topic.find() ? topic.group(1).strip() : null;
	}

	private static void append(StringBuilder text, String sentence) {
		if (!text.isEmpty()) {
			text.append(' ');
		}
		text.append(sentence);
	}

	private static String blankToNull(StringBuilder text) {
		return text.isEmpty() ? null : text.toString();
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
