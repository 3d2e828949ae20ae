package org.consultationregistry.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words press releases and minutes use around people: honorifics, posts and their abbreviations, portfolios,
 * the words that end an organisation's name, and given names. They describe how such texts are written, not who is
 * in any one of them.
 */
final class Vocabulary {

	/** Titles written before a name, as the registry keeps them (without the full stop). */
	static final Set<String> HONORIFICS = lower("Dr", "Mr", "Mrs", "Ms", "Miss", "Engr", "Engineer", "Prof",
			"Professor", "Mian", "Syed", "Sayed", "Syeda", "Ch", "Chaudhry", "Chaudhary", "Chaudhri", "Chohdry",
			"Rana", "Malik", "Sardar", "Khawaja", "Khwaja", "Hafiz", "Pir", "Makhdoom", "Begum", "Barrister", "Justice",
			"Haji", "Qazi", "Mufti", "Maulana", "Allama", "Raja", "Nawab", "Mir", "Capt", "Captain", "Col", "Colonel",
			"Brig", "Brigadier", "Maj", "Major", "Gen", "Lt", "Cdr", "Sir", "Madam", "Sheikh", "Shaikh", "Mrs", "Sahibzada",
			"Pirzada", "Nawabzada", "Agha");

	/** Honorifics that are also common family names, so that they count as titles only before another name. */
	static final Set<String> HONORIFICS_ONLY_FIRST = lower("Sheikh", "Shaikh", "Malik", "Rana", "Raja", "Mir",
			"Syed", "Major");

	/** Written forms of posts, lower case, with the form the registry keeps. Longer forms win over shorter ones. */
	static final Map<String, String> POSTS = posts();

	/** Abbreviations that only count as posts in capitals ("MD", not "md"). */
	static final Set<String> CAPITAL_ABBREVIATIONS = Set.of("ceo", "coo", "cfo", "cto", "dg", "adg", "md", "gm", "vc",
			"ed", "pd", "dc", "adc", "svp", "vp", "cm", "pm", "mpa", "mna", "sapm", "ps", "cs", "acs");

	/** Posts followed by the portfolio they hold: "Secretary Finance", "Chief IT", "Member (Infrastructure)". */
	static final Set<String> TAKES_PORTFOLIO = Set.of("Secretary", "Additional Secretary", "Special Secretary",
			"Deputy Secretary", "Joint Secretary", "Additional Chief Secretary", "Principal Secretary", "Minister",
			"Provincial Minister", "Federal Minister", "Minister of State", "Adviser", "Special Assistant", "Chief",
			"Deputy Chief", "Assistant Chief", "Senior Chief", "Member", "Director General",
			"Additional Director General", "Director", "Deputy Director", "Additional Director", "Assistant Director",
			"Commissioner", "Chief Minister", "Chief Secretary", "Governor", "Parliamentary Secretary",
			"Standing Committee Chairman");

	/** Posts whose portfolio names a department of its own, not a section of the body that hosts the session. */
	static final Set<String> HEADS_OF_DEPARTMENT = Set.of("Secretary", "Minister", "Provincial Minister",
			"Federal Minister", "Minister of State", "Adviser", "Special Assistant", "Parliamentary Secretary");

	/** Posts of a company rather than of government. */
	static final Set<String> COMPANY_POSTS = Set.of("Chief Executive Officer", "Chief Operating Officer",
			"Chief Financial Officer", "Chief Technology Officer", "Managing Director", "General Manager", "Founder",
			"Co-founder", "Owner", "Partner", "Chief Executive", "Country Manager", "Manager");

	/** The posts of those who lead a meeting, surest first, to find its chair when the text does not say who chaired. */
	static final List<String> PRESIDING_POSTS = List.of("Chairman", "Chairperson", "Chairwoman", "Chair",
			"Chief Minister", "Minister", "Provincial Minister", "Federal Minister", "Chief Secretary", "Convener",
			"President");

