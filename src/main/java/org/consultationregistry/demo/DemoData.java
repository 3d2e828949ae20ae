package org.consultationregistry.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.consultationregistry.issue.IssueCategory;
import org.consultationregistry.issue.IssueRaised;
import org.consultationregistry.issue.IssuesRaised;
import org.consultationregistry.minutes.SessionMinutes;
import org.consultationregistry.recommendation.Recommendation;
import org.consultationregistry.recommendation.Recommendations;
import org.consultationregistry.session.Audience;
import org.consultationregistry.session.ConsultationSession;
import org.consultationregistry.session.ConsultationSessions;
import org.consultationregistry.session.ParticipantRole;
import org.consultationregistry.session.SessionDetails;
import org.consultationregistry.session.SessionStatus;
import org.consultationregistry.shared.StartupLock;
import org.consultationregistry.stakeholder.Organisation;
import org.consultationregistry.stakeholder.OrganisationType;
import org.consultationregistry.stakeholder.Person;
import org.consultationregistry.stakeholder.StakeholderDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real consultation to show a new installation what the registry holds: the board's session of 30 September 2024
 * in Lahore on making IT hardware in Punjab, with everyone named as present, the issues the manufacturers put on
 * the table and the recommendations that follow from them. Facts come from the board's press release; the wording
 * is the registry's own.
 */
@Service
public class DemoData {

	static final String ACTOR = "demo-data";

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final LocalDate SESSION_DAY = LocalDate.of(2024, 9, 30);

	private static final Instant CLOSE_OF_SESSION = SESSION_DAY.atTime(17, 0)
		.atZone(ZoneId.of("Asia/Karachi"))
		.toInstant();

	private final StakeholderDirectory directory;

	private final ConsultationSessions sessions;

	private final IssuesRaised issues;

	private final Recommendations recommendations;

	private final SessionMinutes minutes;

	private final StartupLock startupLock;

	DemoData(StakeholderDirectory directory, ConsultationSessions sessions, IssuesRaised issues,
			Recommendations recommendations, SessionMinutes minutes, StartupLock startupLock) {
		this.directory = directory;
		this.sessions = sessions;
		this.issues = issues;
		this.recommendations = recommendations;
		this.minutes = minutes;
		this.startupLock = startupLock;
	}

	/**
	 * Loads the demo consultation into an empty registry. A registry that already holds any session or organisation
	 * is left as it is, so restarting the portal never loads it twice.
	 * @return whether the demo was loaded
	 */
	@Transactional
	public boolean loadIntoEmptyRegistry() {
		this.startupLock.acquire("demo-data");
		if (this.sessions.count(Audience.STAFF) > 0 || this.directory.countOrganisations() > 0) {
			return false;
		}
		loadItHardwareSession();
		logger.info("Loaded the demo consultation of {} on IT hardware production", SESSION_DAY);
		return true;
	}

