package org.consultationregistry.intake;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and city a press release gives at its head ("LAHORE, September 30:", "Islamabad, 12th March 2024 -",
 * "date 2024-09-30 LAHORE, (Agency - 30th Sep, 2024)"), and failing that the first date in the text. Dates are
 * read in the forms newspapers use: ISO, day/month/year as written in Pakistan, and with month names or their
 * abbreviations in either order; a date without a year takes the year of another date in the text, else the most
 * recent such date not after today.
 */
final class Dateline {

	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
			+ "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");

	private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})\\b");

	private static final Pattern DAY_MONTH = Pattern.compile(
			"(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+" + MONTH + "(?:,?[\\s-]+(\\d{4}))?\\b");

	private static final Pattern MONTH_DAY = Pattern.compile(
			"(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");

	/** A city in capitals at the head: "LAHORE," or "ISLAMABAD:". */
	private static final Pattern CAPITALS = Pattern.compile("(?:^|\\s)(\\p{Lu}{3,}(?:[\\s-]\\p{Lu}{2,}){0,2})\\s*[,:(–—-]");

	/** A city written normally at the very start: "Lahore, September 30:". */
	private static final Pattern LEADING = Pattern.compile("^(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s*[,:(–—-]");

	/** Cities of Pakistan, to recognise a city named in running text ("held in Multan"). */
	private static final Set<String> CITIES = Set.of("lahore", "karachi", "islamabad", "rawalpindi", "faisalabad",
			"multan", "peshawar", "quetta", "gujranwala", "sialkot", "bahawalpur", "sargodha", "hyderabad", "sukkur",
			"abbottabad", "murree", "gujrat", "sheikhupura", "rahim yar khan", "dera ghazi khan", "sahiwal", "okara",
			"kasur", "jhelum", "mardan", "gwadar", "muzaffarabad", "gilgit", "larkana", "nawabshah", "mirpur",
			"chiniot", "jhang", "narowal", "attock", "chakwal", "mianwali", "vehari", "khanewal", "swat", "skardu");

	/** Words in capitals at a text's head that are not cities. */
	private static final Set<String> NOT_CITIES = Set.of("APP", "PPI", "NNI", "INP", "PR", "NEWS", "PRESS", "RELEASE",
			"UPDATE", "DATE");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
			Map.entry("dec", 12));

	/** How much of the text counts as its head. */
	private static final int HEAD = 300;

	private Dateline() {
	}

	/**
	 * The session's date: the first in the text's head, else the first anywhere.
	 * @param today the day the text is read, for dates written without a year
	 */
	static LocalDate date(String text, LocalDate today) {
		Integer year = anyYear(text);
		DayOfWeek weekday = weekday(text);
		LocalDate head = firstDate(text.substring(0, Math.min(HEAD, text.length())), year, weekday, today);
		return (head != null) ? head : firstDate(text, year, weekday, today);
	}

	/** The city of the dateline, or a known city the text says the session was held in. */
	static String city(String text) {
		String head = text.substring(0, Math.min(HEAD, text.length())).replaceFirst("(?i)^\\s*date\\s+\\S+\\s*", "");
		Matcher leading = LEADING.matcher(head);
		if (leading.find() && CITIES.contains(leading.group(1).toLowerCase(Locale.ROOT))) {
			return leading.group(1);
		}
		Matcher capitals = CAPITALS.matcher(head);
		while (capitals.find()) {
			String city = capitals.group(1);
			// Only at the head: further on, words in capitals are acronyms ("PBIT, the board ...").
			if (capitals.start() > 40) {
				break;
			}
			if (!NOT_CITIES.contains(city)) {
				return titleCase(city);
			}
		}
		if (leading.reset().find() && !Vocabulary.NOT_NAMES.contains(leading.group(1).toLowerCase(Locale.ROOT))
				&& !Vocabulary.POSTS.containsKey(leading.group(1).toLowerCase(Locale.ROOT))
				&& (head.length() > leading.end() && head.substring(leading.end()).matches("(?s)\\s*\\(?\\s*(?i:"
						+ MONTH + "|\\d|on\\b|mon|tue|wed|thu|fri|sat|sun).*"))) {
			return leading.group(1);
		}
		Matcher heldIn = Pattern.compile("\\b(?:in|at|In|At)\\s+(\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+){0,2})").matcher(text);
		while (heldIn.find()) {
			String place = heldIn.group(1);
			if (CITIES.contains(place.toLowerCase(Locale.ROOT))) {
				return place;
			}
		}
		return null;
	}

	private static final String CITY = "(?:\\p{Lu}{3,}(?:[\\s-]\\p{Lu}{3,})?|\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)";

	/** A dateline at the start of a text: "LAHORE, March 12:", "Lahore, 5th February 2024 -", "LAHORE, (Agency)". */
	private static final Pattern DATELINE = Pattern.compile("^(?:date\\s+\\S+\\s+)?" + CITY
			+ "\\s*,?\\s*(?:\\([^)]{0,100}\\)\\s*[:-]?\\s*|(?=[^:-]{0,40}\\d)[^:-]{0,40}?\\s*[:-]\\s+)");

	/** The sentence without the dateline it may open with. */
	static String strip(String sentence) {
		Matcher dateline = DATELINE.matcher(sentence);
		return dateline.find() && dateline.end() < sentence.length() ? sentence.substring(dateline.end()) : sentence;
	}

	static boolean isCity(String place) {
		return place != null && CITIES.contains(place.strip().toLowerCase(Locale.ROOT));
	}

	private static LocalDate firstDate(String text, Integer year, DayOfWeek weekday, LocalDate today) {
		LocalDate first = null;
		int firstAt = Integer.MAX_VALUE;
		for (Pattern pattern : List.of(ISO, NUMERIC, DAY_MONTH, MONTH_DAY)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find() && matcher.start() < firstAt) {
				LocalDate date = date(pattern, matcher, year, weekday, today);
				if (date != null) {
					first = date;
					firstAt = matcher.start();
					break;
				}
			}
		}
		return first;
	}

	private static LocalDate date(Pattern pattern, Matcher matcher, Integer year, DayOfWeek weekday,
			LocalDate today) {
		try {
			if (pattern == ISO) {
				return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(3)));
			}
			if (pattern == NUMERIC) {
				return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(1)));
			}
			boolean dayFirst = pattern == DAY_MONTH;
			int day = Integer.parseInt(matcher.group(dayFirst ? 1 : 2));
			int month = MONTHS.get(matcher.group(dayFirst ? 2 : 1).toLowerCase(Locale.ROOT).substring(0, 3));
			String writtenYear = matcher.group(3);
			if (writtenYear != null) {
				return LocalDate.of(Integer.parseInt(writtenYear), month, day);
			}
			if (year != null) {
				return LocalDate.of(year, month, day);
			}
			return withoutYear(month, day, weekday, today);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * A date written without a year: the latest such day not after today, and if the text names the weekday
	 * ("on Monday"), the latest that fell on it in the past few years.
	 */
	private static LocalDate withoutYear(int month, int day, DayOfWeek weekday, LocalDate today) {
		LocalDate latest = LocalDate.of(today.getYear(), month, day);
		if (latest.isAfter(today)) {
			latest = latest.minusYears(1);
		}
		if (weekday != null) {
			for (int back = 0; back < 7; back++) {
				LocalDate candidate = latest.minusYears(back);
				if (candidate.getDayOfWeek() == weekday) {
					return candidate;
				}
			}
		}
		return latest;
	}

	/** The weekday a text says the session fell on, if it names one. */
	private static DayOfWeek weekday(String text) {
		Matcher weekday = Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b")
			.matcher(text);
		return weekday.find() ? DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT)) : null;
	}

	/** A year written anywhere in the text, for dates written without one. */
	private static Integer anyYear(String text) {
		Matcher year = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b").matcher(text);
		return year.find() ? Integer.valueOf(year.group(1)) : null;
	}

	private static String titleCase(String capitals) {
		StringBuilder city = new StringBuilder();
		for (String word : capitals.toLowerCase(Locale.ROOT).split("(?<=[\\s-])")) {
			city.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return city.toString();
	}

}