	/** Words of portfolios and sections that follow a post. */
	static final Set<String> PORTFOLIOS = lower("IT", "ICT", "Finance", "Planning", "Industries", "Industry",
			"Commerce", "Trade", "Investment", "Health", "Education", "Agriculture", "Energy", "Power", "Governance",
			"Infrastructure", "Revenue", "Law", "Labour", "Labor", "Transport", "Housing", "Environment", "Tourism",
			"Excise", "Taxation", "Local", "Government", "Irrigation", "Communications", "Works", "Livestock", "Food",
			"Information", "Technology", "Science", "Mines", "Minerals", "Economic", "Economics", "Social", "Sector",
			"Coordination", "Development", "Budget", "Monitoring", "Evaluation", "Research", "Policy", "Services",
			"Home", "Culture", "Sports", "Youth", "Affairs", "Women", "Population", "Forestry", "Wildlife", "Fisheries",
			"Cooperatives", "Higher", "School", "Specialized", "Healthcare", "Primary", "P&D", "SDGs", "Implementation",
			"Foreign", "Interior", "Procurement", "Programming", "Water", "Urban", "Rural", "Skills", "Human",
			"Resource", "Resources", "Textile", "Exports", "Admin", "Administration", "Legal", "Audit", "Accounts",
			"Operations", "Projects", "Marketing", "Technical", "Innovation", "Digital", "Services", "Statistics",
			"Gender", "Climate", "Special", "Initiatives", "Private", "Public", "Partnership", "Economy", "Transformation",
			"Logistics", "Industrial", "Estates", "Zones", "Physical", "Manufacturing", "Communication", "Media",
			"Punjab", "Sindh", "Balochistan", "Pakistan", "KP", "Khyber", "Pakhtunkhwa", "Federal", "Provincial");

	/** Regions after a post: "Chief Minister Punjab", "Governor Sindh". */
	static final Set<String> REGIONS = lower("Punjab", "Sindh", "Balochistan", "Pakistan", "KP", "KPK", "Khyber",
			"Pakhtunkhwa", "AJK", "Gilgit-Baltistan", "GB", "Islamabad", "Lahore", "Karachi");

	/** Words that end or carry an organisation's name. */
	static final Set<String> ORGANISATION_WORDS = lower("Group", "Ltd", "Limited", "Pvt", "(Pvt)", "(Private)",
			"Private", "Company", "Co", "Corporation", "Corp", "Inc", "LLC", "Industries", "Technologies", "Tech", "Bank",
			"University", "College", "Chamber", "Association", "Authority", "Board", "Department", "Dept", "Council",
			"Institute", "Foundation", "Commission", "Ministry", "Agency", "Federation", "Trust", "Forum", "Electronics",
			"Solutions", "Systems", "International", "Enterprises", "Mills", "Motors", "Services", "Labs", "Pharma",
			"Textiles", "Steel", "Cement", "Traders", "Holdings", "Ventures", "Partners", "Consultants", "Network",
			"Society", "Cell", "Wing", "Directorate", "Division", "Secretariat", "Office", "Centre", "Center",
			"Programme", "Program", "Unit", "Zone", "Park", "Bureau", "Alliance", "Organisation", "Organization",
			"Committee", "Academy", "School", "Hospital", "Company", "Industry", "Trading", "Communications", "Digital",
			"Software", "Devices", "Manufacturing");

	/** Capitalised words that are never part of a person's name. */
	static final Set<String> NOT_NAMES = notNames();

	/** Words for people at a meeting as a group, not one by one. */
	static final Set<String> GROUP_WORDS = lower("officials", "officers", "experts", "representatives",
			"stakeholders", "members", "dignitaries", "academics", "academicians", "manufacturers", "participants",
			"industrialists", "entrepreneurs", "investors", "exporters", "others", "delegates", "staff", "heads",
			"executives", "traders", "researchers", "professionals", "students", "faculty");

	private static final Set<String> GIVEN_NAMES = givenNames();

	private Vocabulary() {
	}

	static boolean isGivenName(String word) {
		return GIVEN_NAMES.contains(bare(word).toLowerCase(Locale.ROOT));
	}

	static boolean isHonorific(String word) {
		return HONORIFICS.contains(bare(word).toLowerCase(Locale.ROOT));
	}