	private void loadItHardwareSession() {
		Organisation board = organisation("Planning and Development Board", "P&D Board", OrganisationType.GOVERNMENT,
				"Planning and development", "Planning & Development Board", "P&D");
		Organisation pbit = organisation("Punjab Board of Investment and Trade", "PBIT", OrganisationType.GOVERNMENT,
				"Investment and trade promotion", "Punjab Board of Investment & Trade");
		Organisation ozi = organisation("OZI Group", null, OrganisationType.PRIVATE_SECTOR, "IT hardware");
		Organisation viper = organisation("Viper", null, OrganisationType.PRIVATE_SECTOR, "IT hardware");
		Organisation airlink = organisation("Airlink", null, OrganisationType.PRIVATE_SECTOR, "IT hardware");
		Organisation roboart = organisation("Roboart", null, OrganisationType.PRIVATE_SECTOR, "IT hardware");
		Organisation rada = organisation("RADA", null, OrganisationType.PRIVATE_SECTOR, "IT hardware");
		Organisation dysol = organisation("Dysol", null, OrganisationType.PRIVATE_SECTOR, "IT hardware");

		Person chairman = person("Barrister", "Nabeel Ahmad Awan", "Chairman", board);
		Map<Person, ParticipantRole> table = new LinkedHashMap<>();
		table.put(chairman, ParticipantRole.CHAIR);
		table.put(person("Dr", "Asif Tufail", "Secretary", board), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Sajid Latif", "Director General e-Governance", board), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Waqas Ranjha", "Chief (IT)", board), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Naseer", "Chief (Governance)", board), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Faisal Yousaf", "Chairman", pbit), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Usman Sheikh", "Chief Executive Officer", ozi), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Khushnood", "Chief Executive Officer", viper), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Faisal", "Chief Operating Officer", viper), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Adnan Aftab", "Chief Executive Officer", airlink), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Ali Rashid", "Chief Executive Officer", roboart), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Abdullah Afzal", "Chief Executive Officer", rada), ParticipantRole.PARTICIPANT);
		table.put(person(null, "Abdul Basit", "Chief Executive Officer", dysol), ParticipantRole.PARTICIPANT);

		ConsultationSession session = ConsultationSession.plan(new SessionDetails(
				"Making IT hardware in Punjab: consultation with manufacturers", "IT hardware manufacturing",
				SESSION_DAY, null, "P&D Board Complex", "Lahore", board, chairman,
				"Find out what holds back IT hardware production in Punjab and where its openings are; "
						+ "look for ways to grow local manufacturing and new ideas in the sector.",
				null, null));
		table.forEach(session::addParticipant);
		session.recordOutcome(SUMMARY, OUTCOME);
		session.advanceTo(SessionStatus.PUBLISHED);
		this.sessions.record(session);
		// These minutes were settled outside the registry, so they arrive already published, as revision 1.
		this.minutes.recordApprovedElsewhere(session, MINUTES, ACTOR, CLOSE_OF_SESSION);

		IssueRaised smuggling = issue(session, IssueCategory.TRADE_AND_IMPORTS,
				"IT devices entering through unofficial channels",
				"Manufacturers said that gadgets brought in outside official import routes undercut products "
						+ "assembled here, and asked for firm restrictions on them.");
		IssueRaised tax = issue(session, IssueCategory.TAXATION, "Tax burden on local manufacturing",
				"Manufacturers asked for some easing of taxes so that local production can compete.");
		IssueRaised procurement = issue(session, IssueCategory.PUBLIC_PROCUREMENT,
				"Government buyers and locally made products",
				"Manufacturers asked that locally made IT products be accepted, starting with government "
						+ "departments' own purchases.");
		IssueRaised research = issue(session, IssueCategory.RESEARCH_AND_INNOVATION,
				"Research and development in IT hardware",
				"Manufacturers described current trends in the field and said research and development is what "
						+ "keeps local products current; they offered to work with the Government of Punjab.");

		recommend(session, "Restrict imports of IT devices through unofficial channels",
				"Take up firmer controls on devices that reach the market outside official import routes.", board,
				smuggling);
		recommend(session, "Examine tax relaxations for local IT hardware manufacturers",
				"Look at which taxes weigh most on local assembly and what relief could be offered.", board, tax);
		recommend(session, "Let government departments buy locally made IT hardware",
				"Make locally manufactured IT products acceptable in government purchasing.", board, procurement);
		Recommendation dialogue = recommend(session, "Keep a standing dialogue with the IT hardware industry",
				"Follow this session with further meetings so that government and manufacturers keep working "
						+ "together towards the province's IT hardware goals, research and development included.",
				board, research);
		dialogue.addFollowUp("Arrange the next engagement with IT hardware manufacturers", board, null, null);
	}

	private Organisation organisation(String name, String acronym, OrganisationType type, String sector,
			String... aliases) {
		Organisation organisation = new Organisation(name, acronym, type, sector);
		for (String alias : aliases) {
			organisation.addAlias(alias);
		}
		return this.directory.register(organisation);
	}

	private Person person(String honorific, String name, String designation, Organisation organisation) {
		return this.directory.register(new Person(honorific, name, designation, organisation));
	}

	private IssueRaised issue(ConsultationSession session, IssueCategory category, String title, String details) {
		return this.issues.record(new IssueRaised(session, category, title, details));
	}

	private Recommendation recommend(ConsultationSession session, String title, String details,
			Organisation responsible, IssueRaised answers) {
		Recommendation recommendation = Recommendation.propose(session, title, details, ACTOR, CLOSE_OF_SESSION);
		recommendation.assignTo(responsible, null);
		recommendation.addresses(answers);
		return this.recommendations.record(recommendation);
	}

	private static final String SUMMARY = """
			People from government, the private sector, academia and industry met at the P&D Board Complex to \
			look at the problems and the prospects of manufacturing IT hardware in Punjab, and at how local \
			production and innovation could be encouraged.""";

	private static final String OUTCOME = """
			All present agreed that government and industry should keep talking and keep working together to \
			reach the province's aims for IT hardware production. The chair said the Punjab government means to \
			raise local production and rely less on imports, and looked forward to meeting the industry again.""";

	private static final String MINUTES = """
			The chair opened by setting out the Chief Minister's aim of a climate in which IT hardware can be \
			made in Punjab, and the government's wish to cut reliance on imported equipment.

			The local manufacturers briefed the meeting on where IT hardware is heading and why research and \
			development matter. They offered to help the Government of Punjab promote local manufacturing, and \
			raised three requests: firm restrictions on devices brought in through unofficial channels, some \
			relaxation of taxes, and acceptance of locally made products, at least by government departments.

			The meeting closed with agreement on the need for continuing dialogue and collaboration between all \
			stakeholders. The chair thanked the participants for their contributions.""";

}
