package org.consultationregistry.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The phrases that carry demands, concerns and proposals, and who "they" are.
 */
class CuesTest {

	@Test
	void twoDemandsInOneSentenceAreReadApartAndTheirPronounResolved() {
		assertThat(Cues.read("However, they stressed that imports through unofficial channels must stop and "
				+ "advocated for lower taxes on local assembly.", "The local manufacturers"))
			.extracting(Cues.Cue::kind, Cues.Cue::subject, Cues.Cue::content)
			.containsExactly(
					tuple(Cues.Kind.DEMAND, "The local manufacturers",
							"Imports through unofficial channels must stop"),
					tuple(Cues.Kind.DEMAND, "The local manufacturers", "Lower taxes on local assembly"));
	}

	@Test
	void concernsAndProposalsAreToldApart() {
		assertThat(Cues.read("The exporters raised concerns over delays in sales tax refunds.", null))
			.extracting(Cues.Cue::kind, Cues.Cue::content)
			.containsExactly(tuple(Cues.Kind.CONCERN, "Delays in sales tax refunds"));
		assertThat(Cues.read("The session concluded with a consensus on the need for regular dialogue.", null))
			.extracting(Cues.Cue::kind, Cues.Cue::subject, Cues.Cue::content)
			.containsExactly(tuple(Cues.Kind.PROPOSAL, null, "Regular dialogue"));
		assertThat(Cues.read("It was decided that a committee would review the tariffs.", null))
			.extracting(Cues.Cue::kind)
			.containsExactly(Cues.Kind.PROPOSAL);
	}

	@Test
	void aSentenceWithoutCuesCarriesNothing() {
		assertThat(Cues.read("The chairman thanked the participants for coming.", null)).isEmpty();
	}

}