	/** The honorific as the registry keeps it: "Dr." becomes "Dr". */
	static String honorific(String word) {
		String bare = bare(word);
		return Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
	}

	static boolean isOrganisationWord(String word) {
		return ORGANISATION_WORDS.contains(word.toLowerCase(Locale.ROOT))
				|| ORGANISATION_WORDS.contains(bare(word).toLowerCase(Locale.ROOT));
	}

	static boolean isPortfolio(String word) {
		String lower = bare(word).toLowerCase(Locale.ROOT);
		return PORTFOLIOS.contains(lower) || lower.matches("e-[a-z]+") || word.matches("\\([^()]+\\)");
	}

	static boolean isGroupWord(String word) {
		return GROUP_WORDS.contains(bare(word).toLowerCase(Locale.ROOT));
	}

	/** An acronym such as "PBIT", "RADA" or "P&D": capitals, perhaps with digits or an ampersand. */
	static boolean isAcronym(String word) {
		String bare = word.replaceAll("^\\(|[),.;:]+$", "");
		return bare.length() >= 2 && bare.matches("[A-Z][A-Z0-9&.-]*[A-Z0-9]") && !bare.equals("IT");
	}

	/**
	 * A word that could be part of a person's name: capitalised and not a word of posts, portfolios or
	 * organisations; or one of the particles inside names ("Zia ul Haq"); or an initial.
	 */
	static boolean isNameWord(String word) {
		String bare = bare(word);
		if (bare.isEmpty()) {
			return false;
		}
		if (bare.matches("(ul|ud|ur|un|us|ud-din|uddin|bin|bint|al|el|e|ibn|de|van|von)")) {
			return true;
		}
		if (bare.matches("[A-Z]")) {
			return true;
		}
		if (!bare.matches("\\p{Lu}[\\p{Ll}'’-]*(-\\p{Lu}?[\\p{Ll}]+)*") && !bare.matches("(Mc|Mac|O')\\p{Lu}\\p{Ll}+")) {
			return false;
		}
		String lower = bare.toLowerCase(Locale.ROOT);
		return !NOT_NAMES.contains(lower) && !POSTS.containsKey(lower);
	}

	/** The word without a full stop, comma or possessive at its end. */
	static String bare(String word) {
		return word.replaceAll("[.,;:]+$", "").replaceAll("['’]s$", "");
	}

