package org.consultationregistry.session;

import java.time.LocalDate;

import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.OrganisationType;
import org.consultationregistry.stakeholder.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ConsultationSessionTest {

	private final Organisation airlink = new Organisation("Airlink", null, OrganisationType.PRIVATE_SECTOR, null);

	private final ConsultationSession session = ConsultationSession.plan(new SessionDetails("IT hardware",
			"IT hardware manufacturing", LocalDate.of(2024, 9, 30), null, null, "Lahore", null, null, null, null,
			null));

	@Test
	void aParticipantKeepsTheDesignationAndOrganisationOfTheDay() {
		Person ceo = new Person(null, "Adnan Aftab", "Chief Executive Officer", this.airlink);

		Participant seat = this.session.addParticipant(ceo, ParticipantRole.PARTICIPANT);

		assertThat(seat.getDesignation()).isEqualTo("Chief Executive Officer");
		assertThat(seat.getOrganisation()).isSameAs(this.airlink);
	}

	@Test
	void nobodyIsAddedTwice() {
		Person ceo = new Person(null, "Adnan Aftab", "Chief Executive Officer", this.airlink);
		this.session.addParticipant(ceo, ParticipantRole.PARTICIPANT);

		assertThatIllegalStateException().isThrownBy(() -> this.session.addParticipant(ceo, ParticipantRole.CHAIR))
			.withMessageContaining("already a participant");
		assertThat(this.session.getParticipants()).hasSize(1);
	}

	@Test
	void aSessionOnlyMovesForward() {
		this.session.advanceTo(SessionStatus.HELD);
		this.session.advanceTo(SessionStatus.PUBLISHED);

		assertThatIllegalStateException().isThrownBy(() -> this.session.advanceTo(SessionStatus.MINUTES_DRAFT));
		assertThatIllegalStateException().isThrownBy(() -> this.session.advanceTo(SessionStatus.PUBLISHED));
		assertThat(this.session.getStatus()).isEqualTo(SessionStatus.PUBLISHED);
	}

}
