package org.consultationregistry.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.consultationregistry.issue.IssueCategory;

/**
 * Guesses the board's heading for an issue from the words it is put in: "import", "smuggling" and "customs" are
 * trade; "tax" and "duty" taxation; "procurement" and "government level" procurement, and so on. The heading with
 * the most words wins; the official corrects it in the review.
 */
final class IssueCategories {

	private static final Map<IssueCategory, Pattern> WORDS = new LinkedHashMap<>();

	static {
		WORDS.put(IssueCategory.TRADE_AND_IMPORTS, words("imports?|imported|importers?|exports?|exporters?|"
				+ "smuggl\\w*|unofficial channels?|grey market|gray market|customs|(?:import|customs) tariffs?|trade|dumping|"
				+ "border|anti-dumping|market access"));
		WORDS.put(IssueCategory.TAXATION, words("tax\\w*|duty|duties|gst|sales tax|levy|levies|withholding|"
				+ "exemptions?|rebates?|relaxations?|fbr|tax holiday|fiscal incentives?"));
		WORDS.put(IssueCategory.PUBLIC_PROCUREMENT, words("procure\\w*|purchas\\w*|tenders?|government level|"
				+ "government departments?|public sector buy\\w*|locally manufactured|made in pakistan|buy local|"
				+ "preference to local|ppra|acceptance of local\\w*"));
		WORDS.put(IssueCategory.RESEARCH_AND_INNOVATION, words("research|r&d|innovat\\w*|technolog\\w*|"
				+ "patents?|design|incubat\\w*|start-?ups?|academia"));
		WORDS.put(IssueCategory.SKILLS, words("skills?|skilled|training|trained|human resources?|workforce|"
				+ "talent|technical education|vocational|tevta|internships?|capacity building"));
		WORDS.put(IssueCategory.INFRASTRUCTURE, words("infrastructure|electricity tariffs?|electricity|power supply|load ?shedding|"
				+ "gas supply|roads?|land|industrial (?:zones?|estates?|parks?)|special economic zones?|sez|"
				+ "connectivity|internet|utilities|logistics|water supply"));
		WORDS.put(IssueCategory.FINANCE, words("financ\\w*|loans?|credit|banks?|interest rates?|capital|"
				+ "subsid\\w*|funding|funds|investment|investors?|markup|lending|working capital"));
		WORDS.put(IssueCategory.REGULATION, words("regulat\\w*|licen[cs]\\w*|permits?|compliance|approvals?|"
				+ "noc|standards?|certification|laws?|legal|rules|red tape|bureaucra\\w*|policy|policies|"
				+ "registration|inspections?"));
	}

	private IssueCategories() {
	}

	static IssueCategory guess(String text) {
		IssueCategory best = IssueCategory.OTHER;
		int bestScore = 0;
		for (Map.Entry<IssueCategory, Pattern> category : WORDS.entrySet()) {
			int score = 0;
			Matcher matcher = category.getValue().matcher(text);
			while (matcher.find()) {
				score++;
			}
			if (score > bestScore) {
				best = category.getKey();
				bestScore = score;
			}
		}
		return best;
	}

	private static Pattern words(String alternatives) {
		return Pattern.compile("(?i)(?<![\\w&])(?:" + alternatives + ")(?![\\w&])");
	}

}
