package org.consultationregistry.intake;

import org.consultationregistry.issue.IssueCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IssueCategoriesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Gadgets smuggled in through unofficial channels                   | TRADE_AND_IMPORTS
			Some relaxation of sales tax on local assembly                    | TAXATION
			Acceptance of locally manufactured items at the government level  | PUBLIC_PROCUREMENT
			More research and development in universities                     | RESEARCH_AND_INNOVATION
			Training technicians for the assembly lines                       | SKILLS
			Load shedding of electricity in industrial estates                | INFRASTRUCTURE
			Credit from banks at lower interest rates                         | FINANCE
			Fewer licences and approvals before a factory opens               | REGULATION
			Continuous dialogue among all stakeholders                        | OTHER
			""")
	void guessesTheHeadingFromTheWordsUsed(String issue, IssueCategory category) {
		assertThat(IssueCategories.guess(issue)).isEqualTo(category);
	}

}