	private static Map<String, String> posts() {
		Map<String, String> posts = new LinkedHashMap<>();
		for (String post : new String[] { "Chairman", "Chairperson", "Chairwoman", "Chair", "Co-chair",
				"Vice Chairman", "Vice Chairperson", "Deputy Chairman", "Secretary", "Additional Secretary",
				"Special Secretary", "Deputy Secretary", "Joint Secretary", "Assistant Secretary", "Chief Secretary",
				"Additional Chief Secretary", "Principal Secretary", "Secretary General", "Parliamentary Secretary",
				"Minister", "Provincial Minister", "Federal Minister", "Minister of State", "State Minister",
				"Chief Minister", "Prime Minister", "President", "Vice President", "Senior Vice President", "Governor",
				"Adviser", "Special Assistant", "Chief Executive Officer", "Chief Operating Officer",
				"Chief Financial Officer", "Chief Technology Officer", "Chief Executive", "Chief Economist",
				"Chief Coordinator", "Chief Engineer", "Chief", "Deputy Chief", "Assistant Chief", "Senior Chief",
				"Director General", "Additional Director General", "Director", "Deputy Director",
				"Additional Director", "Assistant Director", "Managing Director", "Executive Director",
				"Country Director", "Project Director", "General Manager", "Manager", "Country Manager", "Head",
				"Member", "Commissioner", "Deputy Commissioner", "Additional Deputy Commissioner", "Registrar",
				"Vice Chancellor", "Pro Vice Chancellor", "Dean", "Founder", "Co-founder", "Owner", "Partner",
				"Convener", "Coordinator", "Focal Person", "Representative", "Country Representative", "Consultant",
				"Specialist", "Section Officer", "Team Lead", "Administrator", "Mayor", "Spokesperson", "Patron",
				"Patron-in-Chief", "Economist", "Senior Economist", "Research Officer", "Planning Officer",
				"Speaker", "Deputy Speaker", "Senator", "Standing Committee Chairman" }) {
			posts.put(post.toLowerCase(Locale.ROOT), post);
		}
		posts.put("advisor", "Adviser");
		posts.put("convenor", "Convener");
		posts.put("co-founder", "Co-founder");
		posts.put("ceo", "Chief Executive Officer");
		posts.put("coo", "Chief Operating Officer");
		posts.put("cfo", "Chief Financial Officer");
		posts.put("cto", "Chief Technology Officer");
		posts.put("dg", "Director General");
		posts.put("adg", "Additional Director General");
		posts.put("md", "Managing Director");
		posts.put("gm", "General Manager");
		posts.put("vc", "Vice Chancellor");
		posts.put("ed", "Executive Director");
		posts.put("pd", "Project Director");
		posts.put("dc", "Deputy Commissioner");
		posts.put("adc", "Additional Deputy Commissioner");
		posts.put("svp", "Senior Vice President");
		posts.put("vp", "Vice President");
		posts.put("cm", "Chief Minister");
		posts.put("pm", "Prime Minister");
		posts.put("mpa", "MPA");
		posts.put("mna", "MNA");
		posts.put("sapm", "Special Assistant to the Prime Minister");
		posts.put("cs", "Chief Secretary");
		posts.put("acs", "Additional Chief Secretary");
		posts.put("addl secretary", "Additional Secretary");
		posts.put("addl. secretary", "Additional Secretary");
		posts.put("additional secretary", "Additional Secretary");
		posts.put("dy secretary", "Deputy Secretary");
		posts.put("dy. secretary", "Deputy Secretary");
		posts.put("dy director", "Deputy Director");
		posts.put("dy. director", "Deputy Director");
		posts.put("director-general", "Director General");
		posts.put("vice-chancellor", "Vice Chancellor");
		posts.put("vice-president", "Vice President");
		posts.put("senior vice-president", "Senior Vice President");
		posts.put("vice-chairman", "Vice Chairman");
		posts.put("chief executive officer", "Chief Executive Officer");
		return posts;
	}

	private static Set<String> notNames() {
		Set<String> words = new HashSet<>(PORTFOLIOS);
		words.addAll(ORGANISATION_WORDS);
		words.addAll(REGIONS);
		words.addAll(lower("The", "A", "An", "Of", "And", "For", "In", "On", "At", "With", "By", "To", "From", "He",
				"She", "They", "It", "We", "His", "Her", "Their", "This", "That", "These", "Those", "Other", "Others",
				"Also", "While", "Besides", "Meanwhile", "Earlier", "Later", "However", "Furthermore", "Moreover",
				"Speaking", "Addressing", "Participants", "Session", "Meeting", "Government", "Provincial", "Federal",
				"National", "Planning", "Development", "January", "February", "March", "April", "May", "June", "July",
				"August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
				"Thursday", "Friday", "Saturday", "Sunday", "Complex", "Hall", "Room", "Auditorium", "Secretariat",
				"Chief", "Senior", "Deputy", "Additional", "Assistant", "Vice", "Special", "Executive", "General",
				"Managing", "Officer", "Honourable", "Honorable", "Provincial", "Mr", "Both", "All", "Several",
				"Various", "Among", "Including", "Present", "Local", "Regional", "Global", "Distinguished"));
		return Set.copyOf(words);
	}

	private static Set<String> givenNames() {
		try (InputStream in = Vocabulary.class.getResourceAsStream("/intake/given-names.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return text.lines()
				.filter((line) -> !line.startsWith("#"))
				.flatMap((line) -> Arrays.stream(line.trim().split("\\s+")))
				.filter((name) -> !name.isEmpty())
				.map((name) -> name.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of given names is missing", ex);
		}
	}

	private static Set<String> lower(String... words) {
		return Arrays.stream(words).map((word) -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

}
